package dev.camelclado.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A minimal client for sandbox tests. */
final class SandboxHttp {

    record Answer(int status, JsonNode json, HttpResponse<String> raw) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String baseUrl;
    private final String apiKey;

    SandboxHttp(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET());
    }

    Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private Answer send(HttpRequest.Builder builder) {
        if (apiKey != null) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty() ? null : MAPPER.readTree(response.body());
            return new Answer(response.statusCode(), json, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
