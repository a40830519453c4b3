package dev.camelclado.component;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.CatalogCamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.EndpointUriFactory;
import org.junit.jupiter.api.Test;

import dev.camelclado.component.service.RequestField;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated catalog JSON, configurers and URI factory are in the jar and say what the code does. */
class CatalogTest extends CladoTestSupport {

    private JsonNode catalog() throws Exception {
        String json = ((CatalogCamelContext) context).getComponentParameterJsonSchema("clado");
        assertThat(json).as("catalog JSON META-INF/dev/camelclado/component/clado.json").isNotNull();
        return new ObjectMapper().readTree(json);
    }

    @Test
    void catalogDescribesTheComponent() throws Exception {
        JsonNode component = catalog().path("component");
        assertThat(component.path("scheme").asText()).isEqualTo("clado");
        assertThat(component.path("syntax").asText()).isEqualTo("clado:resource/action");
        // producer for every operation, consumer for the two job status reads
        assertThat(component.path("producerOnly").asBoolean()).isFalse();
        assertThat(component.path("consumerOnly").asBoolean()).isFalse();
        assertThat(component.path("async").asBoolean()).isTrue();
        assertThat(component.path("groupId").asText()).isEqualTo("dev.camelclado");
    }

    @Test
    void everyRequestFieldIsAnEndpointAndComponentOptionWithItsHeader() throws Exception {
        JsonNode catalog = catalog();
        for (RequestField field : RequestField.values()) {
            assertThat(catalog.path("properties").has(field.option())).as("endpoint option " + field.option()).isTrue();
            assertThat(catalog.path("componentProperties").has(field.option())).as("component option " + field.option()).isTrue();
            assertThat(catalog.path("headers").has(field.header())).as("header " + field.header()).isTrue();
        }
        for (String option : new String[] { "mode", "apiKey", "baseUrl", "connectTimeout", "requestTimeout", "httpClient",
                "failOnCancelConflict" }) {
            assertThat(catalog.path("properties").has(option)).as(option).isTrue();
            assertThat(catalog.path("componentProperties").has(option)).as(option).isTrue();
        }
        assertThat(catalog.path("properties").path("resource").path("enum")).hasSize(7);
        assertThat(catalog.path("properties").path("connectTimeout").path("javaType").asText()).isEqualTo("long");
        assertThat(catalog.path("properties").path("connectTimeout").path("defaultValue").asText()).isEqualTo("10s");
    }

    @Test
    void consumerOptionsAreInTheCatalogWithCamelsSchedulerOptions() throws Exception {
        JsonNode properties = catalog().path("properties");
        for (String option : new String[] { "pollSchedule", "minPollInterval", "maxPollInterval", "pollAgeRatio",
                "maxPollsPerJob", "maxSpendPerJob", "emitProgress", "resultsMode", "maxReadsPerPoll",
                // from ScheduledPollEndpoint: the standard scheduler options work on a clado consumer
                "delay", "initialDelay", "backoffMultiplier", "backoffErrorThreshold", "backoffIdleThreshold",
                "repeatCount", "scheduler", "bridgeErrorHandler", "pollStrategy" }) {
            assertThat(properties.path(option).path("label").asText()).as(option).contains("consumer");
        }
        assertThat(properties.path("pollSchedule").path("enum")).extracting(JsonNode::asText)
                .containsExactly("adaptive", "fixed");
        assertThat(properties.path("resultsMode").path("enum")).extracting(JsonNode::asText)
                .containsExactly("all", "pages", "none");
        assertThat(properties.path("minPollInterval").path("defaultValue").asText()).isEqualTo("5s");
        assertThat(properties.path("watchJobs").path("label").asText()).isEqualTo("producer");
        assertThat(properties.path("watchRepository").path("javaType").asText())
                .isEqualTo("dev.camelclado.component.watch.JobWatchRepository");
        assertThat(properties.path("jobId").path("label").asText()).isEqualTo("common");
    }

    @Test
    void everyOptionAndHeaderIsDocumented() throws Exception {
        JsonNode catalog = catalog();
        for (String section : new String[] { "properties", "componentProperties", "headers" }) {
            catalog.path(section).properties().forEach(entry -> assertThat(entry.getValue().path("description").asText())
                    .as(section + "." + entry.getKey()).isNotBlank());
        }
    }

    @Test
    void everyConstantIsAHeaderInTheCatalog() throws Exception {
        JsonNode headers = catalog().path("headers");
        for (Field field : CladoConstants.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String name = (String) field.get(null);
                assertThat(headers.has(name)).as(name).isTrue();
                assertThat(name).startsWith("CamelClado");
                assertThat(headers.path(name).path("constantName").asText()).endsWith("#" + field.getName());
            }
        }
    }

    @Test
    void theKeysAreSecretAndNothingElseIs() throws Exception {
        for (String secret : new String[] { "apiKey", "walletPrivateKey", "walletKeystorePassword" }) {
            assertThat(catalog().path("properties").path(secret).path("secret").asBoolean()).as(secret).isTrue();
            assertThat(catalog().path("componentProperties").path(secret).path("secret").asBoolean()).as(secret).isTrue();
        }
        EndpointUriFactory factory = context.getCamelContextExtension().getEndpointUriFactory("clado");
        assertThat(factory.secretPropertyNames()).containsExactlyInAnyOrder("apiKey", "walletPrivateKey",
                "walletKeystorePassword");
        assertThat(catalog().path("properties").path("mode").path("enum")).extracting(JsonNode::asText)
                .containsExactly("direct", "mpp");
    }

    @Test
    void uriFactoryBuildsAnEndpointThatRoundTrips() throws Exception {
        EndpointUriFactory factory = context.getCamelContextExtension().getEndpointUriFactory("clado");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("resource", "deepResearch");
        parameters.put("action", "cancel");
        parameters.put("jobId", "550e8400-e29b-41d4-a716-446655440000");
        parameters.put("apiKey", "lk_abc+/=");
        parameters.put("baseUrl", SANDBOX.baseUrl());
        String uri = factory.buildUri("clado", parameters, false);
        assertThat(uri).startsWith("clado:deepResearch/cancel?").contains("apiKey=RAW(lk_abc+/=)")
                .contains("jobId=550e8400-e29b-41d4-a716-446655440000");
        assertThat(factory.isEnabled("clado")).isTrue();
        assertThat(factory.propertyNames()).contains("resource", "action", "jobId", "apiKey");

        CladoEndpoint endpoint = context.getEndpoint(uri, CladoEndpoint.class);
        assertThat(endpoint.getResource()).isEqualTo("deepResearch");
        assertThat(endpoint.getAction()).isEqualTo("cancel");
        assertThat(endpoint.getOperation()).isEqualTo(CladoOperation.DEEP_RESEARCH_CANCEL);
        assertThat(endpoint.getConfiguration().getJobId()).isEqualTo("550e8400-e29b-41d4-a716-446655440000");
        assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo("lk_abc+/=");
    }

    @Test
    void theApiKeyIsMaskedInEndpointUrisAndToStrings() {
        Endpoint endpoint = context.getEndpoint(clado("account/credits", "apiKey=RAW(lk_live_very_secret)"));
        assertThat(endpoint.toString()).doesNotContain("lk_live_very_secret").contains("apiKey=xxxxxx");
        assertThat(context.getEndpoints().toString()).doesNotContain("lk_live_very_secret");
        assertThat(((CladoEndpoint) endpoint).getConfiguration().toString()).doesNotContain("lk_live_very_secret");
    }
}
