package dev.camelclado.sandbox.http;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelclado.sandbox.data.Json;

/**
 * An HTTP error answered the way the Clado API answers it: a status code and a JSON body, FastAPI style
 * ({@code {"detail": ...}}) unless the API documents another shape (429).
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient JsonNode body;
    private final transient Map<String, String> headers;

    public ApiError(int status, JsonNode body, Map<String, String> headers) {
        super("HTTP " + status + " " + body);
        this.status = status;
        this.body = body;
        this.headers = Map.copyOf(headers);
    }

    public static ApiError detail(int status, String detail) {
        ObjectNode body = Json.object();
        body.put("detail", detail);
        return new ApiError(status, body, Map.of());
    }

    /** FastAPI's 422 shape for a missing field. */
    public static ApiError missingField(String location, String field) {
        ObjectNode body = Json.object();
        ObjectNode item = body.putArray("detail").addObject();
        item.putArray("loc").add(location).add(field);
        item.put("msg", "field required");
        item.put("type", "value_error.missing");
        return new ApiError(422, body, Map.of());
    }

    public static ApiError rateLimited(long retryAfterSeconds) {
        ObjectNode body = Json.object();
        body.put("error", "Rate limit exceeded");
        body.put("retry_after", retryAfterSeconds);
        return new ApiError(429, body, Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    public int status() {
        return status;
    }

    public JsonNode body() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
