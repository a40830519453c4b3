package dev.camelclado.component.watch;

import java.time.Duration;
import java.time.Instant;

/** Reads every job at the same interval, whatever it does: predictable, and the baseline the adaptive one beats. */
public final class FixedPollSchedule implements PollSchedule {

    private final Duration interval;

    public FixedPollSchedule(Duration interval) {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the poll interval must be positive, was " + interval);
        }
        this.interval = interval;
    }

    @Override
    public Instant first(JobWatch watch) {
        return watch.runOrigin().plus(interval);
    }

    @Override
    public Instant next(JobWatch watch, Instant now) {
        return now.plus(interval);
    }

    @Override
    public Duration minInterval() {
        return interval;
    }

    @Override
    public Duration maxInterval() {
        return interval;
    }

    @Override
    public String toString() {
        return "fixed every " + interval;
    }
}
