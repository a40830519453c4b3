package dev.camelclado.sandbox.state;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.camelclado.sandbox.JobTimeline;

/**
 * A bulk contact-enrichment job: {@code pending → processing → completed}, {@code processed} growing during
 * processing. URLs containing {@code not-found} fail individually; a URL containing {@code sandbox-error} makes the
 * whole job end in {@code error}.
 */
public final class BulkContactsJob {

    /** The job as a client sees it at one instant. */
    public record Snapshot(String status, int processed, Instant completedAt) {
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

    public Snapshot snapshot(Instant now) {
        Duration elapsed = Duration.between(createdAt, now);
        Duration processingStart = timeline.pending();
        Duration processing = timeline.bulkProcessing(linkedinUrls.size());
        Duration end = processingStart.plus(processing);
        if (elapsed.compareTo(processingStart) < 0) {
            return new Snapshot("pending", 0, null);
        }
        if (elapsed.compareTo(end) < 0) {
            double done = processing.isZero() ? 1.0 : (double) elapsed.minus(processingStart).toNanos() / processing.toNanos();
            int processed = (int) (linkedinUrls.size() * done);
            if (failing && processed >= linkedinUrls.size() / 2) {
                return new Snapshot("error", processed, createdAt.plus(processingStart).plus(processing.dividedBy(2)));
            }
            return new Snapshot("processing", processed, null);
        }
        if (failing) {
            return new Snapshot("error", linkedinUrls.size() / 2, createdAt.plus(processingStart).plus(processing.dividedBy(2)));
        }
        return new Snapshot("completed", linkedinUrls.size(), createdAt.plus(end));
    }

    public static boolean succeeds(String linkedinUrl) {
        return !linkedinUrl.contains("not-found");
    }
}
