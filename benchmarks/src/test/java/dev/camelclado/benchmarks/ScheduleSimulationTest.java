package dev.camelclado.benchmarks;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.camelclado.component.watch.AdaptivePollSchedule;
import dev.camelclado.component.watch.FixedPollSchedule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the default schedule's promise on the simulated population (simulated time, no wall clock): at most a
 * third of the reads of fixed 10 s polling, each change seen within a median 10 % of the job's duration.
 */
class ScheduleSimulationTest {

    private final List<BenchmarkJob> population = JobPopulation.generate(300, Duration.ofMinutes(5), 42);

    @Test
    void theDefaultAdaptiveScheduleReadsAThirdAsOftenAsFixedTenSecondsAndSeesChangesSoon() {
        List<ScheduleSimulation.Outcome> adaptive = ScheduleSimulation.run(population,
                new AdaptivePollSchedule(Duration.ofSeconds(5), Duration.ofMinutes(5), 1.0));
        List<ScheduleSimulation.Outcome> fixed = ScheduleSimulation.run(population,
                new FixedPollSchedule(Duration.ofSeconds(10)));

        assertThat(ScheduleSimulation.readsPerJob(adaptive)).isLessThan(ScheduleSimulation.readsPerJob(fixed) / 3);
        assertThat(ScheduleSimulation.medianDelayShare(adaptive)).isLessThan(0.10);
        assertThat(ScheduleSimulation.medianEndDelayShare(adaptive)).isLessThan(0.10);
        assertThat(adaptive).allSatisfy(o -> assertThat(o.delayShares()).hasSize(3).allMatch(share -> share >= 0));
    }

    @Test
    void theSimulationSeesWhatFixedPollingMustSee() {
        // every 10 s: a change is seen at most 10 s after it happened, the median about half of that
        List<ScheduleSimulation.Outcome> fixed = ScheduleSimulation.run(population,
                new FixedPollSchedule(Duration.ofSeconds(10)));
        for (ScheduleSimulation.Outcome outcome : fixed) {
            double tenSeconds = 10.0 / outcome.job().duration().toSeconds();
            assertThat(outcome.delayShares()).allMatch(share -> share <= tenSeconds + 1e-9);
            // one read every 10 s until the end, and one more for the results
            long expected = (long) Math.ceil(outcome.job().duration().toMillis() / 10_000.0) + 1;
            assertThat(outcome.reads()).isBetween((int) expected - 1, (int) expected + 1);
        }
    }
}
