package dev.camelclado.mpp.core;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code Payment} credential: the echoed challenge, a method-specific payload and the payer's DID. Serialized as
 * base64url of its JCS form, which is what mppx sends, so the same inputs give the same header to the byte.
 */
public final class PaymentCredential {

    /** Challenge parameters a credential echoes when the challenge had them (unknown parameters are not echoed). */
    private static final String[] ECHOED = { "id", "realm", "method", "intent", "request", "expires", "digest", "opaque",
        "description", "header" };

    private final PaymentChallenge challenge;
    private final ObjectNode payload;
    private final String source;

    public PaymentCredential(PaymentChallenge challenge, ObjectNode payload, String source) {
        this.challenge = challenge;
        this.payload = payload.deepCopy();
        this.source = source;
    }

    public PaymentChallenge challenge() {
        return challenge;
    }

    public ObjectNode payload() {
        return payload.deepCopy();
    }

    public String source() {
        return source;
    }

    /** The credential JSON. */
    public ObjectNode toJson() {
        ObjectNode json = Json.MAPPER.createObjectNode();
        ObjectNode echo = json.putObject("challenge");
        for (String name : ECHOED) {
            String value = challenge.params().get(name);
            if (value != null) {
                echo.put(name, value);
            }
        }
        json.set("payload", payload.deepCopy());
        if (source != null) {
            json.put("source", source);
        }
        return json;
    }

    /** The value of the credential header: {@code Payment <base64url(JCS(credential))>}. */
    public String headerValue() {
        return "Payment " + Base64Url.encode(Jcs.canonicalize(toJson()).getBytes(StandardCharsets.UTF_8));
    }

    /** The header it goes in, as the challenge asked. */
    public String headerName() {
        return challenge.credentialHeaderName();
    }

    /** Reads a credential header value (server side). */
    public static JsonNode decode(String headerValue) {
        if (headerValue == null || !headerValue.regionMatches(true, 0, "Payment ", 0, 8)) {
            throw new MppProtocolException("credential must start with 'Payment '");
        }
        return Json.object(Base64Url.decode(headerValue.substring(8).trim(), "credential"), "credential");
    }

    /** Never shows the payload (a signed transaction is a bearer instrument until it settles). */
    @Override
    public String toString() {
        return "PaymentCredential[challenge=" + challenge.id() + ", source=" + source + "]";
    }
}
