package dev.camelclado.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import dev.camelclado.sandbox.data.Json;

/** An incoming request, read once and decoded, so handlers and the request log see the same thing. */
public final class SandboxRequest {

    private final String method;
    private final String path;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private Map<String, String> pathParams = Map.of();
    private String jobId;

    public SandboxRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        this(method, path, null, rawQuery, headers, body);
    }

    /** @param rawPath the path as sent, still percent-encoded: routes match its segments, as a real server's do */
    public SandboxRequest(String method, String path, String rawPath, String rawQuery, Map<String, List<String>> headers,
            byte[] body) {
        this.method = method;
        this.path = path;
        this.rawPath = rawPath;
        this.rawQuery = rawQuery;
        this.query = parseQuery(rawQuery);
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        this.headers = Collections.unmodifiableMap(lower);
        this.body = body;
    }

    private static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return result;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            result.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return result;
    }

    void pathParams(Map<String, String> params) {
        this.pathParams = Map.copyOf(params);
    }

    public String method() {
        return method;
    }

    /** The path as sent (percent-encoded), or the decoded path for a request made inside the sandbox. */
    public String rawPath() {
        return rawPath != null ? rawPath : path;
    }

    public String path() {
        return path;
    }

    public String rawQuery() {
        return rawQuery;
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** The job this request is about: the {@code jobId} path parameter, or what a handler found in the body. */
    public String jobId() {
        return jobId != null ? jobId : pathParams.get("jobId");
    }

    public void jobId(String jobId) {
        this.jobId = jobId;
    }

    public Map<String, List<String>> queryParams() {
        return query;
    }

    /** The first value of a query parameter, or null. */
    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> queryParams(String name) {
        return query.getOrDefault(name, List.of());
    }

    /** The first value of a header (case-insensitive), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    public byte[] body() {
        return body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The JSON body; an empty body reads as JSON null, a malformed one is a 422 like FastAPI's. */
    public JsonNode bodyJson() {
        if (body.length == 0) {
            return NullNode.getInstance();
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw ApiError.detail(422, "Request body is not valid JSON");
        }
    }
}
