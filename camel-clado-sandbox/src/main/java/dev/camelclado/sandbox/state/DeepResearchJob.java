package dev.camelclado.sandbox.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.camelclado.sandbox.JobTimeline;
import dev.camelclado.sandbox.StatusChange;

/**
 * A deep-research job whose status is a function of the clock: each run (the start, then each continue) goes
 * {@code pending → searching → processing → completed}, chunks growing during {@code searching} and results during
 * {@code processing} as the timeline's curve says. A query containing {@code #error} fails when it reaches
 * processing; a timeline with {@code failAfter} fails each run that long after it starts. Cancel freezes the job
 * where it is.
 */
public final class DeepResearchJob {

    /** The job as a client sees it at one instant. */
    public record Snapshot(String status, int results, int chunksDone, int chunksTotal, int opensearchResults) {

        Snapshot withStatus(String newStatus) {
            return new Snapshot(newStatus, results, chunksDone, chunksTotal, opensearchResults);
        }
    }

    public static final int SEARCH_CHUNKS = 10;

    /** When, after a run starts, it fails, and why. */
    private record Failure(Duration at, String cause) {
    }

    private final String id;
    private final Account owner;
    private final String query;
    private final List<String> companyUrls;
    private final int available;
    private final boolean failing;
    private final Instant createdAt;
    private final JobTimeline timeline;
    private final List<Instant> runStarts = new ArrayList<>();

    private int settledResults;
    private int targetResults;
    private Snapshot frozen;
    private Instant cancelledAt;

    DeepResearchJob(String id, Account owner, String query, List<String> companyUrls, int limit, int available,
            Instant now, JobTimeline timeline) {
        this.id = id;
        this.owner = owner;
        this.query = query;
        this.companyUrls = List.copyOf(companyUrls);
        this.available = available;
        this.failing = query.toLowerCase(java.util.Locale.ROOT).contains("#error");
        this.createdAt = now;
        this.timeline = timeline;
        this.settledResults = 0;
        this.targetResults = Math.min(limit, available);
        this.runStarts.add(now);
    }

    public String id() {
        return id;
    }

    public Account owner() {
        return owner;
    }

    public String query() {
        return query;
    }

    public List<String> companyUrls() {
        return companyUrls;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Results this run will have produced when it completes. */
    public synchronized int targetResults() {
        return targetResults;
    }

    public synchronized Snapshot snapshot(Instant now) {
        if (frozen != null) {
            return frozen;
        }
        Duration elapsed = Duration.between(runStart(), now);
        Failure failure = failure();
        if (failure != null && elapsed.compareTo(failure.at()) >= 0) {
            return running(failure.at()).withStatus("error");
        }
        if (elapsed.compareTo(timeline.deepResearchTotal()) >= 0) {
            return new Snapshot("completed", targetResults, SEARCH_CHUNKS, SEARCH_CHUNKS, opensearchResults());
        }
        return running(elapsed);
    }

    /** The job {@code elapsed} into a run that has not ended by then. */
    private Snapshot running(Duration elapsed) {
        Duration pending = timeline.pending();
        Duration processingStart = pending.plus(timeline.searching());
        int opensearch = opensearchResults();
        if (elapsed.compareTo(pending) < 0) {
            return new Snapshot("pending", settledResults, 0, SEARCH_CHUNKS, 0);
        }
        if (elapsed.compareTo(processingStart) < 0) {
            int chunks = (int) (SEARCH_CHUNKS * Runs.progress(timeline, elapsed.minus(pending), timeline.searching()));
            return new Snapshot("searching", settledResults, chunks, SEARCH_CHUNKS, opensearch * chunks / SEARCH_CHUNKS);
        }
        double done = Runs.progress(timeline, elapsed.minus(processingStart), timeline.processing());
        int results = settledResults + (int) ((targetResults - settledResults) * done);
        return new Snapshot("processing", results, SEARCH_CHUNKS, SEARCH_CHUNKS, opensearch);
    }

    private int opensearchResults() {
        return Math.min(available, targetResults * 3);
    }

    private Instant runStart() {
        return runStarts.get(runStarts.size() - 1);
    }

    /** When a run of this job fails, or null if runs complete; the same for every run. */
    private Failure failure() {
        Failure scripted = failing ? new Failure(timeline.pending().plus(timeline.searching()), "#error in the query")
                : null;
        Duration failAfter = timeline.failAfter();
        if (failAfter == null || failAfter.compareTo(timeline.deepResearchTotal()) >= 0
                || scripted != null && scripted.at().compareTo(failAfter) <= 0) {
            return scripted;
        }
        return new Failure(failAfter, "failAfter of its timeline");
    }

    /** Why the job ended in {@code error} (or would), or null if it does not fail. */
    public synchronized String failureCause() {
        Failure failure = failure();
        return failure == null ? null : failure.cause();
    }

    /** Every status the job has had up to {@code now}, in order, each with the instant it began. */
    public synchronized List<StatusChange> statusChanges(Instant now) {
        List<Runs.Phase> phases = List.of(new Runs.Phase("pending", timeline.pending()),
                new Runs.Phase("searching", timeline.searching()),
                new Runs.Phase("processing", timeline.processing()));
        Failure failure = failure();
        Instant until = cancelledAt != null && cancelledAt.isBefore(now) ? cancelledAt : now;
        List<StatusChange> changes = new ArrayList<>();
        for (Instant start : runStarts) {
            for (StatusChange change : Runs.changes(start, phases, failure == null ? null : failure.at())) {
                if (!change.at().isAfter(until)) {
                    changes.add(change);
                }
            }
        }
        if (cancelledAt != null && !cancelledAt.isAfter(now)) {
            changes.add(new StatusChange("cancelled", cancelledAt));
        }
        return changes;
    }

    /**
     * Cancels a running job.
     *
     * @return the results it keeps, or -1 if the job had already ended (status {@code completed}, {@code error} or
     *         {@code cancelled})
     */
    public synchronized int cancel(Instant now) {
        Snapshot current = snapshot(now);
        if (isTerminal(current.status())) {
            return -1;
        }
        frozen = current.withStatus("cancelled");
        cancelledAt = now;
        return current.results();
    }

    /** Results that could still be added by continue. */
    public synchronized int remaining() {
        return available - targetResults;
    }

    /** Starts another run that appends up to {@code additional} results; the caller checked it is completed. */
    public synchronized int extend(int additional, Instant now) {
        int added = Math.min(additional, available - targetResults);
        settledResults = targetResults;
        targetResults += added;
        runStarts.add(now);
        return added;
    }

    public static boolean isTerminal(String status) {
        return "completed".equals(status) || "error".equals(status) || "cancelled".equals(status);
    }
}
