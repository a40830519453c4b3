package dev.camelclado.component.watch;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdaptivePollScheduleTest {

    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    private final AdaptivePollSchedule schedule = new AdaptivePollSchedule(Duration.ofSeconds(2),
            Duration.ofMinutes(5), 1.0);

    private static JobWatch job() {
        JobWatch watch = new JobWatch("job-1", JobKind.DEEP_RESEARCH);
        watch.setRegisteredAt(T0);
        watch.setRunStartedAt(T0);
        return watch;
    }

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void theFirstReadComesOneShortestIntervalAfterTheStart() {
        assertThat(schedule.first(job())).isEqualTo(at(2));
    }

    @Test
    void withoutProgressTheWaitGrowsWithTheJobsAge() {
        JobWatch watch = job();
        record(watch, "pending", null, at(2));
        assertThat(schedule.next(watch, at(2))).isEqualTo(at(4));
        record(watch, "pending", null, at(10));
        assertThat(schedule.next(watch, at(10))).isEqualTo(at(20));
        record(watch, "pending", null, at(400));
        assertThat(schedule.next(watch, at(400))).as("capped by maxPollInterval").isEqualTo(at(700));
    }

    @Test
    void steadyProgressPredictsTheEndOfTheStatusAndTheReadComesJustAfterIt() {
        JobWatch watch = job();
        record(watch, "pending", null, at(4));
        // searching seen at 20 s: taken to have begun halfway since the read before, at 12 s
        record(watch, "searching", 0.0, at(20));
        record(watch, "searching", 0.25, at(40));
        record(watch, "searching", 0.5, at(60));
        // 0.25 per 20 s: the rest (0.5) takes 40 s, so searching ends at 100 s; read half a second after
        assertThat(schedule.next(watch, at(60))).isEqualTo(at(100).plusMillis(500));
    }

    @Test
    void aStatusThatOutlastsItsPredictionPushesTheNextOneFurtherOut() {
        JobWatch watch = job();
        record(watch, "processing", 0.0, at(100));
        record(watch, "processing", 0.5, at(120));
        // 0.5 in 20 s: the end is predicted at 140 s
        assertThat(AdaptivePollSchedule.predictedStatusEnd(watch)).isEqualTo(at(140));
        // read at 140.5 s: still processing, and slower (0.75): the job outlasted its prediction once
        record(watch, "processing", 0.75, at(140).plusMillis(500));
        assertThat(watch.getPredictionMisses()).isEqualTo(1);
        // the straight line from the last two readings says 20.5 s more; half as far again for the miss, then the
        // usual quarter of the shortest interval
        assertThat(schedule.next(watch, at(140).plusMillis(500))).isEqualTo(at(171).plusMillis(750));
        record(watch, "completed", null, at(172));
        assertThat(watch.getPredictionMisses()).as("a new status starts afresh").isZero();
    }

    @Test
    void aPredictionNeverWaitsLongerThanTheJobsAgeTimesTheRatio() {
        JobWatch watch = job();
        record(watch, "searching", 0.0, at(10));
        record(watch, "searching", 0.01, at(20));
        // the rate says 990 s more; the job is 20 s old, so it is read again within 20 s
        assertThat(schedule.next(watch, at(20))).isEqualTo(at(40));
    }

    @Test
    void anOverduePredictionBacksOffByHowOverdueItIs() {
        JobWatch watch = job();
        record(watch, "searching", 0.0, at(10));
        record(watch, "searching", 0.9, at(20));
        // the end was due at 21.1 s; at 60 s it is 38.9 s overdue, so the next read waits that long
        assertThat(schedule.next(watch, at(60))).isEqualTo(at(98).plusNanos(888_888_889));
        assertThat(schedule.next(watch, at(22))).as("just overdue: the shortest interval").isEqualTo(at(24));
    }

    @Test
    void progressFromTheStatusStartGivesARateFromOneReading() {
        JobWatch watch = job();
        record(watch, "pending", null, at(10));
        record(watch, "processing", 0.5, at(30));
        // processing began about 20 s (halfway between the reads); half done in 10 s, the other half takes 10 s
        assertThat(AdaptivePollSchedule.predictedStatusEnd(watch)).isEqualTo(at(40));
    }

    @Test
    void stalledProgressKeepsThePredictionFromTheLastMovement() {
        JobWatch watch = job();
        record(watch, "searching", 0.0, at(10));
        record(watch, "searching", 0.2, at(20));
        Instant predicted = AdaptivePollSchedule.predictedStatusEnd(watch);
        record(watch, "searching", 0.2, at(30));
        assertThat(AdaptivePollSchedule.predictedStatusEnd(watch)).isEqualTo(predicted);
    }

    @Test
    void aNewStatusForgetsTheProgressOfTheLastOne() {
        JobWatch watch = job();
        record(watch, "searching", 0.5, at(30));
        record(watch, "processing", null, at(60));
        assertThat(watch.getProgress()).isNull();
        assertThat(watch.getEarlierProgress()).isNull();
        assertThat(watch.getPhaseStartedAt()).isEqualTo(at(45));
    }

    @Test
    void inTheLastStatusTheWaitIsAtMostHalfTheJobsAge() {
        JobWatch watch = job();
        record(watch, "searching", null, at(40));
        assertThat(schedule.next(watch, at(40))).isEqualTo(at(80));
        record(watch, "processing", null, at(80));
        assertThat(schedule.next(watch, at(80))).as("its end is the job's").isEqualTo(at(120));
    }

    @Test
    void errorsDoubleTheWaitAndHonourRetryAfter() {
        JobWatch watch = job();
        watch.setConsecutiveErrors(1);
        assertThat(schedule.afterError(watch, at(100), null)).isEqualTo(at(102));
        watch.setConsecutiveErrors(3);
        assertThat(schedule.afterError(watch, at(100), null)).isEqualTo(at(108));
        assertThat(schedule.afterError(watch, at(100), Duration.ofSeconds(60))).isEqualTo(at(160));
        watch.setConsecutiveErrors(30);
        assertThat(schedule.afterError(watch, at(100), null)).isEqualTo(at(400));
    }

    @Test
    void fixedReadsAtItsInterval() {
        FixedPollSchedule fixed = new FixedPollSchedule(Duration.ofSeconds(10));
        JobWatch watch = job();
        record(watch, "searching", 0.5, at(30));
        assertThat(fixed.first(watch)).isEqualTo(at(10));
        assertThat(fixed.next(watch, at(30))).isEqualTo(at(40));
    }

    @Test
    void badSettingsAreRefusedWithTheOptionName() {
        assertThatThrownBy(() -> new AdaptivePollSchedule(Duration.ZERO, Duration.ofMinutes(1), 1))
                .hasMessageContaining("minPollInterval");
        assertThatThrownBy(() -> new AdaptivePollSchedule(Duration.ofSeconds(5), Duration.ofSeconds(1), 1))
                .hasMessageContaining("maxPollInterval");
        assertThatThrownBy(() -> new AdaptivePollSchedule(Duration.ofSeconds(1), Duration.ofSeconds(5), 0))
                .hasMessageContaining("pollAgeRatio");
    }

    private static void record(JobWatch watch, String status, Double fraction, Instant at) {
        JobObservation.record(watch, new JobProgress(status, java.util.Map.of(), fraction, null), at);
    }
}
