package dev.camelclado.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelclado.sandbox.data.Json;

/** What a handler answers: status, headers and body bytes. */
public final class SandboxResponse {

    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final byte[] body;

    private SandboxResponse(int status, byte[] body, String contentType) {
        this.status = status;
        this.body = body;
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
    }

    public static SandboxResponse json(int status, JsonNode body) {
        return new SandboxResponse(status, Json.bytes(body), "application/json");
    }

    public static SandboxResponse ok(JsonNode body) {
        return json(200, body);
    }

    public static SandboxResponse raw(int status, byte[] body, String contentType) {
        return new SandboxResponse(status, body.clone(), contentType);
    }

    public static SandboxResponse text(int status, String body) {
        return new SandboxResponse(status, body.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
    }

    public static SandboxResponse of(ApiError error) {
        SandboxResponse response = json(error.status(), error.body());
        error.headers().forEach(response::header);
        return response;
    }

    public SandboxResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public byte[] body() {
        return body;
    }
}
