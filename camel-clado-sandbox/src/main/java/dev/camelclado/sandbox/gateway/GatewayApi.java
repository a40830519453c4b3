package dev.camelclado.sandbox.gateway;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelclado.mpp.core.Base64Url;
import dev.camelclado.mpp.core.PaymentReceipt;
import dev.camelclado.mpp.core.ProblemDetails;
import dev.camelclado.mpp.server.ChallengeIssuer;
import dev.camelclado.mpp.server.ChargeVerifier;
import dev.camelclado.mpp.server.FeePayer;
import dev.camelclado.mpp.server.PaymentVerificationException;
import dev.camelclado.mpp.server.VerifiedCharge;
import dev.camelclado.sandbox.data.Json;
import dev.camelclado.sandbox.http.ApiError;
import dev.camelclado.sandbox.http.SandboxRequest;
import dev.camelclado.sandbox.http.SandboxResponse;

/**
 * The Locus MPP gateway in front of the sandbox's Clado API: {@code POST /clado/<route>} with a JSON body answers
 * 402 with a {@code tempo}/{@code charge} challenge priced for that body; a credential is verified for real
 * (HMAC-bound challenge, expiry, single use, decoded transaction, recovered signer, chain, token, recipient,
 * amount, bound memo, and by default the route and body it was issued for); the payer's simulated balance pays; the
 * call goes to Clado and comes back with a {@code Payment-Receipt}. When Clado fails after payment the payer is
 * refunded, as Locus promises.
 */
public final class GatewayApi {

    /** Who the gateway pays Clado as. */
    public static final String UPSTREAM_KEY = "lk_sandbox_locus_gateway";

    private final ChallengeIssuer issuer;
    private final ChargeVerifier verifier;
    private final FeePayer feePayer;
    private final long chainId;
    private final String currency;
    private final String recipient;
    private final boolean paymentAuthorizationHeader;
    private final boolean bindRequests;
    private final List<String> supportedModes;
    private final PayerBalances balances;
    private final Function<SandboxRequest, SandboxResponse> upstream;
    private final Supplier<PaidFault.Due> paidFaults;
    private final List<GatewayPayment> payments = new CopyOnWriteArrayList<>();

    public GatewayApi(ChallengeIssuer issuer, FeePayer feePayer, long chainId, String currency, String recipient,
            boolean paymentAuthorizationHeader, boolean bindRequests, List<String> supportedModes, PayerBalances balances,
            Function<SandboxRequest, SandboxResponse> upstream, Supplier<PaidFault.Due> paidFaults) {
        this.issuer = issuer;
        this.verifier = new ChargeVerifier(issuer);
        this.feePayer = feePayer;
        this.chainId = chainId;
        this.currency = currency;
        this.recipient = recipient;
        this.paymentAuthorizationHeader = paymentAuthorizationHeader;
        this.bindRequests = bindRequests;
        this.supportedModes = List.copyOf(supportedModes);
        this.balances = balances;
        this.upstream = upstream;
        this.paidFaults = paidFaults;
    }

    public SandboxResponse handle(SandboxRequest request) {
        GatewayOperation operation = GatewayOperation.ALL.get(request.pathParam("op"));
        if (operation == null) {
            throw ApiError.detail(404, "Unknown Clado operation " + request.pathParam("op"));
        }
        JsonNode body = request.bodyJson();
        if (body.isNull()) {
            body = Json.object();
        }
        if (!body.isObject()) {
            throw gatewayError(400, "The request body must be a JSON object");
        }
        String problem = operation.problem(body);
        if (problem != null) {
            throw gatewayError(400, problem);
        }
        if (operation.needsJobId()) {
            request.jobId(body.path("jobId").asText());
        }
        long price = operation.price().applyAsLong(body);
        ObjectNode expected = chargeRequest(price);
        String opaque = bindRequests ? ChallengeIssuer.opaque(Map.of("route", operation.route(),
                "body", Base64Url.encode(sha256(request.body())))) : null;
        String credential = request.header(paymentAuthorizationHeader ? "Payment-Authorization" : "Authorization");
        if (credential == null || !credential.regionMatches(true, 0, "Payment ", 0, 8)) {
            return challenge(operation, expected, opaque, 402, "payment-required", "Payment Required",
                    "Payment is required (Clado " + operation.route() + ").");
        }
        VerifiedCharge verified;
        try {
            verified = verifier.verify(credential, expected, opaque);
        } catch (PaymentVerificationException e) {
            return challenge(operation, expected, opaque, 402, e.code(), e.title(), e.getMessage());
        }
        BigInteger amount = verified.amount();
        if (!balances.debit(verified.payer(), amount)) {
            // what mppx answers when simulating the transfer fails for lack of funds
            return challenge(operation, expected, opaque, 500, "internal-payment-error", "Internal Payment Error",
                    "Payment simulation failed: insufficient funds for " + amount + " base units.");
        }
        PaidFault.Due fault = paidFaults.get();
        if (fault != null && !fault.fault().kept()) {
            balances.credit(verified.payer(), amount);
            recordPayment(operation, verified,
                    verified.transaction() == null ? verified.challengeId() : verified.transaction().hash(), true);
            return challenge(operation, fault.fault() == PaidFault.DEARER_402 ? chargeRequest(price * 10) : expected, opaque,
                    402, "verification-failed", "Verification Failed", "The payment could not be verified; pay again.");
        }
        SandboxResponse answer = null;
        String reference = verified.challengeId();
        try {
            if (verified.transaction() != null) {
                reference = verified.transaction().sponsored() && feePayer != null
                        ? feePayer.cosign(verified.transaction(), currency).hash()
                        : verified.transaction().hash();
            }
            answer = upstream.apply(forward(operation, body));
        } finally {
            // Locus refunds when the upstream call fails after payment: here also for failures of our own
            boolean refunded = answer == null || answer.status() >= 400;
            if (refunded) {
                balances.credit(verified.payer(), amount);
            }
            recordPayment(operation, verified, reference, refunded);
        }
        if (answer.status() < 400) {
            answer.header(PaymentReceipt.HEADER, receipt(reference));
            answer.header("Cache-Control", "private");
        }
        return fault == null ? answer : misbehave(fault, answer);
    }

    private void recordPayment(GatewayOperation operation, VerifiedCharge verified, String reference, boolean refunded) {
        payments.add(new GatewayPayment(operation.route(), verified.payer(), verified.amount(), currency,
                verified.challengeId(), reference, verified.transaction() != null && verified.transaction().sponsored(),
                refunded, issuer.now()));
    }

    private String receipt(String reference) {
        return PaymentReceipt.encode("tempo", reference, ChallengeIssuer.timestamp(issuer.now()));
    }

    /** The answer a paid call gets from a gateway with this fault; the payment was taken and kept. */
    private SandboxResponse misbehave(PaidFault.Due fault, SandboxResponse answer) {
        String receipt = answer.headers().get(PaymentReceipt.HEADER);
        return switch (fault.fault()) {
            case DROP_CONNECTION -> answer.delivery(SandboxResponse.Delivery.DROP, java.time.Duration.ZERO);
            case NO_ANSWER -> answer.delivery(SandboxResponse.Delivery.STALL, fault.time());
            case SERVER_ERROR -> SandboxResponse.json(502, Json.object().put("error", "Bad gateway"));
            case BARE_402 -> SandboxResponse.json(402, Json.object().put("detail", "Insufficient credits"));
            case TRUNCATED_BODY -> answer.delivery(SandboxResponse.Delivery.CUT_SHORT, java.time.Duration.ZERO);
            case SLOW_BODY -> answer.delivery(SandboxResponse.Delivery.TRICKLE, fault.time());
            case INVALID_JSON -> withReceipt(SandboxResponse.raw(200,
                    java.util.Arrays.copyOf(answer.body(), answer.body().length / 2), "application/json"), receipt);
            case HTML_BODY -> withReceipt(SandboxResponse.raw(200,
                    "<html><body>Thank you for your payment</body></html>".getBytes(StandardCharsets.UTF_8),
                    "text/html; charset=utf-8"), receipt);
            case TWO_RECEIPTS -> answer.repeatHeader(PaymentReceipt.HEADER, receipt("0x" + "ab".repeat(32)));
            case HUGE_HEADERS -> {
                String filler = "x".repeat(1000);
                for (int i = 0; i < 1024; i++) {
                    answer.header("X-Filler-" + i, filler);
                }
                yield answer;
            }
            case FRESH_402, DEARER_402 -> throw new IllegalStateException(fault + " refunds before the call is made");
        };
    }

    private static SandboxResponse withReceipt(SandboxResponse response, String receipt) {
        return receipt == null ? response : response.header(PaymentReceipt.HEADER, receipt);
    }

    /**
     * The job whose status a gateway request reads ({@code deep-research-status}, {@code bulk-contacts-status}), from
     * its body; null for other routes and for bodies that name no job. Works before {@link #handle}, so that requests
     * that never reach it (scripted faults) are known too.
     */
    public static String statusReadOf(SandboxRequest request) {
        GatewayOperation operation = GatewayOperation.ALL.get(request.pathParam("op"));
        if (operation == null || !operation.needsJobId() || !"GET".equals(operation.method())) {
            return null;
        }
        try {
            JsonNode jobId = request.bodyJson().path("jobId");
            return jobId.isTextual() ? jobId.asText() : null;
        } catch (ApiError e) {
            return null;
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }

    private ObjectNode chargeRequest(long amount) {
        ObjectNode request = Json.object();
        request.put("amount", Long.toString(amount));
        request.put("currency", currency);
        ObjectNode details = request.putObject("methodDetails");
        details.put("chainId", chainId);
        if (feePayer != null) {
            details.put("feePayer", true);
        }
        if (!supportedModes.isEmpty()) {
            supportedModes.forEach(details.putArray("supportedModes")::add);
        }
        request.put("recipient", recipient);
        return request;
    }

    private SandboxResponse challenge(GatewayOperation operation, ObjectNode expected, String opaque, int status, String code,
            String title, String detail) {
        ChallengeIssuer.Issued issued = issuer.issue(expected, "Clado " + operation.route(), paymentAuthorizationHeader, opaque);
        byte[] body = ProblemDetails.body(code, title, status, detail, issued.challenge().id());
        return SandboxResponse.raw(status, body, "application/problem+json")
                .header("WWW-Authenticate", issued.headerValue())
                .header("Cache-Control", "no-store");
    }

    /** The Clado API call for a gateway body, made as the gateway's own account. */
    private SandboxRequest forward(GatewayOperation operation, JsonNode body) {
        String jobId = body.path("jobId").asText();
        String path = operation.path().replace("{jobId}", jobId);
        String rawPath = operation.path().replace("{jobId}",
                java.net.URLEncoder.encode(jobId, StandardCharsets.UTF_8).replace("+", "%20"));
        byte[] forwarded = new byte[0];
        String query = null;
        if (operation.query()) {
            query = operation.queryString(body);
        } else if (!operation.path().endsWith("/cancel")) {
            ObjectNode copy = ((ObjectNode) body).deepCopy();
            copy.remove("jobId");
            forwarded = Json.bytes(copy);
        }
        return new SandboxRequest(operation.method(), path, rawPath, query,
                Map.of("Authorization", List.of("Bearer " + UPSTREAM_KEY), "Content-Type", List.of("application/json")),
                forwarded);
    }

    private static ApiError gatewayError(int status, String message) {
        ObjectNode body = Json.object();
        body.put("error", message);
        return new ApiError(status, body, Map.of());
    }

    /** Payments accepted so far, oldest first. */
    public List<GatewayPayment> payments() {
        return new ArrayList<>(payments);
    }

    public PayerBalances balances() {
        return balances;
    }

    public String realm() {
        return issuer.realm();
    }
}
