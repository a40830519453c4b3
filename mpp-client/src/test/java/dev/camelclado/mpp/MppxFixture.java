package dev.camelclado.mpp;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One recorded mppx 0.11.0 exchange from src/test/resources/mppx-fixtures. */
public record MppxFixture(String name, JsonNode json) {

    public static MppxFixture load(String name) {
        try (InputStream in = MppxFixture.class.getResourceAsStream("/mppx-fixtures/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new MppxFixture(name, new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Instant now() {
        return Instant.parse(json.path("config").path("frozenNow").asText());
    }

    public Clock clock() {
        return Clock.fixed(now(), ZoneOffset.UTC);
    }

    public String privateKey() {
        return json.path("config").path("payerPrivateKey").asText();
    }

    public String wwwAuthenticate() {
        return json.path("challenge").path("wwwAuthenticate").asText();
    }

    public JsonNode credential() {
        return json.path("credential");
    }

    public JsonNode transaction() {
        return credential().path("transaction");
    }

    public JsonNode config() {
        return json.path("config");
    }
}
