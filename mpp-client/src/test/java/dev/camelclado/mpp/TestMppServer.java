package dev.camelclado.mpp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.camelclado.mpp.core.Json;
import dev.camelclado.mpp.core.PaymentReceipt;
import dev.camelclado.mpp.core.ProblemDetails;
import dev.camelclado.mpp.server.ChallengeIssuer;
import dev.camelclado.mpp.server.ChargeVerifier;
import dev.camelclado.mpp.server.PaymentVerificationException;
import dev.camelclado.mpp.server.VerifiedCharge;
import dev.camelclado.mpp.tempo.TempoNetworks;

/**
 * A loopback MPP server for client tests: every request costs {@link #price}; what happens to a credential is
 * scripted per test (accept, refuse, fail after payment, drop the connection...).
 */
final class TestMppServer implements AutoCloseable {

    static final String RECIPIENT = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    enum Reaction {
        ACCEPT, REFUSE_WITH_FRESH, REFUSE_SAME_ID, INTERNAL_PAYMENT_ERROR, UPSTREAM_502, DROP, REDIRECT,
        /** Refuses and offers a fresh challenge at 2,000,000 base units. */
        REFUSE_WITH_DEARER,
        /** Refuses and offers a fresh challenge paying someone else. */
        REFUSE_WITH_OTHER_RECIPIENT,
        /** Refuses and offers a fresh challenge that has already expired. */
        REFUSE_WITH_EXPIRED,
        /** Accepts, then announces a body it cuts short and closes the connection. */
        PAID_TRUNCATED,
        /** Accepts and answers 200 with an HTML page instead of JSON. */
        PAID_HTML,
        /** Accepts and answers with two different Payment-Receipt headers. */
        PAID_TWO_RECEIPTS,
        /** Accepts and answers after {@link #slowBody}, one byte at a time. */
        PAID_SLOW,
        /** Accepts, then passes on the upstream's own 402 (no Payment challenge): the payment is kept. */
        PAID_BARE_402
    }

    volatile Duration slowBody = Duration.ofMillis(300);

    static final String OTHER_RECIPIENT = "0x0000000000000000000000000000000000000bad";

    /** One request as received. */
    record Received(String method, String path, Map<String, List<String>> headers, String body, int status) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    private static final String BODY = "test.body";
    final List<VerifiedCharge> paid = new CopyOnWriteArrayList<>();
    final List<Reaction> script = new CopyOnWriteArrayList<>();
    volatile long price = 3000;
    volatile boolean paymentAuthorizationHeader;
    volatile Duration lifetime = Duration.ofMinutes(5);
    private final ChallengeIssuer issuer;
    private final ChargeVerifier verifier;

    TestMppServer() throws IOException {
        Clock clock = new TickingClock(Instant.now());
        this.issuer = new ChallengeIssuer("test-server-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8),
                "api.test", clock, Duration.ofMinutes(5));
        this.verifier = new ChargeVerifier(issuer);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    ObjectNode expected() {
        ObjectNode request = Json.MAPPER.createObjectNode();
        request.put("amount", Long.toString(price));
        request.put("currency", TempoNetworks.PATH_USD);
        request.putObject("methodDetails").put("chainId", TempoNetworks.TESTNET);
        request.put("recipient", RECIPIENT);
        return request;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        exchange.setAttribute(BODY, body);
        String credential = exchange.getRequestHeaders().getFirst(paymentAuthorizationHeader ? "Payment-Authorization"
                : "Authorization");
        if (price < 0) {
            // a free resource: no payment asked
            send(exchange, 200, "{\"free\":true}".getBytes(StandardCharsets.UTF_8));
        } else if (credential == null || !credential.startsWith("Payment ")) {
            challenge(exchange, 402, "payment-required", "Payment required.");
        } else {
            Reaction reaction = script.isEmpty() ? Reaction.ACCEPT : script.remove(0);
            react(exchange, reaction, credential);
        }
    }

    /** Records the request before it is answered, so a client that has its answer finds it recorded. */
    private void record(HttpExchange exchange, int status) {
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                Map.copyOf(exchange.getRequestHeaders()), (String) exchange.getAttribute(BODY), status));
    }

    private int react(HttpExchange exchange, Reaction reaction, String credential) throws IOException {
        switch (reaction) {
            case DROP:
                record(exchange, -1);
                exchange.close();
                return -1;
            case REFUSE_WITH_FRESH:
                return challenge(exchange, 402, "verification-failed", "Invalid payment proof.");
            case REFUSE_WITH_DEARER:
                price = 2_000_000;
                return challenge(exchange, 402, "verification-failed", "Invalid payment proof.");
            case REFUSE_WITH_OTHER_RECIPIENT:
                return hostileChallenge(exchange, expected().put("recipient", OTHER_RECIPIENT), Duration.ofMinutes(5));
            case REFUSE_WITH_EXPIRED:
                return hostileChallenge(exchange, expected(), Duration.ofMinutes(-1));
            case INTERNAL_PAYMENT_ERROR:
                return challenge(exchange, 500, "internal-payment-error", "insufficient funds");
            case REFUSE_SAME_ID:
                String echoed = dev.camelclado.mpp.core.PaymentCredential.decode(credential).path("challenge").path("id").asText();
                exchange.getResponseHeaders().add("WWW-Authenticate", "Payment id=\"" + echoed + "\", realm=\"api.test\","
                        + " method=\"tempo\", intent=\"charge\", request=\"e30\"");
                return send(exchange, 402, ProblemDetails.body("invalid-challenge", "Invalid Challenge", 402, "no", null));
            default:
                break;
        }
        VerifiedCharge verified;
        try {
            verified = verifier.verify(credential, expected());
        } catch (PaymentVerificationException e) {
            return challenge(exchange, 402, e.code(), e.getMessage());
        }
        paid.add(verified);
        if (reaction == Reaction.PAID_BARE_402) {
            return send(exchange, 402, "{\"detail\":\"Insufficient credits\"}".getBytes(StandardCharsets.UTF_8));
        }
        if (reaction == Reaction.UPSTREAM_502) {
            return send(exchange, 502, "{\"error\":\"upstream failed\"}".getBytes(StandardCharsets.UTF_8));
        }
        if (reaction == Reaction.REDIRECT) {
            exchange.getResponseHeaders().add("Location", url("/elsewhere"));
            return send(exchange, 302, new byte[0]);
        }
        exchange.getResponseHeaders().add(PaymentReceipt.HEADER, PaymentReceipt.encode("tempo",
                verified.transaction() == null ? verified.challengeId() : verified.transaction().hash(), Instant.now().toString()));
        byte[] ok = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
        switch (reaction) {
            case PAID_TRUNCATED:
                try (exchange; OutputStream out = exchange.getResponseBody()) {
                    record(exchange, 200);
                    exchange.sendResponseHeaders(200, ok.length * 10L);
                    out.write(ok, 0, 3);
                }
                return 200;
            case PAID_HTML:
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                return send(exchange, 200, "<html>paid, thanks</html>".getBytes(StandardCharsets.UTF_8));
            case PAID_TWO_RECEIPTS:
                exchange.getResponseHeaders().add(PaymentReceipt.HEADER, PaymentReceipt.encode("tempo",
                        "0x" + "ab".repeat(32), Instant.now().toString()));
                return send(exchange, 200, ok);
            case PAID_SLOW:
                try (exchange; OutputStream out = exchange.getResponseBody()) {
                    record(exchange, 200);
                    exchange.sendResponseHeaders(200, ok.length);
                    for (byte b : ok) {
                        out.write(b);
                        out.flush();
                        sleep(slowBody.toMillis() / ok.length);
                    }
                }
                return 200;
            default:
                return send(exchange, 200, ok);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int challenge(HttpExchange exchange, int status, String code, String detail) throws IOException {
        ChallengeIssuer.Issued issued = issuer.issue(expected(), "test", paymentAuthorizationHeader);
        exchange.getResponseHeaders().add("WWW-Authenticate", issued.headerValue());
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        return send(exchange, status, ProblemDetails.body(code, code, status, detail, issued.challenge().id()));
    }

    private int hostileChallenge(HttpExchange exchange, ObjectNode request, Duration lifetime) throws IOException {
        ChallengeIssuer other = new ChallengeIssuer("test-server-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8),
                "api.test", new TickingClock(Instant.now()), lifetime);
        ChallengeIssuer.Issued issued = other.issue(request, "test", false);
        exchange.getResponseHeaders().add("WWW-Authenticate", issued.headerValue());
        return send(exchange, 402, ProblemDetails.body("verification-failed", "no", 402, "no", issued.challenge().id()));
    }

    private int send(HttpExchange exchange, int status, byte[] body) throws IOException {
        record(exchange, status);
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            out.write(body);
        }
        return status;
    }

    List<Received> withCredential() {
        List<Received> result = new ArrayList<>();
        for (Received r : received) {
            if (r.header("Authorization") != null && r.header("Authorization").startsWith("Payment ")
                    || r.header("Payment-Authorization") != null) {
                result.add(r);
            }
        }
        return result;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
