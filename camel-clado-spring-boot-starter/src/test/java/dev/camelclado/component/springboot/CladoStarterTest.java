package dev.camelclado.component.springboot;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.camelclado.component.CladoComponent;
import dev.camelclado.component.CladoConfiguration;
import dev.camelclado.component.CladoConstants;
import dev.camelclado.component.CladoMode;
import dev.camelclado.component.model.SearchResponse;
import dev.camelclado.component.watch.JdbcJobWatchRepository;
import dev.camelclado.mpp.ledger.JdbcPaymentLedger;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.JobTimeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The starter in a real Spring Boot application (web server on a random port, actuator): camel.component.clado.*
 * properties bound, the application's beans used, routes calling the sandbox, the consumer's health in
 * /actuator/health and the secrets masked in /actuator/configprops and /actuator/env although values are shown.
 */
@CamelSpringBootTest
@SpringBootTest(classes = CladoTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "camel.component.clado.request-timeout=90s",
            "camel.component.clado.budget-window=12h",
            "camel.component.clado.max-amount=400000",
            "camel.component.clado.min-poll-interval=1s",
            "camel.component.clado.clock=#bean:cladoClock",
            "camel.component.clado.allowed-recipients=" + CladoSandbox.DEFAULT_RECIPIENT,
            "camel.component.clado.wallet-private-key=" + CladoStarterTest.WALLET_KEY,
            // as an application reading its key from the environment would have it
            "CLADO_API_KEY=" + CladoStarterTest.OTHER_KEY,
            "management.endpoints.web.exposure.include=health,configprops,env",
            "management.endpoint.health.show-details=always",
            "management.endpoint.configprops.show-values=always",
            "management.endpoint.env.show-values=always",
            "camel.health.enabled=true",
            "camel.health.consumers-enabled=true",
            "camel.health.exposure-level=full",
            "spring.datasource.url=jdbc:h2:mem:clado-starter;DB_CLOSE_DELAY=-1" })
class CladoStarterTest {

    /** Hardhat's first test account: public, never funded with real money; the sandbox simulates its balance. */
    static final String WALLET_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    static final String API_KEY = "lk_spring_boot_secret_0123";
    static final String OTHER_KEY = "lk_variable_secret_4567";

    static final CladoSandbox SANDBOX = CladoSandbox.builder().apiKey(API_KEY, 100_000)
            .timeline(new JobTimeline(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO)).start();

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        registry.add("camel.component.clado.base-url", SANDBOX::baseUrl);
        registry.add("camel.component.clado.gateway-url", SANDBOX::gatewayUrl);
        registry.add("camel.component.clado.api-key", () -> API_KEY);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Autowired
    CamelContext camelContext;
    @Autowired
    ProducerTemplate template;
    @Autowired
    HttpClient applicationHttpClient;
    @Autowired
    JdbcPaymentLedger paymentLedger;
    @Autowired
    JdbcJobWatchRepository jobWatches;
    @Autowired
    TestRestTemplate http;
    @Autowired
    java.time.Clock cladoClock;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void propertiesAreBoundToTheComponent() {
        CladoConfiguration configuration = camelContext.getComponent("clado", CladoComponent.class).getConfiguration();
        assertThat(configuration.getRequestTimeout()).isEqualTo(Duration.ofSeconds(90).toMillis());
        assertThat(configuration.getBudgetWindow()).isEqualTo(Duration.ofHours(12).toMillis());
        assertThat(configuration.getMaxAmount()).isEqualTo(400_000L);
        assertThat(configuration.getBaseUrl()).isEqualTo(SANDBOX.baseUrl());
        assertThat(configuration.getApiKey()).isEqualTo(API_KEY);
        // not set: the component's own default, not one the starter copied over it
        assertThat(configuration.getMode()).isEqualTo(CladoMode.direct);
        assertThat(configuration.getGasLimit()).isEqualTo(new CladoConfiguration().getGasLimit());
        // a bean-typed property naming a bean
        assertThat(configuration.getClock()).isSameAs(cladoClock);
    }

    @Test
    void theApplicationsBeansAreUsed() {
        CladoConfiguration configuration = camelContext.getComponent("clado", CladoComponent.class).getConfiguration();
        assertThat(configuration.getHttpClient()).isSameAs(applicationHttpClient);
        assertThat(configuration.getLedger()).isSameAs(paymentLedger);
        assertThat(configuration.getWatchRepository()).isSameAs(jobWatches);
    }

    @Test
    void aDirectCallUsesTheConfiguredKey() {
        Exchange exchange = template.request("direct:search",
                e -> e.getMessage().setHeader(CladoConstants.QUERY, "spring boot engineers"));
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(SearchResponse.class).getResults()).hasSize(3);
        assertThat(SANDBOX.credits(API_KEY)).isLessThan(100_000);
    }

    @Test
    void aPaidCallIsRecordedInTheApplicationsDatabase() {
        int before = paymentLedger.recordsSince(Instant.EPOCH).size();
        Exchange exchange = template.request("direct:paidSearch",
                e -> e.getMessage().setHeader(CladoConstants.QUERY, "paid from spring boot"));
        assertThat(exchange.getException()).isNull();
        assertThat(paymentLedger.recordsSince(Instant.EPOCH)).hasSize(before + 1);
    }

    @Test
    void theConsumersHealthIsInTheActuatorsHealth() throws Exception {
        Exchange started = template.request("direct:research",
                e -> e.getMessage().setHeader(CladoConstants.QUERY, "watched from spring boot"));
        assertThat(started.getException()).isNull();
        String jobId = started.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> jobWatches.find(jobId).map(w -> !w.isActive()).orElse(false));

        JsonNode health = json.readTree(http.getForObject("/actuator/health", String.class));
        assertThat(health.path("status").asText()).isEqualTo("UP");
        JsonNode camel = health.path("components").path("camelHealth");
        assertThat(camel.path("details").toString()).contains("consumer:job-events");
    }

    @Test
    void secretsAreMaskedInTheActuatorWhileOtherValuesShow() throws Exception {
        String configprops = http.getForObject("/actuator/configprops", String.class);
        String env = http.getForObject("/actuator/env", String.class);
        assertThat(configprops).contains(SANDBOX.baseUrl()).contains("#bean:cladoClock").doesNotContain(API_KEY).doesNotContain(WALLET_KEY.substring(2));
        assertThat(env).contains(SANDBOX.baseUrl()).doesNotContain(API_KEY).doesNotContain(WALLET_KEY.substring(2))
                .contains("CLADO_API_KEY").doesNotContain(OTHER_KEY);
        JsonNode clado = null;
        for (JsonNode bean : json.readTree(configprops).path("contexts").path("application").path("beans")) {
            if (bean.path("prefix").asText().equals("camel.component.clado")) {
                clado = bean;
            }
        }
        assertThat(clado).as(configprops).isNotNull();
        assertThat(clado.path("properties").path("apiKey").asText()).isEqualTo("******");
        assertThat(clado.path("properties").path("maxAmount").asLong()).isEqualTo(400_000L);
    }
}
