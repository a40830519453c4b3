package dev.camelclado.sandbox.state;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.camelclado.sandbox.http.ApiError;

/**
 * Fixed one-minute windows per (API key, bucket), on the sandbox clock. Buckets follow Clado's rate-limit table:
 * {@code search}, {@code contacts}, {@code scrape}, {@code linkedin}, {@code post-reactions}, {@code deep-research},
 * {@code deep-research-continue}.
 */
public final class RateLimiter {

    /** The state a caller sees after a request was admitted. */
    public record Admission(int limit, int remaining, long resetEpochSecond) {
    }

    private record Window(long minute, int used) {
    }

    private final Map<String, Integer> limitsPerMinute;
    private final Map<String, Window> windows = new HashMap<>();

    public RateLimiter(Map<String, Integer> limitsPerMinute) {
        this.limitsPerMinute = Map.copyOf(limitsPerMinute);
    }

    /**
     * Admits one request or answers 429 with {@code retry_after}.
     *
     * @return the admission, or null when the bucket has no limit
     */
    public synchronized Admission admit(String apiKey, String bucket, Instant now) {
        Integer limit = limitsPerMinute.get(bucket);
        if (limit == null) {
            return null;
        }
        long minute = now.getEpochSecond() / 60;
        String key = apiKey + "|" + bucket;
        Window window = windows.get(key);
        if (window == null || window.minute() != minute) {
            window = new Window(minute, 0);
        }
        long reset = (minute + 1) * 60;
        if (window.used() >= limit) {
            throw ApiError.rateLimited(Math.max(1, reset - now.getEpochSecond()));
        }
        window = new Window(minute, window.used() + 1);
        windows.put(key, window);
        return new Admission(limit, limit - window.used(), reset);
    }
}
