package dev.camelclado.mpp;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request to a paid resource. The same method, URI, headers and body bytes are sent again with the credential, so
 * the server prices and serves exactly what was asked. {@code idempotencyKey} names the logical request: the ledger
 * refuses a second payment for a key whose payment settled or may still settle.
 */
public record MppRequest(String method, URI uri, Map<String, String> headers, byte[] body, String label,
        String idempotencyKey) {

    public MppRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers == null ? Map.of() : headers));
        body = body == null ? null : body.clone();
    }

    /** A JSON POST, as the Locus gateway takes every operation. */
    public static MppRequest postJson(URI uri, byte[] json, String label, String idempotencyKey) {
        return new MppRequest("POST", uri, Map.of("Content-Type", "application/json", "Accept", "application/json"), json,
                label, idempotencyKey);
    }

    @Override
    public byte[] body() {
        return body == null ? null : body.clone();
    }

    @Override
    public String toString() {
        return "MppRequest[" + method + " " + uri + ", " + (body == null ? 0 : body.length) + " bytes, label=" + label + "]";
    }
}
