package dev.camelclado.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelclado.sandbox.data.Json;

/** What a handler answers: status, headers and body bytes, and how they are delivered. */
public final class SandboxResponse {

    /** How the answer reaches the client: faults a real network or a broken server produce. */
    public enum Delivery {
        /** Headers and the whole body. */
        WHOLE,
        /** Nothing: the connection is closed. */
        DROP,
        /** Nothing until the delivery time has passed, then the connection is closed. */
        STALL,
        /** The whole body, a few bytes at a time, over the delivery time. */
        TRICKLE,
        /** The whole body's length is announced, half of it sent, and the connection closed (without latency). */
        CUT_SHORT
    }

    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> repeatedHeaders = new ArrayList<>();
    private final byte[] body;
    private Delivery delivery = Delivery.WHOLE;
    private Duration deliveryTime = Duration.ZERO;

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

    /** Adds another value of a header, as a server sending it twice does. */
    public SandboxResponse repeatHeader(String name, String value) {
        repeatedHeaders.add(Map.entry(name, value));
        return this;
    }

    public SandboxResponse delivery(Delivery delivery, Duration time) {
        this.delivery = delivery;
        this.deliveryTime = time;
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** Values of headers sent more than once, besides {@link #headers()}. */
    public List<Map.Entry<String, String>> repeatedHeaders() {
        return repeatedHeaders;
    }

    public byte[] body() {
        return body;
    }

    public Delivery delivery() {
        return delivery;
    }

    public Duration deliveryTime() {
        return deliveryTime;
    }
}
