package dev.camelclado.component.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** Records a status read in a watch: what the schedule learns from it. */
public final class JobObservation {

    private JobObservation() {
    }

    /**
     * Whether two statuses are the same, as Clado's spelling varies in case and spacing. Both are compared as a watch
     * keeps them ({@link JobWatch#MAX_STATUS_LENGTH}), so a status is the same as its stored copy.
     */
    public static boolean sameStatus(String a, String b) {
        return Objects.equals(normalize(JobWatch.bounded(a, JobWatch.MAX_STATUS_LENGTH)),
                normalize(JobWatch.bounded(b, JobWatch.MAX_STATUS_LENGTH)));
    }

    private static String normalize(String status) {
        return status == null ? null : status.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Records a read at {@code now}. A new status is taken to have begun when the last one was predicted to end, if
     * that falls between the read before and this one, else halfway between them; progress through a status keeps
     * the last two distinct readings, so the schedule has a rate.
     */
    public static void record(JobWatch watch, JobProgress progress, Instant now) {
        Double fraction = progress.fraction();
        Instant predictedEnd = AdaptivePollSchedule.predictedStatusEnd(watch);
        if (!sameStatus(progress.status(), watch.getObservedStatus())) {
            Instant before = watch.getObservedAt() != null && !watch.getObservedAt().isBefore(watch.runOrigin())
                    ? watch.getObservedAt()
                    : watch.runOrigin();
            boolean predictedBetween = predictedEnd != null && predictedEnd.isAfter(before) && !predictedEnd.isAfter(now);
            // the last status's predicted end is a better guess of this one's start than the middle of the gap
            watch.setPhaseStartedAt(predictedBetween ? predictedEnd : midpoint(before, now));
            watch.setPredictionMisses(0);
            watch.setEarlierProgress(null);
            watch.setEarlierProgressAt(null);
            watch.setProgress(fraction);
            watch.setProgressAt(fraction == null ? null : now);
        } else if (fraction != null) {
            if (predictedEnd != null && !predictedEnd.isAfter(now)) {
                // read after the predicted end, and the status goes on: the job is slowing down
                watch.setPredictionMisses(watch.getPredictionMisses() + 1);
            }
            if (watch.getProgress() == null) {
                watch.setProgress(fraction);
                watch.setProgressAt(now);
            } else if (fraction > watch.getProgress()) {
                watch.setEarlierProgress(watch.getProgress());
                watch.setEarlierProgressAt(watch.getProgressAt());
                watch.setProgress(fraction);
                watch.setProgressAt(now);
            }
        }
        watch.setObservedStatus(progress.status());
        watch.setObservedAt(now);
        if (progress.results() != null) {
            watch.setLastResults(progress.results());
        }
    }

    private static Instant midpoint(Instant a, Instant b) {
        if (!b.isAfter(a)) {
            return b;
        }
        return a.plus(Duration.between(a, b).dividedBy(2));
    }
}
