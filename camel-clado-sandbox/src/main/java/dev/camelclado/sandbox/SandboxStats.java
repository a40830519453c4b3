package dev.camelclado.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelclado.sandbox.http.SandboxRequest;

/**
 * What the sandbox was asked: request counts per route and per job, status reads per job, and the most recent
 * requests, so tests can assert what a client really sent (query parameters, body, headers) and how often it polled.
 */
public final class SandboxStats {

    /** One request as received. Header names are lower case. */
    public record RecordedRequest(String route, String method, String path, String rawQuery,
            Map<String, List<String>> headers, String body, int status) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private static final int MAX_RECORDED = 2_000;

    private final Map<String, AtomicLong> perRoute = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> perJob = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> statusPolls = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> statusPollAttempts = new ConcurrentHashMap<>();
    private final Deque<RecordedRequest> recent = new ArrayDeque<>();
    private final AtomicLong inFlight = new AtomicLong();
    private final AtomicLong maxInFlight = new AtomicLong();

    void started() {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    }

    void answered() {
        inFlight.decrementAndGet();
    }

    /** The most requests the sandbox has held at once (received, not yet answered). */
    public long maxInFlight() {
        return maxInFlight.get();
    }

    /**
     * @param jobId      the job the request names, if any
     * @param statusRead the job whose status the request reads, if it is a status read
     */
    void record(String route, SandboxRequest request, int status, String jobId, String statusRead) {
        perRoute.computeIfAbsent(route, k -> new AtomicLong()).incrementAndGet();
        if (jobId != null) {
            perJob.computeIfAbsent(jobId, k -> new AtomicLong()).incrementAndGet();
        }
        if (statusRead != null) {
            statusPollAttempts.computeIfAbsent(statusRead, k -> new AtomicLong()).incrementAndGet();
            if (status >= 200 && status < 300) {
                statusPolls.computeIfAbsent(statusRead, k -> new AtomicLong()).incrementAndGet();
            }
        }
        RecordedRequest recorded = new RecordedRequest(route, request.method(), request.path(), request.rawQuery(),
                request.headers(), request.bodyText(), status);
        synchronized (recent) {
            recent.addLast(recorded);
            if (recent.size() > MAX_RECORDED) {
                recent.removeFirst();
            }
        }
    }

    /** Requests per route, e.g. {@code "GET /api/search/deep_research/{jobId}" -> 12}. */
    public Map<String, Long> requestsPerRoute() {
        Map<String, Long> copy = new TreeMap<>();
        perRoute.forEach((route, count) -> copy.put(route, count.get()));
        return copy;
    }

    public long requests(String route) {
        AtomicLong count = perRoute.get(route);
        return count == null ? 0 : count.get();
    }

    /** How many requests named this job id (status polls, cancel, continue). */
    public long requestsForJob(String jobId) {
        AtomicLong count = perJob.get(jobId);
        return count == null ? 0 : count.get();
    }

    /**
     * Status reads of this job that were served (2xx), the reads a poller pays for:
     * {@code GET /api/search/deep_research/{jobId}}, {@code GET /api/enrich/bulk-contacts/{jobId}}, and the gateway's
     * {@code deep-research-status} and {@code bulk-contacts-status}. A paid gateway read counts once, since its 402
     * challenge was not served.
     */
    public long statusPolls(String jobId) {
        AtomicLong count = statusPolls.get(jobId);
        return count == null ? 0 : count.get();
    }

    /**
     * Every status request for this job, whatever its answer: also 402 challenges, scripted faults, 404s, 429s.
     */
    public long statusPollAttempts(String jobId) {
        AtomicLong count = statusPollAttempts.get(jobId);
        return count == null ? 0 : count.get();
    }

    public long totalRequests() {
        return perRoute.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** The most recent requests, oldest first (at most 2,000 are kept). */
    public List<RecordedRequest> recentRequests() {
        synchronized (recent) {
            return new ArrayList<>(recent);
        }
    }

    public RecordedRequest lastRequest() {
        synchronized (recent) {
            return recent.peekLast();
        }
    }

    public void reset() {
        maxInFlight.set(inFlight.get());
        perRoute.clear();
        perJob.clear();
        statusPolls.clear();
        statusPollAttempts.clear();
        synchronized (recent) {
            recent.clear();
        }
    }
}
