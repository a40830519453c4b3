package dev.camelclado.component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelclado.component.model.PersonResult;
import dev.camelclado.component.model.SearchResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SearchPeopleTest extends CladoTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:search").to(clado("search/people"));
                // page through a whole search: the answer's search id and next offset feed the next call
                from("direct:allPages")
                        .to(clado("search/people", "limit=50"))
                        .setProperty("seen", header(CladoConstants.RESULT_COUNT))
                        .loopDoWhile(header(CladoConstants.NEXT_OFFSET).isNotNull())
                            .setHeader(CladoConstants.OFFSET, header(CladoConstants.NEXT_OFFSET))
                            .to(clado("search/people", "limit=50"))
                            .process(e -> e.setProperty("seen", e.getProperty("seen", Integer.class)
                                    + e.getMessage().getHeader(CladoConstants.RESULT_COUNT, Integer.class)))
                        .end();
            }
        };
    }

    @Test
    void searchReturnsTypedProfilesAndFacts() {
        Exchange exchange = template.send("direct:search", e -> {
            e.getMessage().setHeader(CladoConstants.QUERY, "software engineers in San Francisco");
            e.getMessage().setHeader(CladoConstants.LIMIT, 10);
        });
        assertThat(exchange.getException()).isNull();
        SearchResponse response = exchange.getMessage().getBody(SearchResponse.class);
        assertThat(response.getResults()).hasSize(10);
        assertThat(response.getQuery()).isEqualTo("software engineers in San Francisco");
        PersonResult first = response.getResults().get(0);
        assertThat(first.getProfile().getName()).isNotBlank();
        assertThat(first.getProfile().getLinkedinUrl()).startsWith("https://www.linkedin.com/in/");
        assertThat(first.getProfile().getIsWorking()).isNotNull();
        assertThat(first.getProfile().getConnectionsCount()).isPositive();
        assertThat(first.getExperience()).isNotEmpty();
        assertThat(first.getExperience().get(0).isCurrentPosition()).isTrue();
        // the sandbox writes is_working as 0/1 for every third profile: all of them read as booleans
        assertThat(response.getResults()).allSatisfy(r -> assertThat(r.getProfile().getIsWorking()).isNotNull());
        assertThat(exchange.getMessage().getHeaders())
                .containsEntry(CladoConstants.RESULT_COUNT, 10)
                .containsEntry(CladoConstants.TOTAL_RESULTS, 10)
                .containsEntry(CladoConstants.SEARCH_ID, response.getSearchId())
                .containsEntry(CladoConstants.NEXT_OFFSET, 10)
                .containsEntry(CladoConstants.OPERATION_EXECUTED, "search/people");
        assertThat(response.getRawJson().path("results").size()).isEqualTo(10);
    }

    @Test
    void sendsTheModernFormatFlagAndRepeatsListParameters() {
        template.send("direct:search", e -> {
            e.getMessage().setHeader(CladoConstants.QUERY, "CTOs & founders");
            e.getMessage().setHeader(CladoConstants.COMPANIES, List.of("Acme, Inc.", "Globex"));
            e.getMessage().setHeader(CladoConstants.SCHOOLS, "MIT, Stanford University");
            e.getMessage().setHeader(CladoConstants.ADVANCED_FILTERING, "false");
        });
        String query = SANDBOX.sandbox().stats().lastRequest().rawQuery();
        assertThat(query).isEqualTo("query=CTOs%20%26%20founders&companies=Acme%2C%20Inc.&companies=Globex"
                + "&schools=MIT&schools=Stanford%20University&advanced_filtering=false&legacy=false");
        assertThat(SANDBOX.sandbox().stats().lastRequest().header("Authorization")).isEqualTo("Bearer " + API_KEY);
    }

    @Test
    void pagesThroughAllResultsWithSearchIdAndOffset() {
        Exchange exchange = template.send("direct:allPages", e -> e.getMessage().setHeader(CladoConstants.QUERY, "java"));
        assertThat(exchange.getException()).isNull();
        // the sandbox knows 120 people per query: 50 + 50 + 20
        assertThat(exchange.getProperty("seen", Integer.class)).isEqualTo(120);
        assertThat(exchange.getMessage().getHeader(CladoConstants.NEXT_OFFSET)).isNull();
        Set<String> ids = new HashSet<>();
        exchange.getMessage().getBody(SearchResponse.class).getResults().forEach(r -> ids.add(r.getProfile().getId()));
        assertThat(ids).hasSize(20);
        assertThat(SANDBOX.sandbox().stats().lastRequest().rawQuery()).contains("offset=100").contains("search_id=");
    }

    @Test
    void aWrongKeyIs401AndTheMessageDoesNotCarryTheKey() {
        Exchange exchange = template.send(clado("search/people", "apiKey=RAW(lk_wrong_secret_value)"),
                e -> e.getMessage().setHeader(CladoConstants.QUERY, "anyone"));
        CladoAuthenticationException error = failure(exchange, CladoAuthenticationException.class);
        assertThat(error.getStatusCode()).isEqualTo(401);
        assertThat(error.getMessage()).isEqualTo("clado:search/people: HTTP 401: Unauthorized - API key missing or invalid")
                .doesNotContain("lk_wrong_secret_value");
    }

    @Test
    void aMalformedSearchIdIsTheApisOwn422() {
        Exchange exchange = template.send("direct:search", e -> e.getMessage().setHeader(CladoConstants.SEARCH_ID, "not-a-uuid"));
        CladoApiException error = failure(exchange, CladoApiException.class);
        assertThat(error.getStatusCode()).isEqualTo(422);
        assertThat(error.getApiMessage()).isEqualTo("search_id must be a UUID");
        assertThat(error.isRetryable()).isFalse();
    }

    @Test
    void tooFewCreditsIs402() {
        Exchange exchange = template.send(clado("search/people", "apiKey=RAW(" + POOR_KEY + ")", "limit=50"),
                e -> e.getMessage().setHeader(CladoConstants.QUERY, "everyone"));
        assertThat(failure(exchange, CladoInsufficientCreditsException.class).getStatusCode()).isEqualTo(402);
    }
}
