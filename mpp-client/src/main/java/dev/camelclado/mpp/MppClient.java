package dev.camelclado.mpp;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelclado.mpp.core.ChallengeParser;
import dev.camelclado.mpp.core.HttpExchanges;
import dev.camelclado.mpp.core.MppProtocolException;
import dev.camelclado.mpp.core.PaymentChallenge;
import dev.camelclado.mpp.core.PaymentReceipt;
import dev.camelclado.mpp.core.ProblemDetails;
import dev.camelclado.mpp.ledger.InMemoryPaymentLedger;
import dev.camelclado.mpp.ledger.PaymentLedger;
import dev.camelclado.mpp.ledger.PaymentRecord;
import dev.camelclado.mpp.ledger.PaymentStatus;
import dev.camelclado.mpp.policy.PaymentPolicy;
import dev.camelclado.mpp.policy.PaymentRefusedException;
import dev.camelclado.mpp.tempo.GasSettings;
import dev.camelclado.mpp.tempo.GasSource;
import dev.camelclado.mpp.tempo.TempoChargeRequest;
import dev.camelclado.mpp.tempo.TempoChargeSigner;
import dev.camelclado.mpp.wallet.Wallet;

/**
 * An HTTP client that pays {@code 402 Payment Required} answers with the Tempo charge method.
 *
 * <ol>
 * <li>Sends the request (with {@code Accept-Payment: tempo/charge}); anything but a 402 is the answer.</li>
 * <li>Reads the challenges, picks the first {@code tempo}/{@code charge} one it has not yet paid, and checks it
 * against the {@link PaymentPolicy}. A refusal pays nothing.</li>
 * <li>Reserves the payment in the {@link PaymentLedger} (budget checked atomically), signs the transaction on the
 * signing executor, notes its hash, then sends the identical request with the credential.</li>
 * <li>A 2xx settles the payment (receipt recorded). A 402, or a 500 {@code internal-payment-error}, means the
 * credential was refused and no money moved: with a fresh challenge, and within {@code maxPaymentAttempts}, it
 * pays that one instead. Any other answer, or none, leaves the payment UNKNOWN and is never paid again.</li>
 * </ol>
 *
 * Redirects are never followed (a credential must not travel to another host), and plain {@code http} is allowed
 * only for loopback addresses unless {@code allowInsecureHttp} is set.
 */
public final class MppClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MppClient.class);
    public static final String ACCEPT_PAYMENT = "Accept-Payment";
    static final String INTERNAL_PAYMENT_ERROR = "internal-payment-error";

    private final HttpClient http;
    private final TempoChargeSigner signer;
    private final PaymentPolicy policy;
    private final PaymentLedger ledger;
    private final Clock clock;
    private final int maxPaymentAttempts;
    private final Duration requestTimeout;
    private final Executor signingExecutor;
    private final Executor answerExecutor;
    private final long maxResponseSize;
    private final boolean allowInsecureHttp;
    private final GasSource gasSource;

    private MppClient(Builder b) {
        this.http = b.httpClient != null ? b.httpClient : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        if (http.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the HttpClient must not follow redirects: a payment credential would go"
                    + " along to another host");
        }
        this.policy = b.policy;
        this.ledger = b.ledger;
        this.clock = b.clock;
        this.maxPaymentAttempts = b.maxPaymentAttempts;
        this.requestTimeout = b.requestTimeout;
        this.signingExecutor = b.signingExecutor;
        this.answerExecutor = b.answerExecutor;
        this.maxResponseSize = b.maxResponseSize;
        this.allowInsecureHttp = b.allowInsecureHttp;
        this.gasSource = b.gasSource;
        this.signer = b.wallet == null ? null : new TempoChargeSigner(b.wallet, b.gasSource, b.feeBounds, b.feeToken,
                b.validity, b.clientId, b.clock, b.validAfter);
    }

    public static Builder builder() {
        return new Builder();
    }

    public PaymentLedger ledger() {
        return ledger;
    }

    public PaymentPolicy policy() {
        return policy;
    }

    /** Releases what the gas source holds (a node client's threads); the HTTP client is the caller's. */
    @Override
    public void close() {
        if (gasSource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debug("closing the gas source failed", e);
            }
        }
    }

    /** The payer's address, or null without a wallet. */
    public String payerAddress() {
        return signer == null ? null : signer.wallet().address();
    }

    /** Sends a request, paying for it if the server asks and the policy allows. */
    public CompletableFuture<MppResponse> send(MppRequest request) {
        try {
            checkTarget(request.uri(), allowInsecureHttp);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        Attempts attempts = new Attempts();
        return exchange(request, null).thenCompose(response -> {
            if (response.statusCode() != 402) {
                return CompletableFuture.completedFuture(new MppResponse(response.statusCode(), response.headers(),
                        response.body(), null, List.of()));
            }
            if (signer == null) {
                return CompletableFuture.failedFuture(new IllegalStateException("payment required but no wallet is configured"));
            }
            return pay(request, response, attempts);
        });
    }

    /** Reads what a request would cost from its 402, paying nothing. */
    public CompletableFuture<PaymentQuote> quote(MppRequest request) {
        try {
            checkTarget(request.uri(), allowInsecureHttp);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return exchange(request, null).thenApplyAsync(response -> {
            if (response.statusCode() != 402) {
                return new PaymentQuote(response.statusCode(), null, null, null);
            }
            PaymentChallenge challenge = choose(ChallengeParser.parse(response.headers().allValues("WWW-Authenticate")),
                    Set.of());
            TempoChargeRequest charge = TempoChargeRequest.of(challenge);
            PaymentRefusedException refusal = null;
            try {
                policy.check(challenge, charge, clock.instant());
                if (policy.budget() != null) {
                    policy.budget().check(charge.amount(), ledger.committedSince(policy.budget().windowStart(clock.instant()),
                            clock.instant()), challenge.id());
                }
            } catch (PaymentRefusedException e) {
                refusal = e;
            }
            return new PaymentQuote(402, challenge, charge, refusal);
        }, signingExecutor);
    }

    /** State of one logical request across its payment attempts. */
    private static final class Attempts {
        final Set<String> paidChallengeIds = new HashSet<>();
        final List<Payment> refused = new ArrayList<>();
    }

    private CompletableFuture<MppResponse> pay(MppRequest request, HttpResponse<byte[]> challengeResponse, Attempts attempts) {
        return CompletableFuture.supplyAsync(() -> prepare(request, challengeResponse, attempts), signingExecutor)
                .thenCompose(prepared -> exchange(request, prepared.signed().credential())
                        // the ledger may block (JDBC): record outcomes off the HTTP client's threads too
                        .handleAsync((response, failure) -> settle(request, prepared, response, failure, attempts),
                                signingExecutor))
                .thenCompose(next -> next);
    }

    private record Prepared(PaymentChallenge challenge, TempoChargeRequest charge, PaymentRecord record,
            TempoChargeSigner.SignedCharge signed) {
    }

    /** Policy, ledger reservation and signing: on the signing executor, as JDBC and signing may block. */
    private Prepared prepare(MppRequest request, HttpResponse<byte[]> response, Attempts attempts) {
        List<PaymentChallenge> offered = ChallengeParser.parse(response.headers().allValues("WWW-Authenticate"));
        PaymentChallenge challenge = choose(offered, attempts.paidChallengeIds);
        TempoChargeRequest charge = TempoChargeRequest.of(challenge);
        policy.check(challenge, charge, clock.instant());
        GasSettings gas = signer.gasFor(challenge, charge);
        PaymentRecord record = ledger.reserve(PaymentRecord.pending(request.idempotencyKey(), request.label(),
                challenge.id(), challenge.realm(), charge.chainId(), charge.currency(), charge.recipient(), charge.amount(),
                TempoChargeSigner.networkFeeLimit(charge, gas), signer.wallet().address(), clock.instant()), policy.budget());
        attempts.paidChallengeIds.add(challenge.id());
        TempoChargeSigner.SignedCharge signed;
        try {
            signed = signer.sign(challenge, charge, gas);
            if (signed.transaction() != null) {
                record = ledger.transactionSigned(record.id(), signed.transaction().hash(), signed.validBefore(),
                        clock.instant());
            }
        } catch (RuntimeException e) {
            // nothing has left: the credential is only sent after the ledger knows its transaction
            record(record, PaymentStatus.NOT_SENT, null, "not sent: " + e.getMessage());
            throw e;
        }
        LOG.debug("paying {} {} to {} on chain {} for {} (challenge {}, tx {})", charge.amount(), charge.currency(),
                charge.recipient(), charge.chainId(), request.label(), challenge.id(),
                signed.transaction() == null ? "proof" : signed.transaction().hash());
        return new Prepared(challenge, charge, record, signed);
    }

    /**
     * Records an outcome. A ledger failure here must not lose an answer that was paid for: it is logged with the
     * record id (the record stays as it was, which budgets still count) and the outcome goes on in memory.
     */
    private PaymentRecord record(PaymentRecord record, PaymentStatus status, String reference, String detail) {
        try {
            return ledger.complete(record.id(), status, reference, detail, clock.instant());
        } catch (RuntimeException e) {
            LOG.error("could not record payment {} (challenge {}) as {} in the ledger; fix the ledger and record it by"
                    + " hand", record.id(), record.challengeId(), status, e);
            return record.withOutcome(status, reference, detail, clock.instant());
        }
    }

    private CompletableFuture<MppResponse> settle(MppRequest request, Prepared prepared, HttpResponse<byte[]> response,
            Throwable failure, Attempts attempts) {
        PaymentRecord record = prepared.record();
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.http.HttpConnectTimeoutException) {
                // no connection was made: the credential never left
                PaymentRecord notSent = record(record, PaymentStatus.NOT_SENT, null, "not sent: " + cause);
                List<Payment> payments = new ArrayList<>(attempts.refused);
                payments.add(new Payment(prepared.challenge(), prepared.charge(), notSent, null));
                return CompletableFuture.failedFuture(new MppPaymentException("the paid request could not be sent ("
                        + cause.getClass().getSimpleName() + "); nothing was paid", payments, cause));
            }
            PaymentRecord unknown = record(record, PaymentStatus.UNKNOWN, null,
                    "no answer after the credential was sent: " + cause);
            List<Payment> payments = new ArrayList<>(attempts.refused);
            payments.add(new Payment(prepared.challenge(), prepared.charge(), unknown, null));
            return CompletableFuture.failedFuture(new PaymentOutcomeUnknownException("no answer after the payment"
                    + " credential was sent (" + cause.getClass().getSimpleName() + "); the payment of "
                    + prepared.charge().amount() + " base units may still settle and is recorded as UNKNOWN in ledger"
                    + " record " + record.id(), payments, cause));
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            PaymentReceipt receipt = null;
            String detail = null;
            List<String> receiptHeaders = response.headers().allValues(PaymentReceipt.HEADER);
            String receiptHeader = receiptHeaders.isEmpty() ? null : receiptHeaders.get(0);
            if (receiptHeader == null) {
                detail = "served without a Payment-Receipt";
            } else {
                try {
                    receipt = PaymentReceipt.parse(receiptHeader);
                } catch (MppProtocolException e) {
                    detail = "unreadable Payment-Receipt: " + e.getMessage();
                }
                long different = receiptHeaders.stream().map(String::trim).distinct().count();
                if (different > 1) {
                    // one payment, settled once: the first receipt is kept and the ambiguity recorded for reconciling
                    detail = (detail == null ? "" : detail + "; ") + different + " different Payment-Receipt headers,"
                            + " the first recorded";
                }
            }
            PaymentRecord settled = record(record, PaymentStatus.SETTLED, receipt == null ? null : receipt.reference(), detail);
            return CompletableFuture.completedFuture(new MppResponse(status, response.headers(), response.body(),
                    new Payment(prepared.challenge(), prepared.charge(), settled, receipt), attempts.refused));
        }
        ProblemDetails problem = ProblemDetails.parse(response.body());
        // A refusal is the gateway's word that it took nothing: a 402 asking for payment again (with a Payment
        // challenge), or mppx's internal-payment-error. A bare 402 after the credential (say Clado's own, passed
        // through) says nothing about the payment, which may have settled: that is UNKNOWN, as any other error is.
        List<PaymentChallenge> offered = challengesIn(response);
        boolean refused = status == 402 && !offered.isEmpty()
                || status == 500 && problem != null && INTERNAL_PAYMENT_ERROR.equals(problem.code());
        if (refused) {
            PaymentRecord rejected = record(record, PaymentStatus.REFUSED, null,
                    problem == null ? "HTTP " + status : problem.toString());
            attempts.refused.add(new Payment(prepared.challenge(), prepared.charge(), rejected, null));
            boolean fresh = offered.stream()
                    .anyMatch(c -> c.is("tempo", "charge") && !attempts.paidChallengeIds.contains(c.id()));
            if (fresh && attempts.paidChallengeIds.size() < maxPaymentAttempts) {
                LOG.debug("payment for {} refused ({}); paying the fresh challenge", request.label(), problem);
                return pay(request, response, attempts);
            }
            return CompletableFuture.failedFuture(new PaymentRejectedException(status, problem, attempts.refused));
        }
        PaymentRecord unknown = record(record, PaymentStatus.UNKNOWN, null, "HTTP " + status + " after the credential was sent");
        return CompletableFuture.completedFuture(new MppResponse(status, response.headers(), response.body(),
                new Payment(prepared.challenge(), prepared.charge(), unknown, null), attempts.refused));
    }

    /** The Payment challenges of an answer; none when it has none or they cannot be read. */
    private static List<PaymentChallenge> challengesIn(HttpResponse<byte[]> response) {
        try {
            return ChallengeParser.parse(response.headers().allValues("WWW-Authenticate"));
        } catch (MppProtocolException e) {
            return List.of();
        }
    }

    /** The first tempo/charge challenge not paid yet. */
    static PaymentChallenge choose(List<PaymentChallenge> offered, Set<String> alreadyPaid) {
        List<String> kinds = new ArrayList<>();
        for (PaymentChallenge challenge : offered) {
            if (challenge.is("tempo", "charge")) {
                if (!alreadyPaid.contains(challenge.id())) {
                    return challenge;
                }
            } else {
                kinds.add(challenge.method() + "/" + challenge.intent());
            }
        }
        throw new NoSupportedChallengeException(offered.isEmpty()
                ? "402 without a Payment challenge"
                : "402 offers no new tempo/charge challenge" + (kinds.isEmpty() ? "" : " (offered: " + kinds + ")"));
    }

    private CompletableFuture<HttpResponse<byte[]>> exchange(MppRequest request, dev.camelclado.mpp.core.PaymentCredential credential) {
        HttpRequest.Builder http = HttpRequest.newBuilder(request.uri()).timeout(requestTimeout)
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            if (credential == null || !header.getKey().equalsIgnoreCase(credential.headerName())) {
                http.header(header.getKey(), header.getValue());
            }
        }
        http.header(ACCEPT_PAYMENT, "tempo/charge");
        if (credential != null) {
            http.header(credential.headerName(), credential.headerValue());
        }
        return HttpExchanges.send(this.http, http.build(), answerExecutor, maxResponseSize);
    }

    /** https, or http to a loopback address (the sandbox); anything else needs allowInsecureHttp. */
    public static void checkTarget(URI uri, boolean allowInsecureHttp) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ("https".equals(scheme)) {
            return;
        }
        if (!"http".equals(scheme)) {
            throw new IllegalArgumentException("payment requests go to http(s) URLs, not " + uri.getScheme());
        }
        if (allowInsecureHttp || isLoopback(uri.getHost())) {
            return;
        }
        throw new IllegalArgumentException("plain http is allowed for loopback addresses only (a payment credential"
                + " is a bearer instrument): use https for " + uri.getHost());
    }

    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if ("localhost".equalsIgnoreCase(bare)) {
            return true;
        }
        // only address literals: a name resolved now could resolve elsewhere when connecting (DNS rebinding)
        if (!bare.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") && !(bare.contains(":") && bare.matches("[0-9a-fA-F:.]+"))) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Client settings; a wallet is needed to pay, not to quote. */
    public static final class Builder {
        private HttpClient httpClient;
        private Wallet wallet;
        private PaymentPolicy policy = PaymentPolicy.defaults();
        private PaymentLedger ledger = new InMemoryPaymentLedger();
        private GasSource gasSource = GasSource.fixed(GasSettings.DEFAULT);
        /** mppx's sponsor limits: what a sane payment transaction never exceeds. */
        private GasSettings feeBounds = new GasSettings(java.math.BigInteger.valueOf(2_000_000),
                java.math.BigInteger.valueOf(100_000_000_000L), java.math.BigInteger.ZERO);
        private TempoChargeSigner.FeeToken feeToken = TempoChargeSigner.FeeToken.NONE;
        private Duration validity = TempoChargeSigner.DEFAULT_VALIDITY;
        private String clientId;
        private Clock clock = Clock.systemUTC();
        private LongSupplier validAfter;
        private int maxPaymentAttempts = 2;
        private Duration requestTimeout = Duration.ofSeconds(60);
        private Executor signingExecutor = ForkJoinPool.commonPool();
        private Executor answerExecutor;
        private long maxResponseSize = HttpExchanges.DEFAULT_MAX_RESPONSE_SIZE;
        private boolean allowInsecureHttp;

        private Builder() {
        }

        /** A client of your own; it must not follow redirects. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        public Builder wallet(Wallet wallet) {
            this.wallet = wallet;
            return this;
        }

        public Builder policy(PaymentPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        public Builder ledger(PaymentLedger ledger) {
            this.ledger = Objects.requireNonNull(ledger, "ledger");
            return this;
        }

        public Builder gasSource(GasSource gasSource) {
            this.gasSource = Objects.requireNonNull(gasSource, "gasSource");
            return this;
        }

        /** The largest gas limit and max fee per gas this client signs, whatever the gas source says. */
        public Builder feeBounds(GasSettings feeBounds) {
            this.feeBounds = Objects.requireNonNull(feeBounds, "feeBounds");
            return this;
        }

        public Builder feeToken(TempoChargeSigner.FeeToken feeToken) {
            this.feeToken = Objects.requireNonNull(feeToken, "feeToken");
            return this;
        }

        /** How long a signed transaction stays valid (at most until the challenge expires); 25 s by default. */
        public Builder validity(Duration validity) {
            if (validity == null || validity.isNegative() || validity.isZero() || validity.compareTo(Duration.ofSeconds(30)) > 0) {
                throw new IllegalArgumentException("validity must be within (0, 30 s]: Tempo's expiring nonces allow 30 s");
            }
            this.validity = validity;
            return this;
        }

        /** Names this client in attribution memos. */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** A {@code valid_after} for each transaction (left empty by default). */
        public Builder validAfter(LongSupplier validAfter) {
            this.validAfter = validAfter;
            return this;
        }

        /** How many credentials one request may send, each for a fresh challenge after a refusal; 2 by default. */
        public Builder maxPaymentAttempts(int maxPaymentAttempts) {
            if (maxPaymentAttempts < 1) {
                throw new IllegalArgumentException("maxPaymentAttempts is at least 1");
            }
            this.maxPaymentAttempts = maxPaymentAttempts;
            return this;
        }

        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
            return this;
        }

        /** Where policy checks, ledger writes and signing run (never the HTTP client's threads). */
        public Builder signingExecutor(Executor signingExecutor) {
            this.signingExecutor = Objects.requireNonNull(signingExecutor, "signingExecutor");
            return this;
        }

        /**
         * Where HTTP answers are handed over (a pooled executor); by default {@code sendAsync}'s, which is a new
         * thread per answer on machines with fewer than three cores.
         */
        public Builder answerExecutor(Executor answerExecutor) {
            this.answerExecutor = Objects.requireNonNull(answerExecutor, "answerExecutor");
            return this;
        }

        /** The largest answer body read, in bytes; a larger one fails the call (32 MiB by default). */
        public Builder maxResponseSize(long maxResponseSize) {
            if (maxResponseSize < 1) {
                throw new IllegalArgumentException("maxResponseSize must be positive");
            }
            this.maxResponseSize = maxResponseSize;
            return this;
        }

        /** Allows plain http to non-loopback hosts. Only for networks you control. */
        public Builder allowInsecureHttp(boolean allowInsecureHttp) {
            this.allowInsecureHttp = allowInsecureHttp;
            return this;
        }

        public MppClient build() {
            return new MppClient(this);
        }
    }
}
