package dev.camelclado.mpp.server;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelclado.mpp.core.Base64Url;
import dev.camelclado.mpp.core.ChallengeBinding;
import dev.camelclado.mpp.core.ChallengeParser;
import dev.camelclado.mpp.core.Jcs;
import dev.camelclado.mpp.core.PaymentChallenge;

/**
 * Issues {@code tempo}/{@code charge} challenges whose id is the HMAC of their parameters, formatted as mppx writes
 * them ({@code expires} with milliseconds, parameters in mppx's order), so no server state is needed to recognise
 * them later.
 */
public final class ChallengeIssuer {

    private static final DateTimeFormatter EXPIRES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final byte[] secret;
    private final String realm;
    private final Clock clock;
    private final Duration lifetime;

    /** A challenge and the header value that carries it. */
    public record Issued(PaymentChallenge challenge, String headerValue) {
    }

    public ChallengeIssuer(byte[] secret, String realm, Clock clock, Duration lifetime) {
        if (secret == null || secret.length < ChallengeBinding.MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("a challenge secret is at least " + ChallengeBinding.MIN_SECRET_BYTES + " bytes");
        }
        this.secret = secret.clone();
        this.realm = realm;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public String realm() {
        return realm;
    }

    /**
     * @param request     the charge request (amount, currency, recipient, methodDetails)
     * @param description shown to payers, or null
     * @param paymentAuthorizationHeader whether the credential must come in {@code Payment-Authorization}
     */
    public Issued issue(JsonNode request, String description, boolean paymentAuthorizationHeader) {
        return issue(request, description, paymentAuthorizationHeader, null);
    }

    /**
     * @param opaque server data bound to the challenge and echoed by the payer (for instance the route and a hash of
     *               the body, so that a credential bought for one request cannot be spent on another), or null
     */
    public Issued issue(JsonNode request, String description, boolean paymentAuthorizationHeader, String opaque) {
        String encoded = Base64Url.encode(Jcs.canonicalize(request).getBytes(StandardCharsets.UTF_8));
        String expires = EXPIRES.format(clock.instant().plus(lifetime));
        String header = paymentAuthorizationHeader ? PaymentChallenge.PAYMENT_AUTHORIZATION : null;
        String id = ChallengeBinding.computeId(secret,
                ChallengeBinding.input(realm, "tempo", "charge", encoded, expires, null, header, opaque));
        StringBuilder value = new StringBuilder("Payment id=").append(quote(id))
                .append(", realm=").append(quote(realm))
                .append(", method=\"tempo\", intent=\"charge\", request=").append(quote(encoded));
        if (description != null) {
            value.append(", description=").append(quote(description));
        }
        value.append(", expires=").append(quote(expires));
        if (header != null) {
            value.append(", header=").append(quote(header));
        }
        if (opaque != null) {
            value.append(", opaque=").append(quote(opaque));
        }
        return new Issued(ChallengeParser.parse(value.toString()).get(0), value.toString());
    }

    /** Whether an echoed challenge carries an id this issuer made for exactly these parameters. */
    public boolean isGenuine(JsonNode echoed) {
        if (!realm.equals(text(echoed, "realm")) || !"tempo".equals(text(echoed, "method"))
                || !"charge".equals(text(echoed, "intent"))) {
            return false;
        }
        String input = ChallengeBinding.input(text(echoed, "realm"), text(echoed, "method"), text(echoed, "intent"),
                text(echoed, "request"), text(echoed, "expires"), text(echoed, "digest"), text(echoed, "header"),
                text(echoed, "opaque"));
        return ChallengeBinding.verify(secret, input, text(echoed, "id"));
    }

    public Instant now() {
        return clock.instant();
    }

    /** The {@code opaque} value for a flat map of strings: base64url of its JCS form, as the core spec defines it. */
    public static String opaque(java.util.Map<String, String> values) {
        com.fasterxml.jackson.databind.node.ObjectNode json = dev.camelclado.mpp.core.Json.MAPPER.createObjectNode();
        values.forEach(json::put);
        return Base64Url.encode(Jcs.canonicalize(json).getBytes(StandardCharsets.UTF_8));
    }

    /** An instant as mppx writes times: RFC 3339 in UTC with milliseconds. */
    public static String timestamp(Instant instant) {
        return EXPIRES.format(instant);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /** A quoted-string, with mppx's {@code \\uXXXX} for characters outside Latin-1. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c > 0xff || c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
