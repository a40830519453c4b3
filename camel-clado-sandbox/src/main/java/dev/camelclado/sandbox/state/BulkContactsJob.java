package dev.camelclado.sandbox.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.camelclado.sandbox.JobTimeline;
import dev.camelclado.sandbox.StatusChange;

/**
 * A bulk contact-enrichment job: {@code pending → processing → completed}, {@code processed} growing during
 * processing as the timeline's curve says. URLs containing {@code not-found} fail individually; a URL containing
 * {@code sandbox-error} makes the whole job end in {@code error} half-way through processing; a timeline's
 * {@code failAfter} ends it in {@code error} that long after it started, if it is not over by then.
 */
public final class BulkContactsJob {

    /** The job as a client sees it at one instant. */
    public record Snapshot(String status, int processed, Instant completedAt) {
    }

    /** When, after the job starts, it fails, with the URLs processed by then, and why. */
    private record Failure(Duration at, int processed, String cause) {
    }

    private final String id;
    private final Account owner;
    private final List<String> linkedinUrls;
    private final List<String> peopleIds;
    private final boolean emailEnrichment;
    private final boolean phoneEnrichment;
    private final boolean failing;
    private final Instant createdAt;
    private final JobTimeline timeline;
    private final java.util.concurrent.atomic.AtomicBoolean settled = new java.util.concurrent.atomic.AtomicBoolean();

    BulkContactsJob(String id, Account owner, List<String> linkedinUrls, List<String> peopleIds, boolean email,
            boolean phone, Instant now, JobTimeline timeline) {
        this.id = id;
        this.owner = owner;
        this.linkedinUrls = List.copyOf(linkedinUrls);
        this.peopleIds = List.copyOf(peopleIds);
        this.emailEnrichment = email;
        this.phoneEnrichment = phone;
        this.failing = linkedinUrls.stream().anyMatch(u -> u.contains("sandbox-error"));
        this.createdAt = now;
        this.timeline = timeline;
    }

    public String id() {
        return id;
    }

    public Account owner() {
        return owner;
    }

    public List<String> linkedinUrls() {
        return linkedinUrls;
    }

    public List<String> peopleIds() {
        return peopleIds;
    }

    public boolean emailEnrichment() {
        return emailEnrichment;
    }

    public boolean phoneEnrichment() {
        return phoneEnrichment;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /**
     * True the first time it is called for a job: the start charged every URL the job would find contacts for, so a
     * job that ended early is settled once, by refunding the URLs it never reached.
     */
    public boolean settleOnce() {
        return settled.compareAndSet(false, true);
    }

    public Snapshot snapshot(Instant now) {
        Duration elapsed = Duration.between(createdAt, now);
        Failure failure = failure();
        if (failure != null && elapsed.compareTo(failure.at()) >= 0) {
            return new Snapshot("error", failure.processed(), createdAt.plus(failure.at()));
        }
        Duration end = timeline.pending().plus(processingTime());
        if (elapsed.compareTo(end) >= 0) {
            return new Snapshot("completed", linkedinUrls.size(), createdAt.plus(end));
        }
        return new Snapshot(elapsed.compareTo(timeline.pending()) < 0 ? "pending" : "processing", processedAt(elapsed),
                null);
    }

    private Duration processingTime() {
        return timeline.bulkProcessing(linkedinUrls.size());
    }

    /** URLs processed {@code elapsed} after the start of a job that has not ended by then. */
    private int processedAt(Duration elapsed) {
        if (elapsed.compareTo(timeline.pending()) < 0) {
            return 0;
        }
        return processed(Runs.progress(timeline, elapsed.minus(timeline.pending()), processingTime()));
    }

    private int processed(double done) {
        return (int) (linkedinUrls.size() * done);
    }

    /**
     * When, after its start, the job fails, or null if it completes: a {@code sandbox-error} URL half-way through
     * processing, a timeline's {@code failAfter} if the job is not over by then, whichever comes first.
     */
    private Failure failure() {
        Failure scripted = failing ? new Failure(timeline.pending().plus(processingTime().dividedBy(2)),
                processed(timeline.curve().apply(0.5)), "sandbox-error URL") : null;
        Duration failAfter = timeline.failAfter();
        if (failAfter == null || failAfter.compareTo(timeline.pending().plus(processingTime())) >= 0
                || scripted != null && scripted.at().compareTo(failAfter) <= 0) {
            return scripted;
        }
        return new Failure(failAfter, processedAt(failAfter), "failAfter of its timeline");
    }

    /** Why the job ended in {@code error} (or will), or null if it does not fail. */
    public String failureCause() {
        Failure failure = failure();
        return failure == null ? null : failure.cause();
    }

    /** Every status the job has had up to {@code now}, in order, each with the instant it began. */
    public List<StatusChange> statusChanges(Instant now) {
        Failure failure = failure();
        List<StatusChange> changes = new ArrayList<>(Runs.changes(createdAt, List.of(
                new Runs.Phase("pending", timeline.pending()), new Runs.Phase("processing", processingTime())),
                failure == null ? null : failure.at()));
        changes.removeIf(change -> change.at().isAfter(now));
        return changes;
    }

    public static boolean succeeds(String linkedinUrl) {
        return !linkedinUrl.contains("not-found");
    }
}
