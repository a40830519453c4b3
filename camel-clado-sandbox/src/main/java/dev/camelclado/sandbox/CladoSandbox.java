package dev.camelclado.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
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
import dev.camelclado.sandbox.gateway.GatewayApi;
import dev.camelclado.sandbox.gateway.PayerBalances;
import dev.camelclado.sandbox.data.Json;
import dev.camelclado.sandbox.http.ApiError;
import dev.camelclado.sandbox.http.Router;
import dev.camelclado.sandbox.http.SandboxRequest;
import dev.camelclado.sandbox.http.SandboxResponse;
import dev.camelclado.sandbox.state.Account;
import dev.camelclado.sandbox.state.JobStore;
import dev.camelclado.sandbox.state.RateLimiter;
import dev.camelclado.mpp.server.ChallengeIssuer;
import dev.camelclado.mpp.server.FeePayer;
import dev.camelclado.mpp.tempo.TempoNetworks;
import dev.camelclado.mpp.wallet.Wallets;

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
 * The Locus MPP gateway is served too: {@code POST /clado/<route>} answers 402 with a payment challenge, verifies the
 * credential for real (signature, chain, token, recipient, amount, challenge-bound memo, expiry, single use) against
 * a simulated balance per payer, and serves the call with a {@code Payment-Receipt}.
 *
 * Scripted behaviour: a deep-research query containing {@code #error} ends in {@code error}; a contact lookup
 * whose key contains {@code not-found} finds nothing; a bulk job with a URL containing {@code sandbox-error} ends in
 * {@code error}. Timelines (per job if need be) script how long each status lasts, how progress grows and when a run
 * fails; {@link #faults()} scripts failing requests; {@link #stats()} counts requests and status polls per job, and
 * {@link #statusChanges(String)} says when each job really changed status. {@code GET /sandbox/stats} reports
 * request counts; {@code POST /sandbox/clock/advance?seconds=N} moves a manual clock.
 */
public final class CladoSandbox implements AutoCloseable {

    public static final String DEFAULT_API_KEY = "lk_sandbox_key";
    public static final long DEFAULT_CREDITS = 100_000;
    /** Who the sandbox gateway asks to be paid (Hardhat account #1, as in the recorded mppx exchanges). */
    public static final String DEFAULT_RECIPIENT = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    private static final Logger LOG = Logger.getLogger(CladoSandbox.class.getName());

    static {
        // The JDK server otherwise leaves Nagle's algorithm on, which holds each small answer about 40 ms: that would
        // be in every latency a test or benchmark measures. It must be set before the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }
    private static final String DEEP_RESEARCH_STATUS = "GET /api/search/deep_research/{jobId}";
    private static final String BULK_CONTACTS_STATUS = "GET /api/enrich/bulk-contacts/{jobId}";
    private static final String GATEWAY = "POST /clado/{op}";

    private final Builder settings;
    private final SandboxClock clock;
    private final Map<String, Account> accounts;
    private final JobStore jobs;
    private final SandboxStats stats = new SandboxStats();
    private final SandboxFaults faults = new SandboxFaults();
    private final Router router = new Router();
    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService delayer;
    private final GatewayApi gateway;

    private CladoSandbox(Builder settings) throws IOException {
        this.settings = settings;
        this.clock = settings.clock != null ? settings.clock : SandboxClock.system();
        Map<String, Long> keys = settings.apiKeys.isEmpty() ? Map.of(DEFAULT_API_KEY, DEFAULT_CREDITS) : settings.apiKeys;
        this.accounts = new LinkedHashMap<>();
        Instant topup = clock.now().minus(Duration.ofDays(7));
        keys.forEach((key, credits) -> accounts.put(key, new Account(key, credits, topup)));
        accounts.put(GatewayApi.UPSTREAM_KEY, new Account(GatewayApi.UPSTREAM_KEY, Long.MAX_VALUE / 4, topup));
        this.jobs = new JobStore(settings.seed, settings.jobRetention, settings.timelinePolicy());
        for (Builder.Seed seed : settings.seeds) {
            if (seed.urls() == null) {
                jobs.seedDeepResearch(seed.id(), seed.query(), seed.limit(), settings.profilesPerQuery, clock.now());
            } else {
                jobs.seedBulkContacts(seed.id(), seed.urls(), clock.now());
            }
        }
        SandboxState state = new SandboxState(clock, settings.profilesPerQuery, accounts, jobs,
                new RateLimiter(settings.rateLimits), settings.paginationHasNext);
        PayerBalances balances = new PayerBalances(settings.payerOpeningBalance);
        settings.payerBalances.forEach(balances::set);
        this.gateway = new GatewayApi(new ChallengeIssuer(settings.gatewaySecret(), settings.gatewayRealm,
                settings.gatewayClock.asJavaClock(), settings.challengeLifetime),
                settings.feePayerKey == null ? null : new FeePayer(Wallets.fromPrivateKey(settings.feePayerKey)),
                settings.gatewayChainId, settings.gatewayCurrency, settings.gatewayRecipient,
                settings.paymentAuthorizationHeader, settings.bindRequests, settings.supportedModes, balances,
                this::dispatchInternally, faults::takePaidFault);
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
                .add("POST", "/clado/{op}", gateway::handle)
                .add("GET", "/clado/{op}", r -> SandboxResponse.of(ApiError.detail(404, "Not Found")))
                .add("GET", "/sandbox/health", r -> SandboxResponse.ok(Json.object().put("status", "UP")))
                .add("GET", "/sandbox/stats", r -> SandboxResponse.ok(statsJson()))
                .add("POST", "/sandbox/clock/advance", this::advanceClock)
                .add("POST", "/sandbox/gateway/fund", this::fund);
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

    /** The Locus gateway side: payments accepted and payer balances. Its routes are on {@link #baseUrl()}. */
    public GatewayApi gateway() {
        return gateway;
    }

    /** The value for the component's {@code gatewayUrl}: the same server. */
    public String gatewayUrl() {
        return baseUrl();
    }

    public SandboxStats stats() {
        return stats;
    }

    /** Scripted failures of routes, e.g. {@code faults().failNext("GET /api/credits", 503, "down", 1)}. */
    public SandboxFaults faults() {
        return faults;
    }

    /**
     * Every status a job has had up to the sandbox clock's now, oldest first, each with the instant it began: worked
     * out from the job's timeline rather than sampled, so it is the exact truth to compare a poller's detections with.
     * Each deep-research continue adds a run from {@code pending} again; a cancel ends the list with
     * {@code cancelled}; a phase of no length is left out, as no read could have seen it.
     *
     * @throws IllegalArgumentException if no job has that id
     */
    public List<StatusChange> statusChanges(String jobId) {
        return jobs.statusChanges(jobId, clock.now());
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
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), in.readAllBytes());
        } catch (IOException e) {
            exchange.close();
            return;
        }
        stats.started();
        String route = "unmatched";
        String statusRead = null;
        SandboxResponse response;
        try {
            Router.Match match = router.match(request);
            route = match.template();
            statusRead = statusReadOf(route, request);
            ApiError scripted = faults.due(route);
            if (scripted != null) {
                throw scripted;
            }
            response = match.handler().apply(request);
        } catch (ApiError e) {
            response = SandboxResponse.of(e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sandbox handler failed", e);
            response = SandboxResponse.of(ApiError.detail(500, "Internal Server Error"));
        }
        stats.record(route, request, response.status(), request.jobId(), statusRead);
        SandboxResponse toSend = response;
        if (settings.latency.isZero() || response.delivery() == SandboxResponse.Delivery.CUT_SHORT) {
            // a body cut short must fail in the server's handler thread: only then does the server drop the connection
            send(exchange, toSend);
        } else {
            // answer later from the timer so that slow answers do not hold server threads
            delayer.schedule(() -> send(exchange, toSend), settings.latency.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void send(HttpExchange exchange, SandboxResponse response) {
        stats.answered();
        switch (response.delivery()) {
            case DROP -> exchange.close();
            case STALL -> delayer.schedule(exchange::close, response.deliveryTime().toNanos(), TimeUnit.NANOSECONDS);
            // a trickle holds its thread for the whole delivery time: never the delayer's, which every answer shares
            case TRICKLE -> workers.execute(() -> write(exchange, response));
            default -> write(exchange, response);
        }
    }

    private void write(HttpExchange exchange, SandboxResponse response) {
        boolean cutShort = response.delivery() == SandboxResponse.Delivery.CUT_SHORT;
        try (exchange) {
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            response.repeatedHeaders().forEach(header -> exchange.getResponseHeaders().add(header.getKey(), header.getValue()));
            byte[] body = response.body();
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    writeBody(out, body, response);
                }
            }
        } catch (IOException e) {
            if (cutShort) {
                // the JDK server closes the connection only when its handler fails; otherwise the client waits
                throw new java.io.UncheckedIOException(e);
            }
            // the client went away; nothing more to answer
            LOG.log(Level.FINE, "answer not delivered whole", e);
        }
    }

    private static void writeBody(OutputStream out, byte[] body, SandboxResponse response) throws IOException {
        switch (response.delivery()) {
            case CUT_SHORT -> {
                out.write(body, 0, body.length / 2);
                out.flush();
                // closing the stream now fails (bytes missing): write() rethrows that to the server
            }
            case TRICKLE -> {
                int chunks = Math.min(body.length, 20);
                long pause = response.deliveryTime().toMillis() / chunks;
                for (int i = 0; i < chunks; i++) {
                    int from = body.length * i / chunks;
                    out.write(body, from, body.length * (i + 1) / chunks - from);
                    out.flush();
                    try {
                        Thread.sleep(pause);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("sandbox stopping", e);
                    }
                }
            }
            default -> out.write(body);
        }
    }

    /** The job whose status this request reads, or null: what {@link SandboxStats#statusPolls} counts. */
    private static String statusReadOf(String route, SandboxRequest request) {
        if (route.equals(DEEP_RESEARCH_STATUS) || route.equals(BULK_CONTACTS_STATUS)) {
            return request.pathParam("jobId");
        }
        return route.equals(GATEWAY) ? GatewayApi.statusReadOf(request) : null;
    }

    /** A call the gateway makes to the Clado API without a network hop (and without counting as a client request). */
    private SandboxResponse dispatchInternally(SandboxRequest request) {
        try {
            return router.match(request).handler().apply(request);
        } catch (ApiError e) {
            return SandboxResponse.of(e);
        }
    }

    private SandboxResponse fund(SandboxRequest request) {
        String address = request.queryParam("address");
        String amount = request.queryParam("amount");
        if (address == null || !address.matches("0x[0-9a-fA-F]{40}") || amount == null || !amount.matches("[0-9]{1,30}")) {
            throw ApiError.detail(400, "address (0x + 40 hex) and amount (base units) are required");
        }
        gateway.balances().set(address, new BigInteger(amount));
        return SandboxResponse.ok(Json.object().put("address", address).put("balance", amount));
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
        private Function<JobSpec, JobTimeline> timelines;
        private int profilesPerQuery = 200;
        private final Map<String, Integer> rateLimits = new LinkedHashMap<>();
        private Duration latency = Duration.ZERO;
        private Duration jobRetention = Duration.ofDays(7);
        private boolean legacyContinueKey;
        private boolean paginationHasNext = true;
        private long seed = 42;
        private int threads = 8;
        private String gatewayRealm = "clado.mpp.paywithlocus.com";
        private SandboxClock gatewayClock = SandboxClock.system();
        private byte[] gatewaySecret;
        private long gatewayChainId = TempoNetworks.TESTNET;
        private String gatewayCurrency = TempoNetworks.PATH_USD;
        private String gatewayRecipient = DEFAULT_RECIPIENT;
        private String feePayerKey;
        private boolean paymentAuthorizationHeader;
        private boolean bindRequests = true;
        private List<String> supportedModes = List.of();
        private Duration challengeLifetime = Duration.ofMinutes(5);
        private BigInteger payerOpeningBalance = BigInteger.valueOf(100_000_000);
        private final Map<String, BigInteger> payerBalances = new LinkedHashMap<>();
        private final List<Seed> seeds = new ArrayList<>();

        private record Seed(String id, String query, int limit, List<String> urls) {
        }

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

        /** The timeline of every job, unless a {@link #timelines(Function) policy} chooses another. */
        public Builder timeline(JobTimeline timeline) {
            this.timeline = timeline;
            return this;
        }

        /**
         * Chooses each job's timeline when it starts (seeded jobs included), e.g. to make the third job fail or bulk
         * jobs slow; the job keeps it for its continue runs. A null answer means {@link #timeline(JobTimeline)}'s. The
         * policy runs on server threads, possibly on several at once.
         */
        public Builder timelines(Function<JobSpec, JobTimeline> policy) {
            this.timelines = policy;
            return this;
        }

        private Function<JobSpec, JobTimeline> timelinePolicy() {
            JobTimeline fallback = timeline;
            Function<JobSpec, JobTimeline> policy = timelines;
            if (policy == null) {
                return spec -> fallback;
            }
            return spec -> {
                JobTimeline chosen = policy.apply(spec);
                return chosen != null ? chosen : fallback;
            };
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

        /**
         * Whether deep-research pages say {@code has_next}. Clado's docs do not name the pagination keys; without them
         * a client must work the next page out from {@code final_results_count}.
         */
        public Builder paginationHasNext(boolean paginationHasNext) {
            this.paginationHasNext = paginationHasNext;
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

        /**
         * The clock of payments (challenge expiry, transaction validity): the system clock by default, whatever clock
         * jobs run on, since payers sign with real time.
         */
        public Builder gatewayClock(SandboxClock gatewayClock) {
            this.gatewayClock = gatewayClock;
            return this;
        }

        /** The realm of gateway challenges; the Locus host by default. */
        public Builder gatewayRealm(String realm) {
            this.gatewayRealm = realm;
            return this;
        }

        /** The HMAC secret of gateway challenge ids (at least 32 bytes); random by default. */
        public Builder gatewaySecret(byte[] secret) {
            this.gatewaySecret = secret.clone();
            return this;
        }

        /** The chain and token the gateway charges in; Tempo testnet and pathUSD by default. */
        public Builder gatewayCurrency(long chainId, String currency) {
            this.gatewayChainId = chainId;
            this.gatewayCurrency = currency;
            return this;
        }

        public Builder gatewayRecipient(String recipient) {
            this.gatewayRecipient = recipient;
            return this;
        }

        /** Sponsors payers' fees ({@code feePayer: true}) and co-signs with this key. */
        public Builder gatewayFeePayer(String privateKeyHex) {
            this.feePayerKey = privateKeyHex;
            return this;
        }

        /** Asks for credentials in {@code Payment-Authorization} instead of {@code Authorization}. */
        public Builder gatewayPaymentAuthorizationHeader(boolean paymentAuthorizationHeader) {
            this.paymentAuthorizationHeader = paymentAuthorizationHeader;
            return this;
        }

        /**
         * Whether challenges are bound (through {@code opaque}) to the route and body they price, so that a credential
         * bought for one request cannot be spent on another at the same price. On by default; the recorded mppx
         * exchanges were made without it.
         */
        public Builder gatewayBindRequests(boolean bindRequests) {
            this.bindRequests = bindRequests;
            return this;
        }

        /** The payment modes challenges advertise ({@code methodDetails.supportedModes}); none by default. */
        public Builder gatewaySupportedModes(List<String> modes) {
            this.supportedModes = List.copyOf(modes);
            return this;
        }

        public Builder gatewayChallengeLifetime(Duration lifetime) {
            this.challengeLifetime = lifetime;
            return this;
        }

        /** What a payer the gateway has not seen starts with, in base units ($100 by default). */
        public Builder payerOpeningBalance(long baseUnits) {
            this.payerOpeningBalance = BigInteger.valueOf(baseUnits);
            return this;
        }

        public Builder payerBalance(String address, long baseUnits) {
            this.payerBalances.put(address, BigInteger.valueOf(baseUnits));
            return this;
        }

        /** A deep-research job with a chosen id, started when the sandbox starts, readable by any key. */
        public Builder seedDeepResearchJob(String id, String query, int limit) {
            seeds.add(new Seed(id, query, limit, null));
            return this;
        }

        /** A bulk-contacts job with a chosen id, started when the sandbox starts, readable by any key. */
        public Builder seedBulkContactsJob(String id, List<String> linkedinUrls) {
            seeds.add(new Seed(id, null, 0, List.copyOf(linkedinUrls)));
            return this;
        }

        private byte[] gatewaySecret() {
            if (gatewaySecret != null) {
                return gatewaySecret;
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
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
