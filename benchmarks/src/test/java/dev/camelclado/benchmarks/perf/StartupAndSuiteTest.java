package dev.camelclado.benchmarks.perf;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The startup probes really start their route, and the suite runs every measurement the issue asks for. */
class StartupAndSuiteTest {

    @Test
    void startupProbesStartTheirRouteInAFreshJvm() throws Exception {
        // each probe fails the run unless its JVM printed one started route of its own kind
        Section section = StartupSection.run(Effort.smoke());
        assertThat(section.rows()).extracting(row -> row.get(0)).containsExactly("none", "http", "clado");
        assertThat(section.rows()).allSatisfy(row -> assertThat(row.get(4)).doesNotStartWith("0 "));
    }

    /** The suite lists every measurement the issue asks for, under the names -Dbenchmark.only takes. */
    @Test
    void theSuiteRunsEveryMeasurement() {
        assertThat(PerformanceSuite.measurements().keySet()).isEqualTo(Set.of("producer", "concurrency", "payment",
                "payment-cpu", "memory", "polling", "startup"));
    }
}
