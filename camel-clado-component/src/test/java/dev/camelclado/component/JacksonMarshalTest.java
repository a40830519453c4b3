package dev.camelclado.component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.junit.jupiter.api.Test;

import dev.camelclado.component.model.SearchResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The models work with camel-jackson's data format: Clado's field names out, the same model back in. */
class JacksonMarshalTest extends CladoTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:marshal").to(clado("search/people", "limit=2")).marshal().json(JsonLibrary.Jackson);
                from("direct:roundTrip").to("direct:marshal").unmarshal().json(JsonLibrary.Jackson, SearchResponse.class);
            }
        };
    }

    @Test
    void modelsMarshalWithCladosFieldNamesAndUnmarshalBack() throws Exception {
        Exchange json = template.send("direct:marshal", e -> e.getMessage().setHeader(CladoConstants.QUERY, "json"));
        JsonNode tree = new ObjectMapper().readTree(json.getMessage().getBody(String.class));
        assertThat(tree.path("search_id").asText()).isNotBlank();
        assertThat(tree.path("results").get(0).path("profile").path("linkedin_url").asText()).startsWith("https://");
        assertThat(tree.has("rawJson")).isFalse();

        Exchange back = template.send("direct:roundTrip", e -> e.getMessage().setHeader(CladoConstants.QUERY, "json"));
        SearchResponse response = back.getMessage().getBody(SearchResponse.class);
        assertThat(response.getResults()).hasSize(2);
        assertThat(response.getResults().get(0).getProfile().getLinkedinUrl()).startsWith("https://www.linkedin.com/in/");
        assertThat(response.getResults().get(0).getProfile().getIsWorking()).isNotNull();
    }
}
