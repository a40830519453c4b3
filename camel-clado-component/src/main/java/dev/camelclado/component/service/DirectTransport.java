package dev.camelclado.component.service;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelclado.component.CladoOperation;
import dev.camelclado.component.model.CladoModels;
import dev.camelclado.mpp.core.HttpExchanges;

/**
 * Calls {@code https://search.clado.ai} with {@code Authorization: Bearer <apiKey>}: reads are GETs with query
 * parameters ({@code legacy=false} where the API has that flag), job starts and continue are POSTs with a JSON body,
 * job ids go in the path.
 */
public final class DirectTransport implements CladoTransport {

    static final String USER_AGENT = "camel-clado";

    private final HttpClient client;
    private final String baseUrl;
    private final String apiKey;
    private final Duration requestTimeout;
    private final Executor answers;
    private final long maxResponseSize;

    /**
     * @param answers         where answers are handed over and the exchange continues (the component's pool)
     * @param maxResponseSize the largest body read, in bytes
     */
    public DirectTransport(HttpClient client, String baseUrl, String apiKey, Duration requestTimeout, Executor answers,
            long maxResponseSize) {
        this.client = client;
        this.answers = answers;
        this.maxResponseSize = maxResponseSize;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public CompletableFuture<CladoHttpResponse> send(CladoRequest request) {
        CompletableFuture<CladoHttpResponse> answer = exchange(build(request, false));
        if (request.operation() == CladoOperation.DEEP_RESEARCH_CONTINUE) {
            // Older Clado docs name the field additionalLimit; if the API rejects additional_limit (422, not charged)
            // ask once more with the older name.
            answer = answer.thenCompose(response -> response.statusCode() == 422
                    ? exchange(build(request, true))
                    : CompletableFuture.completedFuture(response));
        }
        return answer;
    }

    private CompletableFuture<CladoHttpResponse> exchange(HttpRequest request) {
        return HttpExchanges.send(client, request, answers, maxResponseSize)
                .thenApply(response -> new CladoHttpResponse(response.statusCode(), response.headers(), response.body()));
    }

    HttpRequest build(CladoRequest request, boolean legacyContinueKey) {
        CladoOperation operation = request.operation();
        String path = operation.directPath();
        if (operation.takesJobId()) {
            path = path.replace("{job_id}", encode(request.text(RequestField.JOB_ID)));
        }
        HttpRequest.Builder http = HttpRequest.newBuilder()
                .timeout(requestTimeout)
                .header("Authorization", "Bearer " + apiKey)
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
        if ("GET".equals(operation.httpMethod())) {
            http.uri(URI.create(baseUrl + path + queryString(request))).GET();
        } else {
            http.uri(URI.create(baseUrl + path));
            ObjectNode body = jsonBody(request, legacyContinueKey);
            if (body == null) {
                http.POST(HttpRequest.BodyPublishers.noBody());
            } else {
                http.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
            }
        }
        return http.build();
    }

    private static String queryString(CladoRequest request) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (Map.Entry<RequestField, Object> entry : request.values().entrySet()) {
            RequestField field = entry.getKey();
            if (field == RequestField.JOB_ID) {
                continue;
            }
            if (entry.getValue() instanceof List<?> values) {
                values.forEach(value -> query.add(field.wireName() + "=" + encode(value.toString())));
            } else {
                query.add(field.wireName() + "=" + encode(entry.getValue().toString()));
            }
        }
        if (request.operation().hasLegacyFlag()) {
            query.add("legacy=false");
        }
        return query.toString();
    }

    /** The JSON body of a POST, or null for a POST without one (cancel). */
    private static ObjectNode jsonBody(CladoRequest request, boolean legacyContinueKey) {
        if (request.operation() == CladoOperation.DEEP_RESEARCH_CANCEL) {
            return null;
        }
        return RequestBodies.of(request, null, legacyContinueKey);
    }

    private static byte[] bytes(ObjectNode body) {
        try {
            return CladoModels.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "DirectTransport[" + org.apache.camel.util.URISupport.sanitizeUri(baseUrl) + "]";
    }
}
