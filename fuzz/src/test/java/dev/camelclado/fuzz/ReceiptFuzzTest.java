package dev.camelclado.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.mpp.core.Base64Url;
import dev.camelclado.mpp.core.PaymentReceipt;

/**
 * {@code Payment-Receipt} values: the input as the header value, and base64url-encoded, so that the fuzzer also works
 * on the JSON inside directly.
 */
class ReceiptFuzzTest {

    @RegisterExtension
    static final InputCounter INPUTS = new InputCounter();

    @FuzzTest
    void anyReceiptParsesOrIsRefusedTyped(FuzzedDataProvider data) {
        INPUTS.count();
        String value = data.consumeRemainingAsString();
        Contract.parsedOrRefusedTyped(() -> PaymentReceipt.parse(value));
        Contract.parsedOrRefusedTyped(() -> PaymentReceipt.parse(Base64Url.encode(value)));
    }
}
