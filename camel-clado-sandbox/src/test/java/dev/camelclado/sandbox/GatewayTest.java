package dev.camelclado.sandbox;

import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.mpp.MppClient;
import dev.camelclado.mpp.MppRequest;
import dev.camelclado.mpp.MppResponse;
import dev.camelclado.mpp.PaymentRejectedException;
import dev.camelclado.mpp.ledger.PaymentStatus;
import dev.camelclado.mpp.wallet.Wallets;
import dev.camelclado.sandbox.gateway.GatewayPayment;
import dev.camelclado.sandbox.junit.CladoSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayTest {

    static final String PAYER_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    static final String PAYER = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    static final String POOR_KEY = "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6";

    @RegisterExtension
    static final CladoSandboxExtension SANDBOX = new CladoSandboxExtension(CladoSandbox.builder()
            .payerBalance("0x90F79bf6EB2c4f870365E785982E1f101E93b906", 1000));

    static MppClient client(String key) {
        return MppClient.builder().wallet(Wallets.fromPrivateKey(key))
                .policy(dev.camelclado.mpp.policy.PaymentPolicy.builder().maxAmount(BigInteger.valueOf(5_000_000))
                        .allowedRecipients(java.util.Set.of(CladoSandbox.DEFAULT_RECIPIENT)).build())
                .build();
    }

    static MppRequest post(String route, String json) {
        return MppRequest.postJson(URI.create(SANDBOX.sandbox().gatewayUrl() + "/clado/" + route),
                json.getBytes(StandardCharsets.UTF_8), route, null);
    }

    static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(20, TimeUnit.SECONDS);
    }

    static long price(String route, String json) throws Exception {
        return await(MppClient.builder().build().quote(post(route, json))).amount().longValueExact();
    }

    @Test
    void pricesFollowTheBody() throws Exception {
        assertThat(price("search", "{\"query\":\"x\"}")).isEqualTo(303_000);
        assertThat(price("search", "{\"query\":\"x\",\"limit\":5}")).isEqualTo(53_000);
        assertThat(price("deep-research", "{\"query\":\"x\",\"limit\":10}")).isEqualTo(103_000);
        assertThat(price("deep-research-more", "{\"jobId\":\"j\",\"additional_limit\":20}")).isEqualTo(203_000);
        assertThat(price("deep-research-status", "{\"jobId\":\"j\"}")).isEqualTo(3000);
        assertThat(price("deep-research-cancel", "{\"jobId\":\"j\"}")).isEqualTo(3000);
        assertThat(price("bulk-contacts-status", "{\"jobId\":\"j\"}")).isEqualTo(3000);
        assertThat(price("contacts", "{\"linkedin_url\":\"https://www.linkedin.com/in/a\"}")).isEqualTo(43_000);
        assertThat(price("contacts", "{\"email\":\"a@b\",\"phone_enrichment\":true}")).isEqualTo(103_000);
        assertThat(price("contacts", "{\"email\":\"a@b\",\"phone_enrichment\":true,\"email_enrichment\":true}")).isEqualTo(143_000);
        assertThat(price("scrape", "{\"linkedin_url\":\"https://www.linkedin.com/in/a\"}")).isEqualTo(23_000);
        assertThat(price("linkedin-profile", "{\"linkedin_url\":\"https://www.linkedin.com/in/a\"}")).isEqualTo(13_000);
        assertThat(price("post-reactions", "{\"url\":\"https://www.linkedin.com/posts/a\"}")).isEqualTo(13_000);
        assertThat(price("bulk-contacts", "{\"linkedin_urls\":[\"https://www.linkedin.com/in/a\",\"https://www.linkedin.com/in/b\"]}"))
                .isEqualTo(83_000);
    }

    @Test
    void aPaidCallIsServedWithAReceiptAndDebitsThePayer() throws Exception {
        BigInteger before = SANDBOX.sandbox().gateway().balances().balance(PAYER);
        MppResponse response = await(client(PAYER_KEY).send(post("search", "{\"query\":\"rust\",\"limit\":3}")));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.path("results")).hasSize(3);
        assertThat(body.path("results").get(0).path("profile").has("linkedin_url")).as("modern format").isTrue();
        assertThat(response.payment().record().status()).isEqualTo(PaymentStatus.SETTLED);
        assertThat(response.payment().reference()).isEqualTo(response.payment().record().transactionHash());
        assertThat(SANDBOX.sandbox().gateway().balances().balance(PAYER)).isEqualTo(before.subtract(BigInteger.valueOf(33_000)));
        GatewayPayment payment = SANDBOX.sandbox().gateway().payments().stream()
                .filter(p -> p.reference().equals(response.payment().reference())).findFirst().orElseThrow();
        assertThat(payment.operation()).isEqualTo("search");
        assertThat(payment.payer()).isEqualTo(PAYER);
    }

    @Test
    void aDeepResearchJobRunsThroughTheGatewayWithTheJobIdInTheBody() throws Exception {
        MppClient client = client(PAYER_KEY);
        MppResponse start = await(client.send(post("deep-research", "{\"query\":\"gateway\",\"limit\":2}")));
        String jobId = new ObjectMapper().readTree(start.body()).path("job_id").asText();
        MppResponse status = await(client.send(post("deep-research-status", "{\"jobId\":\"" + jobId + "\"}")));
        assertThat(new ObjectMapper().readTree(status.body()).path("job_id").asText()).isEqualTo(jobId);
        assertThat(SANDBOX.sandbox().stats().requestsForJob(jobId)).isEqualTo(2);
        MppResponse cancel = await(client.send(post("deep-research-cancel", "{\"jobId\":\"" + jobId + "\"}")));
        assertThat(new ObjectMapper().readTree(cancel.body()).path("success").asBoolean()).isTrue();
    }

    @Test
    void aCallThatFailsUpstreamAfterPaymentIsRefunded() throws Exception {
        BigInteger before = SANDBOX.sandbox().gateway().balances().balance(PAYER);
        MppResponse response = await(client(PAYER_KEY).send(post("deep-research-status", "{\"jobId\":\"no-such-job\"}")));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.header("Payment-Receipt")).isNull();
        assertThat(response.payment().record().status()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(SANDBOX.sandbox().gateway().balances().balance(PAYER)).isEqualTo(before);
        assertThat(SANDBOX.sandbox().gateway().payments()).anyMatch(p -> p.refunded() && p.operation().equals("deep-research-status"));
    }

    @Test
    void aPayerWithoutFundsGetsAnInternalPaymentErrorAndPaysNothing() throws Exception {
        MppClient poor = client(POOR_KEY);
        Throwable failure;
        try {
            await(poor.send(post("deep-research-status", "{\"jobId\":\"j\"}")));
            failure = null;
        } catch (ExecutionException e) {
            failure = e.getCause();
        }
        assertThat(failure).isInstanceOf(PaymentRejectedException.class);
        assertThat(((PaymentRejectedException) failure).problemCode()).isEqualTo("internal-payment-error");
        assertThat(SANDBOX.sandbox().gateway().balances().balance("0x90F79bf6EB2c4f870365E785982E1f101E93b906"))
                .isEqualTo(BigInteger.valueOf(1000));
    }

    @Test
    void paymentsKeepRealTimeWhateverClockJobsRunOn() throws Exception {
        SandboxClock.ManualClock jobs = SandboxClock.manual(java.time.Instant.now());
        try (CladoSandbox fast = CladoSandbox.builder().clock(jobs).seedDeepResearchJob("job-1", "q", 3).start()) {
            jobs.advance(java.time.Duration.ofDays(1).minusHours(1));
            MppResponse status = await(client(PAYER_KEY).send(MppRequest.postJson(
                    URI.create(fast.gatewayUrl() + "/clado/deep-research-status"),
                    "{\"jobId\":\"job-1\"}".getBytes(StandardCharsets.UTF_8), "status", null)));
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(status.body()).path("status").asText()).isEqualTo("completed");
        }
    }

    @Test
    void aCredentialBoughtForOneRequestCannotBeSpentOnAnotherAtTheSamePrice() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        URI status = URI.create(SANDBOX.baseUrl() + "/clado/deep-research-status");
        java.net.http.HttpResponse<String> challenge = http.send(java.net.http.HttpRequest.newBuilder(status)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"jobId\":\"a\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        dev.camelclado.mpp.core.PaymentChallenge offered = dev.camelclado.mpp.core.ChallengeParser
                .parse(challenge.headers().allValues("WWW-Authenticate")).get(0);
        assertThat(offered.opaque()).isNotNull();
        dev.camelclado.mpp.tempo.TempoChargeSigner signer = new dev.camelclado.mpp.tempo.TempoChargeSigner(
                Wallets.fromPrivateKey(PAYER_KEY), dev.camelclado.mpp.tempo.GasSource.fixed(
                        dev.camelclado.mpp.tempo.GasSettings.DEFAULT), dev.camelclado.mpp.tempo.GasSettings.DEFAULT,
                dev.camelclado.mpp.tempo.TempoChargeSigner.FeeToken.NONE, java.time.Duration.ofSeconds(25), null,
                java.time.Clock.systemUTC(), null);
        String credential = signer.sign(offered, dev.camelclado.mpp.tempo.TempoChargeRequest.of(offered)).credential()
                .headerValue();
        // the same price ($0.003), another job and another route
        java.net.http.HttpResponse<String> spentElsewhere = http.send(java.net.http.HttpRequest.newBuilder(
                URI.create(SANDBOX.baseUrl() + "/clado/deep-research-cancel")).header("Authorization", credential)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"jobId\":\"b\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(spentElsewhere.statusCode()).isEqualTo(402);
        assertThat(spentElsewhere.body()).contains("invalid-challenge").contains("was issued for another request");
    }

    @Test
    void absurdLimitsAreRefusedBeforeAnyPrice() throws Exception {
        java.net.http.HttpResponse<String> huge = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create(SANDBOX.baseUrl() + "/clado/search"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":\"x\",\"limit\":922337203685477580}"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void badBodiesAreRefusedBeforeAnyChallengeAndGetIs404() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> missing = http.send(java.net.http.HttpRequest.newBuilder(
                URI.create(SANDBOX.baseUrl() + "/clado/deep-research-status")).POST(java.net.http.HttpRequest.BodyPublishers
                        .ofString("{}")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(missing.body()).contains("jobId is required");
        java.net.http.HttpResponse<String> get = http.send(java.net.http.HttpRequest.newBuilder(
                URI.create(SANDBOX.baseUrl() + "/clado/search")).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(404);
        java.net.http.HttpResponse<String> unknown = http.send(java.net.http.HttpRequest.newBuilder(
                URI.create(SANDBOX.baseUrl() + "/clado/credits")).POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }
}
