package dev.camelclado.component.watch;

import java.time.Duration;
import java.time.Instant;

/** When to read a watched job's status next. Implementations are stateless: all they know is in the watch. */
public interface PollSchedule {

    /** The first read of a job that has not been read yet. */
    Instant first(JobWatch watch);

    /** The next read after one that has just been recorded in the watch (status, progress, time). */
    Instant next(JobWatch watch, Instant now);

    /** A job is read at most this often. */
    Duration minInterval();

    /** A job is left unread at most this long. */
    Duration maxInterval();

    /**
     * The next read after a failed one: doubling from the shortest interval with each consecutive failure, never
     * before what the API asked for ({@code retryAfter}), never later than the longest interval.
     */
    default Instant afterError(JobWatch watch, Instant now, Duration retryAfter) {
        int failures = Math.max(1, Math.min(watch.getConsecutiveErrors(), 20));
        Duration wait = minInterval().multipliedBy(1L << (failures - 1));
        if (wait.compareTo(maxInterval()) > 0) {
            wait = maxInterval();
        }
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        return now.plus(wait);
    }
}
