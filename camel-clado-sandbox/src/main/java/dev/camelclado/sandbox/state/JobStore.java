package dev.camelclado.sandbox.state;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import dev.camelclado.sandbox.JobSpec;
import dev.camelclado.sandbox.JobTimeline;
import dev.camelclado.sandbox.StatusChange;
import dev.camelclado.sandbox.http.ApiError;

/**
 * All jobs of one sandbox. Job ids are UUIDs derived from a counter and a seed, so a fresh sandbox hands out the
 * same ids in the same order (stable example output), yet two sandboxes with different seeds never collide. Each job
 * gets its timeline when it starts, from a policy that sees what is started and how many jobs came before.
 */
public final class JobStore {

    private final Map<String, DeepResearchJob> deepResearch = new ConcurrentHashMap<>();
    private final Map<String, BulkContactsJob> bulkContacts = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();
    private final AtomicLong started = new AtomicLong();
    private final long seed;
    private final Duration retention;
    private final Function<JobSpec, JobTimeline> timelines;

    public JobStore(long seed, Duration retention, Function<JobSpec, JobTimeline> timelines) {
        this.seed = seed;
        this.retention = retention;
        this.timelines = timelines;
    }

    private String nextId() {
        long n = counter.incrementAndGet();
        return UUID.nameUUIDFromBytes(("clado-sandbox:" + seed + ":" + n).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private JobTimeline deepResearchTimeline(String query, int limit) {
        return timelines.apply(new JobSpec(JobSpec.DEEP_RESEARCH, query, limit, started.incrementAndGet()));
    }

    private JobTimeline bulkContactsTimeline(List<String> urls) {
        return timelines.apply(new JobSpec(JobSpec.BULK_CONTACTS, null, urls.size(), started.incrementAndGet()));
    }

    public DeepResearchJob startDeepResearch(Account owner, String query, List<String> companyUrls, int limit,
            int available, Instant now) {
        DeepResearchJob job = new DeepResearchJob(nextId(), owner, query, companyUrls, limit, available, now,
                deepResearchTimeline(query, limit));
        deepResearch.put(job.id(), job);
        return job;
    }

    public BulkContactsJob startBulkContacts(Account owner, List<String> urls, List<String> peopleIds, boolean email,
            boolean phone, Instant now) {
        BulkContactsJob job = new BulkContactsJob(nextId(), owner, urls, peopleIds, email, phone, now,
                bulkContactsTimeline(urls));
        bulkContacts.put(job.id(), job);
        return job;
    }

    /** A job with a chosen id that any key may read (seeded at start, e.g. the ids in recorded exchanges). */
    public DeepResearchJob seedDeepResearch(String id, String query, int limit, int available, Instant now) {
        DeepResearchJob job = new DeepResearchJob(id, null, query, List.of(), limit, available, now,
                deepResearchTimeline(query, limit));
        deepResearch.put(id, job);
        return job;
    }

    public BulkContactsJob seedBulkContacts(String id, List<String> urls, Instant now) {
        BulkContactsJob job = new BulkContactsJob(id, null, urls, List.of(), true, false, now,
                bulkContactsTimeline(urls));
        bulkContacts.put(id, job);
        return job;
    }

    /**
     * The statuses a job of any kind and owner has had up to {@code now}, expired or not.
     *
     * @throws IllegalArgumentException if no job has that id
     */
    public List<StatusChange> statusChanges(String id, Instant now) {
        DeepResearchJob research = deepResearch.get(id);
        if (research != null) {
            return research.statusChanges(now);
        }
        BulkContactsJob bulk = bulkContacts.get(id);
        if (bulk != null) {
            return bulk.statusChanges(now);
        }
        throw new IllegalArgumentException("no sandbox job " + id);
    }

    /** The job, or 404 if unknown or expired, 403 if another key started it. */
    public DeepResearchJob deepResearch(String id, Account caller, Instant now) {
        DeepResearchJob job = deepResearch.get(id);
        if (job == null || expired(job.createdAt(), now)) {
            throw ApiError.detail(404, "Job not found");
        }
        if (job.owner() != null && job.owner() != caller) {
            throw ApiError.detail(403, "Not authorized to access this job");
        }
        return job;
    }

    public BulkContactsJob bulkContacts(String id, Account caller, Instant now) {
        BulkContactsJob job = bulkContacts.get(id);
        if (job == null || expired(job.createdAt(), now)) {
            throw ApiError.detail(404, "Bulk enrichment job not found or expired");
        }
        if (job.owner() != null && job.owner() != caller) {
            throw ApiError.detail(403, "Not authorized to access this job");
        }
        return job;
    }

    private boolean expired(Instant createdAt, Instant now) {
        return Duration.between(createdAt, now).compareTo(retention) > 0;
    }

    public int deepResearchCount() {
        return deepResearch.size();
    }

    public int bulkContactsCount() {
        return bulkContacts.size();
    }
}
