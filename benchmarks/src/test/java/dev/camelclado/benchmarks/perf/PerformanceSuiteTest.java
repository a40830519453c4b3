package dev.camelclado.benchmarks.perf;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The suite runs every measurement the issue asks for. */
class PerformanceSuiteTest {

    /** The suite lists every measurement the issue asks for, under the names -Dbenchmark.only takes. */
    @Test
    void theSuiteRunsEveryMeasurement() {
        assertThat(PerformanceSuite.measurements().keySet()).isEqualTo(Set.of("producer", "concurrency", "payment",
                "payment-cpu", "memory", "polling", "startup"));
    }
}
