package dev.camelclado.mpp.core;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A {@code Payment-Receipt}: the server's statement that it was paid, with a reference (the Tempo tx hash). */
public record PaymentReceipt(String status, String method, String reference, String timestamp, String externalId,
        String rawHeader) {

    public static final String HEADER = "Payment-Receipt";

    /** Reads a receipt header value; {@code status} must be {@code success} and {@code reference} present. */
    public static PaymentReceipt parse(String headerValue) {
        JsonNode json = Json.object(Base64Url.decode(headerValue == null ? null : headerValue.trim(), HEADER), HEADER);
        String status = Json.text(json, "status", HEADER);
        if (!"success".equals(status)) {
            throw new MppProtocolException(HEADER + ".status must be \"success\", was " + status);
        }
        String reference = Json.text(json, "reference", HEADER);
        if (reference == null || reference.isEmpty()) {
            throw new MppProtocolException(HEADER + " has no reference");
        }
        return new PaymentReceipt(status, Json.text(json, "method", HEADER), reference, Json.text(json, "timestamp", HEADER),
                Json.text(json, "externalId", HEADER), headerValue.trim());
    }

    /** A receipt header value (server side). */
    public static String encode(String method, String reference, String timestamp) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("method", method);
        json.put("reference", reference);
        json.put("status", "success");
        json.put("timestamp", timestamp);
        return Base64Url.encode(Jcs.canonicalize(json).getBytes(StandardCharsets.UTF_8));
    }
}
