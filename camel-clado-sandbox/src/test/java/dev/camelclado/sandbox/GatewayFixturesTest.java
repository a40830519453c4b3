package dev.camelclado.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.camelclado.mpp.core.PaymentReceipt;
import dev.camelclado.sandbox.gateway.GatewayPayment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox gateway against the exchanges recorded from mppx 0.11.0: with the recorded secret and clock it issues
 * the recorded challenge, accepts the recorded credentials of 01, 06 and 07 (settling to the recorded references)
 * and refuses the tampered one of 05 as mppx did.
 */
class GatewayFixturesTest {

    static final String SECRET = "mppx-peer-fixture-secret-v1-0123456789abcdef0123";
    static final String FEE_PAYER_KEY = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static JsonNode fixture(String name) throws IOException {
        try (InputStream in = GatewayFixturesTest.class.getResourceAsStream("/mppx-fixtures/" + name + ".json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    static CladoSandbox sandboxFor(JsonNode fixture) {
        JsonNode config = fixture.path("config");
        SandboxClock.ManualClock frozen = SandboxClock.manual(Instant.parse(config.path("frozenNow").asText()));
        CladoSandbox.Builder builder = CladoSandbox.builder()
                .clock(frozen)
                .gatewayClock(frozen)
                .gatewaySecret(SECRET.getBytes(StandardCharsets.UTF_8))
                .gatewayRealm(config.path("realm").asText())
                // the recorded peer did not bind challenges to their request
                .gatewayBindRequests(false)
                .seedDeepResearchJob("job-123", "recorded", 2)
                .seedBulkContactsJob("bulk-9", List.of("https://www.linkedin.com/in/alexjohnson"))
                .gatewayPaymentAuthorizationHeader(config.path("requiresAuth").asBoolean(false));
        if (config.path("supportedModes").isArray()) {
            List<String> modes = new java.util.ArrayList<>();
            config.path("supportedModes").forEach(mode -> modes.add(mode.asText()));
            builder.gatewaySupportedModes(modes);
        }
        if (config.path("feePayer").isTextual()) {
            builder.gatewayFeePayer(FEE_PAYER_KEY);
        }
        return builder.start();
    }

    static HttpResponse<String> replay(CladoSandbox sandbox, JsonNode recordedRequest) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.gatewayUrl() + recordedRequest.path("path").asText()))
                .POST(HttpRequest.BodyPublishers.ofString(recordedRequest.path("body").asText()));
        recordedRequest.path("headers").fields().forEachRemaining(h -> request.header(h.getKey(), h.getValue().asText()));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "01-pull-deep-research-status", "06-sponsored-bulk-contacts-status",
        "07-payment-authorization-header" })
    void theRecordedExchangeHappensAgain(String name) throws Exception {
        JsonNode fixture = fixture(name);
        try (CladoSandbox sandbox = sandboxFor(fixture)) {
            JsonNode first = fixture.path("exchanges").get(0);
            HttpResponse<String> challenge = replay(sandbox, first.path("request"));
            assertThat(challenge.statusCode()).isEqualTo(402);
            assertThat(challenge.headers().firstValue("WWW-Authenticate")).contains(fixture.path("challenge").path("wwwAuthenticate").asText());
            assertThat(challenge.headers().firstValue("Cache-Control")).contains("no-store");

            HttpResponse<String> paid = replay(sandbox, fixture.path("exchanges").get(1).path("request"));
            assertThat(paid.statusCode()).isEqualTo(200);
            PaymentReceipt receipt = PaymentReceipt.parse(paid.headers().firstValue("Payment-Receipt").orElseThrow());
            JsonNode recorded = fixture.path("receipt").path("decoded");
            assertThat(receipt.reference()).isEqualTo(recorded.path("reference").asText());
            assertThat(receipt.timestamp()).isEqualTo(recorded.path("timestamp").asText());
            assertThat(receipt.method()).isEqualTo("tempo");
            GatewayPayment payment = sandbox.gateway().payments().get(0);
            assertThat(payment.payer()).isEqualTo(fixture.path("config").path("payerAddress").asText());
            assertThat(payment.amount()).isEqualTo(java.math.BigInteger.valueOf(3000));
            assertThat(payment.refunded()).isFalse();
            assertThat(sandbox.gateway().balances().balance(payment.payer())).isEqualTo(java.math.BigInteger.valueOf(100_000_000 - 3000));

            // the same credential again is a replay
            HttpResponse<String> replayed = replay(sandbox, fixture.path("exchanges").get(1).path("request"));
            assertThat(replayed.statusCode()).isEqualTo(402);
            assertThat(new ObjectMapper().readTree(replayed.body()).path("type").asText()).endsWith("/invalid-challenge");
            assertThat(sandbox.gateway().payments()).hasSize(1);
        }
    }

    @Test
    void theTamperedCredentialIsRefusedAsMppxRefusedIt() throws Exception {
        JsonNode fixture = fixture("05-rejected-tampered-challenge-id");
        try (CladoSandbox sandbox = sandboxFor(fixture)) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.gatewayUrl() + "/clado/deep-research-status"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", fixture.path("tamperedCredential").path("headerValue").asText())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"jobId\":\"job-123\"}")).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode recorded = fixture.path("response");
            assertThat(response.statusCode()).isEqualTo(402);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .contains(recorded.path("headers").path("www-authenticate").asText());
            assertThat(new ObjectMapper().readTree(response.body())).isEqualTo(recorded.path("bodyDecoded"));
            assertThat(sandbox.gateway().payments()).isEmpty();
        }
    }
}
