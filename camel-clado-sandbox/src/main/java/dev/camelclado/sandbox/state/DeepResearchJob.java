package dev.camelclado.sandbox.state;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.camelclado.sandbox.JobTimeline;

/**
 * A deep-research job whose status is a function of the clock: each run (the start, then each continue) goes
 * {@code pending → searching → processing → completed}, results growing during {@code processing}. A query
 * containing {@code #error} fails when it reaches processing. Cancel freezes the job where it is.
 */
public final class DeepResearchJob {

    /** The job as a client sees it at one instant. */
    public record Snapshot(String status, int results, int chunksDone, int chunksTotal, int opensearchResults) {
    }

    public static final int SEARCH_CHUNKS = 10;

    private final String id;
    private final Account owner;
    private final String query;
    private final List<String> companyUrls;
    private final int available;
    private final boolean failing;
    private final Instant createdAt;
    private final JobTimeline timeline;

    private int settledResults;
    private int targetResults;
    private Instant runStart;
    private Snapshot frozen;

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
        this.runStart = now;
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
        Duration elapsed = Duration.between(runStart, now);
        Duration pending = timeline.pending();
        Duration searching = pending.plus(timeline.searching());
        Duration processing = searching.plus(timeline.processing());
        int opensearch = Math.min(available, targetResults * 3);
        if (elapsed.compareTo(pending) < 0) {
            return new Snapshot("pending", settledResults, 0, SEARCH_CHUNKS, 0);
        }
        if (elapsed.compareTo(searching) < 0) {
            int chunks = (int) (SEARCH_CHUNKS * fraction(elapsed.minus(pending), timeline.searching()));
            return new Snapshot("searching", settledResults, chunks, SEARCH_CHUNKS, opensearch * chunks / SEARCH_CHUNKS);
        }
        if (failing) {
            frozen = new Snapshot("error", settledResults, SEARCH_CHUNKS, SEARCH_CHUNKS, opensearch);
            return frozen;
        }
        if (elapsed.compareTo(processing) < 0) {
            double done = fraction(elapsed.minus(searching), timeline.processing());
            int results = settledResults + (int) ((targetResults - settledResults) * done);
            return new Snapshot("processing", results, SEARCH_CHUNKS, SEARCH_CHUNKS, opensearch);
        }
        return new Snapshot("completed", targetResults, SEARCH_CHUNKS, SEARCH_CHUNKS, opensearch);
    }

    private static double fraction(Duration part, Duration whole) {
        return whole.isZero() ? 1.0 : Math.min(1.0, (double) part.toNanos() / whole.toNanos());
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
        frozen = new Snapshot("cancelled", current.results(), current.chunksDone(), current.chunksTotal(),
                current.opensearchResults());
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
        runStart = now;
        return added;
    }

    public static boolean isTerminal(String status) {
        return "completed".equals(status) || "error".equals(status) || "cancelled".equals(status);
    }
}
