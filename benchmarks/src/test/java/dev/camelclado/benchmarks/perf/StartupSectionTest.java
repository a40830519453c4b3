package dev.camelclado.benchmarks.perf;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The startup measurement runs its probes in fresh JVMs, from this test's class path, and each probe starts the
 * route of its variant. Nothing here judges a figure: a smoke run's timings mean nothing.
 */
class StartupSectionTest {

    @Test
    void everyProbeStartsItsRouteInAFreshJvmAndTheSectionHasARowPerVariant() throws Exception {
        Effort effort = Effort.smoke();
        Map<String, List<StartupSection.Probe>> samples = StartupSection.measure(effort);

        assertThat(samples).containsOnlyKeys(StartupSection.VARIANTS);
        samples.forEach((variant, probes) -> assertThat(probes).as(variant)
                .hasSize(StartupSection.measuredRounds(effort))
                .allSatisfy(probe -> {
                    assertThat(probe.variant()).isEqualTo(variant);
                    assertThat(probe.contextStartMs()).isPositive();
                    assertThat(probe.uptimeMs()).isPositive();
                    assertThat(probe.processMs()).isPositive();
                    assertThat(probe.classes()).isPositive();
                    assertThat(probe.heapBytes()).isPositive();
                    assertThat(probe.exitUptimeMs()).isGreaterThanOrEqualTo(probe.uptimeMs());
                    assertThat(probe.routes()).isEqualTo(1);
                    assertThat(probe.routeStarted()).isTrue();
                    assertThat(probe.endpointStarted()).isTrue();
                }));
        assertThat(samples.get("clado")).allSatisfy(probe ->
                assertThat(probe.endpoint()).isEqualTo("clado://deepResearch/status"));
        assertThat(samples.get("http")).allSatisfy(probe ->
                assertThat(probe.endpoint()).startsWith("http://127.0.0.1:")
                        .endsWith("/api/search/deep_research/startup"));

        Section section = StartupSection.report(effort, samples);
        assertThat(section.rows()).extracting(row -> row.get(0)).containsExactlyElementsOf(StartupSection.VARIANTS);
        assertThat(section.rows()).allSatisfy(row -> assertThat(row.get(1)).matches("[0-9,]+ \\(.*\\)"));
        assertThat(section.findings()).isNotEmpty()
                .allSatisfy(finding -> assertThat(finding).doesNotContain("n/a"));
    }

    @Test
    void aProbeLineIsReadFigureByFigure() {
        StartupSection.Probe probe = StartupSection.Probe.parse("clado", "STARTUP variant=clado contextStartMs=812.4"
                + " uptimeMs=901 classes=4163 heapBytes=25165824 contextStopMs=14.2 routes=1 routeStarted=true"
                + " endpoint=clado://deepResearch/status endpointStarted=true exitUptimeMs=960", 1300);

        assertThat(probe).isEqualTo(new StartupSection.Probe("clado", 812.4, 901, 4163, 25_165_824, 14.2, 960, 1300, 1,
                true, "clado://deepResearch/status", true));
        assertThat(probe.startedItsRoute()).isTrue();
        assertThat(probe.launchAndExitMs()).isEqualTo(340);
    }
}
