package dev.camelclado.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.camelclado.sandbox.api.AccountApi;
import dev.camelclado.sandbox.api.BulkContactsApi;
import dev.camelclado.sandbox.api.DeepResearchApi;
import dev.camelclado.sandbox.api.EnrichmentApi;
import dev.camelclado.sandbox.api.SandboxState;
import dev.camelclado.sandbox.api.SearchApi;
import dev.camelclado.sandbox.data.Json;
import dev.camelclado.sandbox.http.ApiError;
import dev.camelclado.sandbox.http.Router;
import dev.camelclado.sandbox.http.SandboxRequest;
import dev.camelclado.sandbox.http.SandboxResponse;
import dev.camelclado.sandbox.state.Account;
import dev.camelclado.sandbox.state.JobStore;
import dev.camelclado.sandbox.state.RateLimiter;

/**
 * A local Clado API on loopback: every operation of {@code https://search.clado.ai}, deterministic fake people,
 * deep-research and bulk-contacts jobs that move through their real statuses on a configurable clock, credits,
 * rate limits and the documented error codes.
 *
 * <pre>
 * try (CladoSandbox sandbox = CladoSandbox.start()) {
 *     String baseUrl = sandbox.baseUrl();      // http://127.0.0.1:&lt;free port&gt;
 *     String apiKey = sandbox.apiKey();        // lk_sandbox_key
 * }
 * </pre>
 *
 * Scripted behaviour: a deep-research query containing {@code #error} ends in {@code error}; a contact lookup
 * whose key contains {@code not-found} finds nothing; a bulk job with a URL containing {@code sandbox-error} ends in
 * {@code error}. {@code GET /sandbox/stats} reports request counts; {@code POST /sandbox/clock/advance?seconds=N}
 * moves a manual clock.
 */
public final class CladoSandbox implements AutoCloseable {

    public static final String DEFAULT_API_KEY = "lk_sandbox_key";
    public static final long DEFAULT_CREDITS = 100_000;

    private static final Logger LOG = Logger.getLogger(CladoSandbox.class.getName());

    private final Builder settings;
    private final SandboxClock clock;
    private final Map<String, Account> accounts;
    private final SandboxStats stats = new SandboxStats();
    private final Router router = new Router();
    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService delayer;

    private CladoSandbox(Builder settings) throws IOException {
        this.settings = settings;
        this.clock = settings.clock != null ? settings.clock : SandboxClock.system();
        Map<String, Long> keys = settings.apiKeys.isEmpty() ? Map.of(DEFAULT_API_KEY, DEFAULT_CREDITS) : settings.apiKeys;
        this.accounts = new LinkedHashMap<>();
        Instant topup = clock.now().minus(Duration.ofDays(7));
        keys.forEach((key, credits) -> accounts.put(key, new Account(key, credits, topup)));
        SandboxState state = new SandboxState(clock, settings.timeline, settings.profilesPerQuery, accounts,
                new JobStore(settings.seed, settings.jobRetention), new RateLimiter(settings.rateLimits));
        routes(state);

        this.workers = Executors.newFixedThreadPool(settings.threads, daemon("clado-sandbox-http"));
        this.delayer = Executors.newSingleThreadScheduledExecutor(daemon("clado-sandbox-delay"));
        this.server = HttpServer.create(new InetSocketAddress(settings.host, settings.port), 1024);
        server.createContext("/", this::handle);
        server.setExecutor(workers);
        server.start();
    }

    private void routes(SandboxState state) {
        SearchApi search = new SearchApi(state);
        DeepResearchApi deepResearch = new DeepResearchApi(state, settings.legacyContinueKey);
        EnrichmentApi enrichment = new EnrichmentApi(state);
        BulkContactsApi bulk = new BulkContactsApi(state);
        AccountApi account = new AccountApi(state);
        router.add("GET", "/api/search", search::search)
                .add("POST", "/api/search/deep_research", deepResearch::start)
                .add("GET", "/api/search/deep_research/{jobId}", deepResearch::status)
                .add("POST", "/api/search/deep_research/{jobId}/cancel", deepResearch::cancel)
                .add("POST", "/api/search/deep_research/{jobId}/continue", deepResearch::continueJob)
                .add("GET", "/api/enrich/contacts", enrichment::contacts)
                .add("GET", "/api/enrich/scrape", enrichment::scrape)
                .add("GET", "/api/enrich/linkedin", enrichment::linkedinProfile)
                .add("GET", "/api/enrich/post-reactions", enrichment::postReactions)
                .add("POST", "/api/enrich/bulk-contacts", bulk::start)
                .add("GET", "/api/enrich/bulk-contacts/{jobId}", bulk::status)
                .add("GET", "/api/credits", account::credits)
                .add("GET", "/sandbox/health", r -> SandboxResponse.ok(Json.object().put("status", "UP")))
                .add("GET", "/sandbox/stats", r -> SandboxResponse.ok(statsJson()))
                .add("POST", "/sandbox/clock/advance", this::advanceClock);
    }

    public static CladoSandbox start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://<host>:<port>}, the value for the component's {@code baseUrl}. */
    public String baseUrl() {
        return "http://" + settings.host + ":" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The first configured API key ({@value #DEFAULT_API_KEY} unless keys were given). */
    public String apiKey() {
        return accounts.keySet().iterator().next();
    }

    public long credits(String apiKey) {
        Account account = accounts.get(apiKey);
        if (account == null) {
            throw new IllegalArgumentException("no sandbox account for that key");
        }
        return account.credits();
    }

    public SandboxClock clock() {
        return clock;
    }

    public SandboxStats stats() {
        return stats;
    }

    @Override
    public void close() {
        server.stop(0);
        delayer.shutdownNow();
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        SandboxRequest request;
        try (InputStream in = exchange.getRequestBody()) {
            request = new SandboxRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), in.readAllBytes());
        } catch (IOException e) {
            exchange.close();
            return;
        }
        String route = "unmatched";
        SandboxResponse response;
        try {
            Router.Match match = router.match(request);
            route = match.template();
            response = match.handler().apply(request);
        } catch (ApiError e) {
            response = SandboxResponse.of(e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sandbox handler failed", e);
            response = SandboxResponse.of(ApiError.detail(500, "Internal Server Error"));
        }
        stats.record(route, request, response.status(), request.pathParam("jobId"));
        SandboxResponse toSend = response;
        if (settings.latency.isZero()) {
            send(exchange, toSend);
        } else {
            // answer later from the timer so that slow answers do not hold server threads
            delayer.schedule(() -> send(exchange, toSend), settings.latency.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private static void send(HttpExchange exchange, SandboxResponse response) {
        try (exchange) {
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] body = response.body();
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            // the client went away; nothing to answer
            LOG.log(Level.FINE, "client closed the connection", e);
        }
    }

    private ObjectNode statsJson() {
        ObjectNode json = Json.object();
        json.put("now", clock.now().toString());
        json.put("totalRequests", stats.totalRequests());
        ObjectNode routes = json.putObject("requestsPerRoute");
        stats.requestsPerRoute().forEach(routes::put);
        return json;
    }

    private SandboxResponse advanceClock(SandboxRequest request) {
        if (!(clock instanceof SandboxClock.ManualClock)) {
            throw ApiError.detail(409, "the sandbox clock is not manual; start it with --manual-clock");
        }
        String seconds = request.queryParam("seconds");
        try {
            ((SandboxClock.ManualClock) clock).advance(Duration.ofMillis((long) (Double.parseDouble(seconds) * 1000)));
        } catch (NullPointerException | IllegalArgumentException e) {
            throw ApiError.detail(400, "seconds must be a non-negative number");
        }
        return SandboxResponse.ok(Json.object().put("now", clock.now().toString()));
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Sandbox settings; every one has a default that suits tests. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private final Map<String, Long> apiKeys = new LinkedHashMap<>();
        private SandboxClock clock;
        private JobTimeline timeline = JobTimeline.DEFAULT;
        private int profilesPerQuery = 200;
        private final Map<String, Integer> rateLimits = new LinkedHashMap<>();
        private Duration latency = Duration.ZERO;
        private Duration jobRetention = Duration.ofDays(7);
        private boolean legacyContinueKey;
        private long seed = 42;
        private int threads = 8;

        private Builder() {
        }

        /** Interface to bind; loopback by default. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Port to bind; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Adds an accepted API key with a credit balance; without any, {@value #DEFAULT_API_KEY} is accepted. */
        public Builder apiKey(String apiKey, long credits) {
            apiKeys.put(apiKey, credits);
            return this;
        }

        public Builder clock(SandboxClock clock) {
            this.clock = clock;
            return this;
        }

        /** Shorthand for {@code clock(SandboxClock.scaled(speed))}: 60 makes a two-minute job take two seconds. */
        public Builder speed(double speed) {
            return clock(SandboxClock.scaled(speed));
        }

        public Builder timeline(JobTimeline timeline) {
            this.timeline = timeline;
            return this;
        }

        /** How many distinct people any query finds; caps search paging and deep research + continue. */
        public Builder profilesPerQuery(int profilesPerQuery) {
            if (profilesPerQuery < 1) {
                throw new IllegalArgumentException("profilesPerQuery must be at least 1");
            }
            this.profilesPerQuery = profilesPerQuery;
            return this;
        }

        /**
         * Limits one bucket ({@code search}, {@code contacts}, {@code scrape}, {@code linkedin},
         * {@code post-reactions}, {@code deep-research}, {@code deep-research-continue}) per key and minute.
         */
        public Builder rateLimit(String bucket, int perMinute) {
            rateLimits.put(bucket, perMinute);
            return this;
        }

        /** Delay before every answer, without holding a server thread. */
        public Builder latency(Duration latency) {
            this.latency = latency;
            return this;
        }

        /** After this long (sandbox clock) a job answers 404, as expired jobs do. */
        public Builder jobRetention(Duration jobRetention) {
            this.jobRetention = jobRetention;
            return this;
        }

        /** Behave like the older API that wanted {@code additionalLimit} on continue. */
        public Builder legacyContinueKey(boolean legacyContinueKey) {
            this.legacyContinueKey = legacyContinueKey;
            return this;
        }

        /** Seed of the job ids. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public CladoSandbox start() {
            try {
                return new CladoSandbox(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the Clado sandbox on " + host + ":" + port, e);
            }
        }
    }
}
