package dev.camelclado.mpp.core;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One {@code WWW-Authenticate: Payment} challenge. String parameters are kept exactly as received, because the
 * server binds the challenge id to them (HMAC) and the credential must echo them byte for byte; {@code request} is
 * also decoded for reading.
 */
public final class PaymentChallenge {

    /** The only alternate credential header a challenge may ask for. */
    public static final String PAYMENT_AUTHORIZATION = "Payment-Authorization";

    private final Map<String, String> params;
    private final JsonNode request;
    private final Instant expiresAt;

    PaymentChallenge(Map<String, String> params, JsonNode request, Instant expiresAt) {
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.request = request;
        this.expiresAt = expiresAt;
    }

    public String id() {
        return params.get("id");
    }

    public String realm() {
        return params.get("realm");
    }

    public String method() {
        return params.get("method");
    }

    public String intent() {
        return params.get("intent");
    }

    /** The {@code request} parameter as received (base64url of JSON). */
    public String requestEncoded() {
        return params.get("request");
    }

    /** The decoded {@code request} object. */
    public JsonNode request() {
        return request;
    }

    /** The {@code expires} parameter as received, or null. */
    public String expires() {
        return params.get("expires");
    }

    /** When the challenge expires, or null if it does not say. */
    public Instant expiresAt() {
        return expiresAt;
    }

    public String digest() {
        return params.get("digest");
    }

    public String description() {
        return params.get("description");
    }

    public String opaque() {
        return params.get("opaque");
    }

    /** The {@code header} parameter: where the credential goes, null for {@code Authorization}. */
    public String header() {
        return params.get("header");
    }

    /** The header the credential must be sent in: {@code Authorization} or {@code Payment-Authorization}. */
    public String credentialHeaderName() {
        return header() == null ? "Authorization" : PAYMENT_AUTHORIZATION;
    }

    /** All parameters, lower-case names, in the order received. */
    public Map<String, String> params() {
        return params;
    }

    public boolean is(String method, String intent) {
        return method.equals(method()) && intent.equals(intent());
    }

    public boolean isExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** The decoded request as JSON text, for logs and errors. */
    public String requestJson() {
        return new String(Base64Url.decode(requestEncoded(), "request"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "PaymentChallenge[id=" + id() + ", realm=" + realm() + ", " + method() + "/" + intent() + ", expires="
                + expires() + "]";
    }
}
