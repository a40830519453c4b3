package dev.camelclado.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.mpp.core.Base64Url;

/** base64url values, as every MPP header carries them: {@code request}, {@code opaque}, receipts, credentials. */
class Base64UrlFuzzTest {

    @RegisterExtension
    static final InputCounter INPUTS = new InputCounter();

    @FuzzTest
    void anyValueDecodesOrIsRefusedTyped(FuzzedDataProvider data) {
        INPUTS.count();
        String value = data.consumeRemainingAsString();
        Contract.parsedOrRefusedTyped(() -> Base64Url.decode(value, "value"));
    }
}
