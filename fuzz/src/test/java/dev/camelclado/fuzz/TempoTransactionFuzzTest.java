package dev.camelclado.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.mpp.tempo.TempoTransactionDecoder;

/**
 * Signed {@code 0x76} transactions and {@code 0x78} fee-payer envelopes, as the sandbox gateway decodes them from
 * pull-mode credentials. The input is the raw transaction bytes, hex-encoded here, so that the fuzzer mutates RLP and
 * not hex digits; the same bytes are also tried as the hex text itself.
 */
class TempoTransactionFuzzTest {

    @RegisterExtension
    static final InputCounter INPUTS = new InputCounter();

    @FuzzTest
    void anyTransactionDecodesOrIsRefusedTyped(FuzzedDataProvider data) {
        INPUTS.count();
        byte[] raw = data.consumeRemainingAsBytes();
        Contract.parsedOrRefusedTyped(() -> TempoTransactionDecoder.decode("0x" + HexFormat.of().formatHex(raw)));
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        Contract.parsedOrRefusedTyped(() -> TempoTransactionDecoder.decode(text));
    }
}
