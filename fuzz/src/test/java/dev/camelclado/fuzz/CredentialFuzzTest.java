package dev.camelclado.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.mpp.core.Base64Url;
import dev.camelclado.mpp.core.PaymentCredential;

/**
 * Credential header values as a server (the sandbox gateway) reads them: the input as the header value, and as the JSON
 * inside {@code Payment <base64url>}.
 */
class CredentialFuzzTest {

    @RegisterExtension
    static final InputCounter INPUTS = new InputCounter();

    @FuzzTest
    void anyCredentialDecodesOrIsRefusedTyped(FuzzedDataProvider data) {
        INPUTS.count();
        String value = data.consumeRemainingAsString();
        Contract.parsedOrRefusedTyped(() -> PaymentCredential.decode(value));
        Contract.parsedOrRefusedTyped(() -> PaymentCredential.decode("Payment " + Base64Url.encode(value)));
    }
}
