package dev.camelclado.mpp.core;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An RFC 9457 problem as MPP servers send it ({@code type} under {@code https://paymentauth.org/problems/}),
 * for example {@code verification-failed}, {@code invalid-challenge}, {@code payment-expired}.
 */
public record ProblemDetails(String type, String title, Integer status, String detail, String challengeId) {

    public static final String TYPE_PREFIX = "https://paymentauth.org/problems/";

    /** The problem code: the last part of {@code type} ({@code verification-failed}), or the type itself. */
    public String code() {
        if (type == null) {
            return null;
        }
        return type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
    }

    /** Reads a problem body; null when the body is not a JSON problem. */
    public static ProblemDetails parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        JsonNode json;
        try {
            json = Json.object(body, "problem");
        } catch (MppProtocolException e) {
            return null;
        }
        JsonNode status = json.get("status");
        return new ProblemDetails(textOrNull(json, "type"), textOrNull(json, "title"),
                status != null && status.canConvertToInt() ? status.intValue() : null, textOrNull(json, "detail"),
                textOrNull(json, "challengeId"));
    }

    private static String textOrNull(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /** A problem body (server side). */
    public static byte[] body(String code, String title, int status, String detail, String challengeId) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("type", TYPE_PREFIX + code);
        json.put("title", title);
        json.put("status", status);
        json.put("detail", detail);
        if (challengeId != null) {
            json.put("challengeId", challengeId);
        }
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return code() + " (" + status + "): " + (detail != null ? detail : title);
    }
}
