package dev.camelclado.component.watch;

import java.time.Duration;
import java.time.Instant;

/**
 * Reads a job when something is likely to have changed, so that in mpp mode (where each read is paid) a job costs
 * a few reads, not one every few seconds:
 * <ul>
 * <li>while the job reports progress through its current status (search chunks, results against the requested
 * limit, URLs processed), the end of that status is predicted from the rate between the last two readings, and
 * the next read is planned just after it (half as far again for each read that already found the status outlasting
 * its prediction: progress that slows down makes every straight-line prediction early);</li>
 * <li>with no progress to go by (pending, or results without a known limit), the wait grows with the job's age,
 * so a change is seen within a fixed fraction of the time the job has already taken;</li>
 * <li>either way the wait is at most {@code ageRatio} times the job's age, half that in the job's last status
 * (a wrong prediction costs a bounded delay, smallest for the end), and stays between the shortest and the longest
 * interval.</li>
 * </ul>
 * Measured against fixed polling in {@code benchmarks/} and {@code docs/}.
 */
public final class AdaptivePollSchedule implements PollSchedule {

    /** How much further each read that found a status outlasting its prediction pushes the next prediction. */
    private static final double MISS_STRETCH = 1.5;

    private final Duration minInterval;
    private final Duration maxInterval;
    private final double ageRatio;

    public AdaptivePollSchedule(Duration minInterval, Duration maxInterval, double ageRatio) {
        if (minInterval == null || minInterval.isNegative() || minInterval.isZero()) {
            throw new IllegalArgumentException("minPollInterval must be positive, was " + minInterval);
        }
        if (maxInterval == null || maxInterval.compareTo(minInterval) < 0) {
            throw new IllegalArgumentException("maxPollInterval (" + maxInterval + ") must be at least minPollInterval ("
                    + minInterval + ")");
        }
        if (!(ageRatio > 0) || Double.isInfinite(ageRatio)) {
            throw new IllegalArgumentException("pollAgeRatio must be a positive number, was " + ageRatio);
        }
        this.minInterval = minInterval;
        this.maxInterval = maxInterval;
        this.ageRatio = ageRatio;
    }

    @Override
    public Instant first(JobWatch watch) {
        return watch.runOrigin().plus(minInterval);
    }

    @Override
    public Instant next(JobWatch watch, Instant now) {
        double age = Math.max(0, seconds(watch.runOrigin(), now));
        // the end is the change that matters most: in the last status the bound is halved
        double ratio = inLastStatus(watch) ? ageRatio / 2 : ageRatio;
        double ageBound = Math.max(seconds(minInterval), ratio * age);
        Instant predictedChange = predictedStatusEnd(watch);
        double wait;
        if (predictedChange == null) {
            wait = ageBound;
        } else if (predictedChange.isAfter(now)) {
            // just after the predicted change, so one read usually sees it; further out for a job that already
            // outlasted predictions in this status, as a slowing job's straight-line prediction is always early
            wait = seconds(now, predictedChange) * Math.pow(MISS_STRETCH, Math.min(watch.getPredictionMisses(), 10))
                    + seconds(minInterval) / 4;
        } else {
            // overdue: the job slowed down, so the prediction no longer holds; wait as long as it is overdue,
            // doubling the wait while it stays so, instead of reading at the shortest interval until it ends
            wait = Math.max(seconds(minInterval), seconds(predictedChange, now));
        }
        wait = Math.min(wait, ageBound);
        wait = Math.max(seconds(minInterval), Math.min(seconds(maxInterval), wait));
        return now.plusNanos((long) (wait * 1e9));
    }

    /** Processing is the last status of a deep-research run and of a bulk job: its end is the job's. */
    private static boolean inLastStatus(JobWatch watch) {
        return watch.getObservedStatus() != null && "processing".equalsIgnoreCase(watch.getObservedStatus().trim());
    }

    /**
     * When the current status should end, from the progress rate between the last two readings in it (or between
     * the status's estimated start, at zero progress, and the last reading); null when the readings do not tell.
     */
    public static Instant predictedStatusEnd(JobWatch watch) {
        Double progress = watch.getProgress();
        Instant at = watch.getProgressAt();
        if (progress == null || at == null || progress <= 0) {
            return null;
        }
        if (progress >= 1) {
            return at;
        }
        double fromProgress;
        double seconds;
        if (watch.getEarlierProgress() != null && watch.getEarlierProgressAt() != null
                && watch.getEarlierProgress() < progress) {
            fromProgress = watch.getEarlierProgress();
            seconds = seconds(watch.getEarlierProgressAt(), at);
        } else if (watch.getPhaseStartedAt() != null) {
            fromProgress = 0;
            seconds = seconds(watch.getPhaseStartedAt(), at);
        } else {
            return null;
        }
        if (seconds <= 0) {
            return null;
        }
        double remaining = (1 - progress) * seconds / (progress - fromProgress);
        return at.plusNanos((long) Math.min(remaining * 1e9, Long.MAX_VALUE / 2.0));
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    @Override
    public Duration minInterval() {
        return minInterval;
    }

    @Override
    public Duration maxInterval() {
        return maxInterval;
    }

    public double ageRatio() {
        return ageRatio;
    }

    @Override
    public String toString() {
        return "adaptive between " + minInterval + " and " + maxInterval + ", at most " + ageRatio + " x the job's age";
    }
}
