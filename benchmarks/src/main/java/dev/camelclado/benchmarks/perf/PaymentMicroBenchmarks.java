package dev.camelclado.benchmarks.perf;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import dev.camelclado.mpp.core.Base64Url;
import dev.camelclado.mpp.core.ChallengeParser;
import dev.camelclado.mpp.core.Json;
import dev.camelclado.mpp.core.PaymentChallenge;
import dev.camelclado.mpp.policy.PaymentPolicy;
import dev.camelclado.mpp.server.ChallengeIssuer;
import dev.camelclado.mpp.server.ChargeVerifier;
import dev.camelclado.mpp.server.VerifiedCharge;
import dev.camelclado.mpp.tempo.GasSettings;
import dev.camelclado.mpp.tempo.GasSource;
import dev.camelclado.mpp.tempo.TempoChargeRequest;
import dev.camelclado.mpp.tempo.TempoChargeSigner;
import dev.camelclado.mpp.tempo.TempoNetworks;
import dev.camelclado.mpp.wallet.Wallets;
import dev.camelclado.sandbox.CladoSandbox;

/**
 * The CPU cost of one payment on one core: a Tempo charge signature, the client's whole turn from a 402's
 * {@code WWW-Authenticate} to the {@code Authorization} value of its retry, and the gateway's verification of that
 * credential. The challenges are the sandbox gateway's for deep-research status reads ($0.003, request-bound
 * {@code opaque}), issued by the same {@link ChallengeIssuer} the gateway uses; gas is fixed, so no node is asked.
 *
 * <p>Each invocation takes the next of {@link #POOL} challenges for different jobs. With one challenge, every
 * signature within a clock second would be the same message (the transaction's {@code validBefore} has a
 * resolution of one second, and ECDSA here is deterministic), and web3j finds the recovery id by recovering the
 * public key once or twice depending on the signature: an iteration would measure whichever case its second fell
 * into. Distinct challenges mix both cases as real payments do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class PaymentMicroBenchmarks {

    /** A power of two, so that cycling through the pool is a mask. */
    static final int POOL = 256;
    static final String REALM = "clado.mpp.paywithlocus.com";
    static final String ROUTE = "deep-research-status";
    /** GatewayOperation.FEE: the price of a status read in base units. */
    static final long PRICE = 3_000;
    /** Hours, so that neither the policy nor the verifier ever sees one expire during a run. */
    static final Duration CHALLENGE_LIFETIME = Duration.ofHours(6);

    Clock clock;
    TempoChargeSigner signer;
    PaymentPolicy policy;
    ChallengeIssuer issuer;
    /** What the gateway charges for a status read. */
    ObjectNode expected;
    /** Per challenge: the opaque the gateway binds it to, the 402's header as the client receives it, its parsed form. */
    String[] opaques = new String[POOL];
    List<List<String>> wwwAuthenticate = new ArrayList<>();
    PaymentChallenge[] challenges = new PaymentChallenge[POOL];
    TempoChargeRequest[] charges = new TempoChargeRequest[POOL];
    GasSettings gas;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        clock = Clock.systemUTC();
        // MppClient's own signer for the defaults of its builder: fixed gas, its fee bounds, no fee token, 25 s validity
        signer = new TempoChargeSigner(Wallets.fromPrivateKey(BenchSandbox.PAYER_KEY), GasSource.fixed(GasSettings.DEFAULT),
                new GasSettings(BigInteger.valueOf(2_000_000), BigInteger.valueOf(100_000_000_000L), BigInteger.ZERO),
                TempoChargeSigner.FeeToken.NONE, TempoChargeSigner.DEFAULT_VALIDITY, null, clock, null);
        // the policy the component builds for BenchSandbox.paidApplication
        policy = PaymentPolicy.builder().maxAmount(BigInteger.valueOf(1_000_000))
                .allowedRecipients(Set.of(CladoSandbox.DEFAULT_RECIPIENT)).build();
        issuer = new ChallengeIssuer("payment-micro-benchmarks-secret-0123456789".getBytes(StandardCharsets.UTF_8),
                REALM, clock, CHALLENGE_LIFETIME);
        // GatewayApi.chargeRequest and its request binding, with the sandbox's default chain, token and recipient
        expected = Json.MAPPER.createObjectNode();
        expected.put("amount", Long.toString(PRICE));
        expected.put("currency", TempoNetworks.PATH_USD);
        expected.putObject("methodDetails").put("chainId", TempoNetworks.TESTNET);
        expected.put("recipient", CladoSandbox.DEFAULT_RECIPIENT);
        for (int i = 0; i < POOL; i++) {
            byte[] body = ("{\"jobId\":\"benchmark-status-job-" + i + "\"}").getBytes(StandardCharsets.UTF_8);
            opaques[i] = ChallengeIssuer.opaque(Map.of("route", ROUTE, "body", Base64Url.encode(sha256(body))));
            ChallengeIssuer.Issued issued = issuer.issue(expected, "Clado " + ROUTE, false, opaques[i]);
            wwwAuthenticate.add(List.of(issued.headerValue()));
            challenges[i] = issued.challenge();
            charges[i] = TempoChargeRequest.of(challenges[i]);
        }
        gas = signer.gasFor(challenges[0], charges[0]);
    }

    /** The pool index the next invocation uses. */
    int next() {
        int index = next;
        next = (index + 1) & (POOL - 1);
        return index;
    }

    /** One signed charge: transferWithMemo call, RLP, keccak, secp256k1 signature, credential object. */
    @Benchmark
    public TempoChargeSigner.SignedCharge signCharge() {
        int i = next();
        return signer.sign(challenges[i], charges[i], gas);
    }

    /**
     * MppClient.prepare without the ledger (reserve, transactionSigned: storage, measured end to end elsewhere):
     * MppClient.choose is package-private, so its rule (first tempo/charge challenge) is repeated here.
     */
    @Benchmark
    public String challengeToCredential() {
        PaymentChallenge offered = null;
        for (PaymentChallenge candidate : ChallengeParser.parse(wwwAuthenticate.get(next()))) {
            if (candidate.is("tempo", "charge")) {
                offered = candidate;
                break;
            }
        }
        TempoChargeRequest asked = TempoChargeRequest.of(offered);
        policy.check(offered, asked, clock.instant());
        TempoChargeSigner.SignedCharge signed = signer.sign(offered, asked, signer.gasFor(offered, asked));
        return signed.credential().headerValue();
    }

    /** A credential per challenge of the pool, signed again each iteration: a transaction is valid for 25 s only. */
    @State(Scope.Thread)
    public static class Presented {
        final String[] credentials = new String[POOL];

        @Setup(Level.Iteration)
        public void sign(PaymentMicroBenchmarks benchmarks) {
            for (int i = 0; i < POOL; i++) {
                credentials[i] = benchmarks.signer.sign(benchmarks.challenges[i], benchmarks.charges[i], benchmarks.gas)
                        .credential().headerValue();
            }
        }
    }

    /**
     * GatewayApi's check of a credential: decode, HMAC of the echoed challenge, expiry, opaque, price, transaction
     * decode and signer recovery, transfer and memo. A verifier accepts a challenge once, so each call gets a new
     * one: two empty maps, nothing beside a signature recovery.
     */
    @Benchmark
    public VerifiedCharge verifyCharge(Presented presented) {
        int i = next();
        return new ChargeVerifier(issuer).verify(presented.credentials[i], expected, opaques[i]);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }
}
