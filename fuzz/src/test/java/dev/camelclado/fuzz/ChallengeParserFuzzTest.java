package dev.camelclado.fuzz;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.mpp.core.ChallengeParser;

/** {@code WWW-Authenticate} values, as one header value and as several (one per line of the input). */
class ChallengeParserFuzzTest {

    @RegisterExtension
    static final InputCounter INPUTS = new InputCounter();

    @FuzzTest
    void anyHeaderParsesOrIsRefusedTyped(FuzzedDataProvider data) {
        INPUTS.count();
        String header = data.consumeRemainingAsString();
        Contract.parsedOrRefusedTyped(() -> ChallengeParser.parse(header));
        Contract.parsedOrRefusedTyped(() -> ChallengeParser.parse(List.of(header.split("\n", -1))));
    }
}
