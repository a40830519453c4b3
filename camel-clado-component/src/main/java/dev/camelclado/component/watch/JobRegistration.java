package dev.camelclado.component.watch;

import java.time.Instant;
import java.util.Objects;

/**
 * A job to watch: started (or continued) by a producer of this application, or added by id.
 *
 * @param source       the account the job belongs to (see {@link JobWatch#getSource()}), or null for any consumer
 * @param startedAt    when the run began (the start or continue answer), so the schedule knows the job's age
 * @param results      results the run aims for: the start's limit, or a continue's additional limit; null if unknown
 * @param continuation whether this run continues a job that had completed (its results are added to the earlier ones)
 * @param cost         what was paid to start or continue it, in base units (0 in direct mode)
 */
public record JobRegistration(String jobId, JobKind kind, String source, Instant startedAt, Integer results,
        boolean continuation, long cost) {

    public JobRegistration {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** A job added by id: nothing known but that it exists now. */
    public static JobRegistration byId(String jobId, JobKind kind, String source, Instant now) {
        return new JobRegistration(jobId, kind, source, now, null, false, 0);
    }

    /** The watch for a job seen for the first time. */
    JobWatch newWatch() {
        JobWatch watch = new JobWatch(jobId, kind);
        watch.setSource(source);
        watch.setRegisteredAt(startedAt);
        watch.setRunStartedAt(startedAt);
        watch.setResultTarget(results);
        watch.setResultBase(0);
        watch.setStartCost(cost);
        return watch;
    }

    /**
     * Registers a known job again. Only a continue starts a new run: it re-opens an ended watch, keeps what was
     * emitted (so its {@code pending} is a change from {@code completed}) and resets what the schedule learnt about
     * the last run. Any other registration (a status call with {@code CamelCladoWatch=true}, a job added by id again)
     * adds its cost and what it knows, and leaves an ended watch ended: reading a finished job again would only cost.
     */
    void applyTo(JobWatch watch) {
        watch.setStartCost(watch.getStartCost() + cost);
        if (source != null) {
            watch.setSource(source);
        }
        if (continuation) {
            int base = watch.getLastResults() != null ? watch.getLastResults() : 0;
            watch.setResultBase(base);
            watch.setResultTarget(results == null ? null : base + results);
        } else if (results != null) {
            watch.setResultTarget(results);
        }
        if (continuation) {
            watch.setRunStartedAt(startedAt);
            watch.setActive(true);
            watch.setEndReason(null);
            watch.setEndedAt(null);
            watch.setPhaseStartedAt(null);
            watch.setProgress(null);
            watch.setProgressAt(null);
            watch.setEarlierProgress(null);
            watch.setEarlierProgressAt(null);
            watch.setPredictionMisses(0);
            watch.setConsecutiveErrors(0);
            watch.setNextPollAt(null);
        }
    }
}
