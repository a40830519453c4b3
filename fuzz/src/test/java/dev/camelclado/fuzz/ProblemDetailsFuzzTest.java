package dev.camelclado.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.mpp.core.ProblemDetails;

/**
 * Problem bodies (RFC 9457) of 402 and error answers. Stricter than the other parsers: reading one never throws, an
 * unreadable body is simply no problem (null), and what was read can always be shown.
 */
class ProblemDetailsFuzzTest {

    @RegisterExtension
    static final InputCounter INPUTS = new InputCounter();

    @FuzzTest
    void anyBodyIsAProblemOrNone(FuzzedDataProvider data) {
        INPUTS.count();
        ProblemDetails problem = ProblemDetails.parse(data.consumeRemainingAsBytes());
        if (problem != null) {
            problem.code();
            problem.toString();
        }
    }
}
