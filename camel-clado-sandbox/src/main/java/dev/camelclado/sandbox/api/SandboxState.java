package dev.camelclado.sandbox.api;

import java.time.Instant;
import java.util.Map;

import dev.camelclado.sandbox.SandboxClock;
import dev.camelclado.sandbox.http.ApiError;
import dev.camelclado.sandbox.http.SandboxRequest;
import dev.camelclado.sandbox.http.SandboxResponse;
import dev.camelclado.sandbox.state.Account;
import dev.camelclado.sandbox.state.JobStore;
import dev.camelclado.sandbox.state.RateLimiter;

/** Everything the API handlers share. */
public final class SandboxState {

    private final SandboxClock clock;
    private final int profilesPerQuery;
    private final Map<String, Account> accounts;
    private final JobStore jobs;
    private final RateLimiter rateLimiter;
    private final boolean paginationHasNext;

    public SandboxState(SandboxClock clock, int profilesPerQuery, Map<String, Account> accounts,
            JobStore jobs, RateLimiter rateLimiter, boolean paginationHasNext) {
        this.clock = clock;
        this.profilesPerQuery = profilesPerQuery;
        this.accounts = Map.copyOf(accounts);
        this.jobs = jobs;
        this.rateLimiter = rateLimiter;
        this.paginationHasNext = paginationHasNext;
    }

    public boolean paginationHasNext() {
        return paginationHasNext;
    }

    public Instant now() {
        return clock.now();
    }

    /** How many distinct people exist for any query: the cap on search paging and on deep research + continue. */
    public int profilesPerQuery() {
        return profilesPerQuery;
    }

    public JobStore jobs() {
        return jobs;
    }

    /** The caller's account from {@code Authorization: Bearer <key>}, or 401. */
    public Account authenticate(SandboxRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiError.detail(401, "Unauthorized - API key missing or invalid");
        }
        // exact: a key with stray whitespace is a different key, as it would be for Clado
        Account account = accounts.get(authorization.substring(7));
        if (account == null) {
            throw ApiError.detail(401, "Unauthorized - API key missing or invalid");
        }
        return account;
    }

    /** Admits a request to a rate-limited bucket (or 429) and returns the rate-limit headers to answer with. */
    public RateLimiter.Admission admit(Account account, String bucket) {
        return rateLimiter.admit(account.apiKey(), bucket, now());
    }

    public static SandboxResponse withRateLimit(SandboxResponse response, RateLimiter.Admission admission) {
        if (admission != null) {
            response.header("X-RateLimit-Limit", Integer.toString(admission.limit()));
            response.header("X-RateLimit-Remaining", Integer.toString(admission.remaining()));
            response.header("X-RateLimit-Reset", Long.toString(admission.resetEpochSecond()));
        }
        return response;
    }
}
