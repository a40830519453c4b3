package dev.camelclado.component;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import dev.camelclado.component.model.DeepResearchStatus;
import dev.camelclado.component.model.SearchResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The YAML DSL builds {@code uri: clado} + {@code parameters:} through the generated URI factory. */
class YamlRouteTest extends CladoTestSupport {

    @Test
    void yamlRouteWithUriAndParametersRuns() throws Exception {
        String yaml = """
                - route:
                    id: yaml-deep-research
                    from:
                      uri: direct:yaml
                      steps:
                        - to:
                            uri: clado
                            parameters:
                              resource: deepResearch
                              action: start
                              query: heads of data in Amsterdam
                              limit: 4
                              baseUrl: "%1$s"
                              apiKey: "%2$s"
                        - to:
                            uri: clado:deepResearch/status
                            parameters:
                              baseUrl: "%1$s"
                              apiKey: "%2$s"
                """.formatted(SANDBOX.baseUrl(), API_KEY);
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("clado-route.yaml", yaml));

        Exchange exchange = template.send("direct:yaml", e -> {
        });
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(DeepResearchStatus.class).getStatus()).isEqualTo("pending");
        assertThat(exchange.getMessage().getHeader(CladoConstants.JOB_ID, String.class)).isNotBlank();
        // the key travels as RAW() so that characters such as + survive, and never shows in the endpoint URI
        assertThat(context.getEndpoints()).anySatisfy(e -> assertThat(e.getEndpointUri()).startsWith("clado://deepResearch/start"));
        assertThat(context.getEndpoints().toString()).doesNotContain(API_KEY);
    }

    @Test
    void yamlRouteFileFromTheClasspathRuns() throws Exception {
        context.getPropertiesComponent().addInitialProperty("sandbox.url", SANDBOX.baseUrl());
        // the key on the component: a {{placeholder}}'s value is logged by Camel's properties parser at DEBUG
        context.getComponent("clado", CladoComponent.class).getConfiguration().setApiKey(API_KEY);
        PluginHelper.getRoutesLoader(context).loadRoutes(
                PluginHelper.getResourceLoader(context).resolveResource("classpath:routes/search.yaml"));
        Exchange exchange = template.send("direct:yamlSearch", e -> e.getMessage().setBody("people who write YAML"));
        assertThat(exchange.getException()).isNull();
        SearchResponse response = exchange.getMessage().getBody(SearchResponse.class);
        assertThat(response.getResults()).hasSize(3);
        assertThat(SANDBOX.sandbox().stats().lastRequest().rawQuery())
                .startsWith("query=people%20who%20write%20YAML&limit=3&companies=Acme&companies=Globex");
        assertThat(List.of(response.getQuery())).containsExactly("people who write YAML");
    }
}
