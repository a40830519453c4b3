package dev.camelclado.component;

import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelclado.component.model.CancelResult;
import dev.camelclado.component.model.SearchResponse;
import dev.camelclado.sandbox.SandboxStats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Job and search ids written on answers chain calls, but never override what a route asks for, and no header of an
 * earlier answer survives into the next one.
 */
class HeaderChainingTest extends CladoTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        context.getComponent("clado", CladoComponent.class).getConfiguration().setApiKey(API_KEY);
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:twoSearches")
                        .setHeader(CladoConstants.QUERY, constant("java developers"))
                        .to(clado("search/people", "limit=3"))
                        .setHeader(CladoConstants.QUERY, constant("python developers"))
                        .to(clado("search/people", "limit=3"));
                from("direct:nextPage")
                        .setHeader(CladoConstants.QUERY, constant("go developers"))
                        .to(clado("search/people", "limit=3"))
                        .setHeader(CladoConstants.OFFSET, header(CladoConstants.NEXT_OFFSET))
                        .to(clado("search/people", "limit=3"));
                from("direct:cancelTheRightJob")
                        .setHeader(CladoConstants.QUERY, constant("job B"))
                        .to(clado("deepResearch/start"))
                        .setProperty("jobB", header(CladoConstants.JOB_ID))
                        .setHeader(CladoConstants.QUERY, constant("job A"))
                        .to(clado("deepResearch/start"))
                        .setProperty("jobA", header(CladoConstants.JOB_ID))
                        // a toD URI is logged unmasked in Camel's DEBUG route dumps: its key comes from the component
                        .toD("clado:deepResearch/cancel?baseUrl=" + SANDBOX.baseUrl() + "&jobId=${exchangeProperty.jobB}");
                from("direct:startStatusCredits")
                        .setHeader(CladoConstants.QUERY, constant("stale"))
                        .to(clado("deepResearch/start"))
                        .to(clado("deepResearch/status"))
                        .to(clado("account/credits"));
            }
        };
    }

    @Test
    void aNewQueryStartsANewSearchInsteadOfPagingTheLastOne() {
        Exchange exchange = template.send("direct:twoSearches", e -> {
        });
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(SearchResponse.class).getQuery()).isEqualTo("python developers");
        SandboxStats.RecordedRequest second = SANDBOX.sandbox().stats().lastRequest();
        assertThat(second.rawQuery()).startsWith("query=python%20developers").doesNotContain("search_id");
    }

    @Test
    void theWrittenSearchIdStillPages() {
        Exchange exchange = template.send("direct:nextPage", e -> {
        });
        assertThat(exchange.getException()).isNull();
        assertThat(SANDBOX.sandbox().stats().lastRequest().rawQuery()).contains("offset=3").contains("search_id=");
    }

    @Test
    void anExplicitJobIdWinsOverTheOneTheComponentWrote() {
        Exchange exchange = template.send("direct:cancelTheRightJob", e -> {
        });
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(CancelResult.class).isCancelled()).isTrue();
        String jobB = exchange.getProperty("jobB", String.class);
        assertThat(SANDBOX.sandbox().stats().lastRequest().path()).isEqualTo("/api/search/deep_research/" + jobB + "/cancel");
        assertThat(jobB).isNotEqualTo(exchange.getProperty("jobA"));
    }

    @Test
    void noHeaderOfAnEarlierAnswerSurvives() {
        Exchange exchange = template.send("direct:startStatusCredits", e -> {
        });
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKeys(CladoConstants.JOB_STATUS,
                CladoConstants.JOB_TERMINAL, CladoConstants.RESULT_COUNT, CladoConstants.TOTAL_RESULTS)
                .containsKey(CladoConstants.CREDITS);
        // a failing call does not keep the previous answer's facts either
        Exchange failed = template.send(clado("deepResearch/status"), e -> {
            e.getMessage().setHeader(CladoConstants.JOB_STATUS, "pending");
            e.getMessage().setHeader(CladoConstants.JOB_TERMINAL, false);
            e.getMessage().setHeader(CladoConstants.JOB_ID, "no-such-job");
        });
        assertThat(failed.getException()).isInstanceOf(CladoNotFoundException.class);
        assertThat(failed.getMessage().getHeaders()).doesNotContainKeys(CladoConstants.JOB_STATUS, CladoConstants.JOB_TERMINAL)
                .containsEntry(CladoConstants.HTTP_STATUS, 404);
    }

    @Test
    void aBlankHeaderFallsBackToTheOption() {
        Exchange exchange = template.send(clado("search/people", "query=from the option", "limit=1"),
                e -> e.getMessage().setHeader(CladoConstants.QUERY, "  "));
        assertThat(exchange.getException()).isNull();
        assertThat(SANDBOX.sandbox().stats().lastRequest().rawQuery()).startsWith("query=from%20the%20option");
    }

    @Test
    void aKeyWithANewlineIsRefusedWithoutBeingShown() {
        // as read from a mounted secret file
        context.getComponent("clado", CladoComponent.class).getConfiguration().setApiKey("lk_topsecret\n");
        assertThatThrownBy(() -> context.getEndpoint("clado:account/credits?baseUrl=" + SANDBOX.baseUrl()))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageNotContaining("topsecret")
                .rootCause().isInstanceOf(CladoConfigurationException.class)
                .hasMessageContaining("apiKey contains spaces or control characters")
                .hasMessageNotContaining("topsecret");
    }

    @Test
    void deepResearchCanNotifyAnEmailAddress() {
        template.send(clado("deepResearch/start", "query=notify", "limit=1"),
                e -> e.getMessage().setHeader(CladoConstants.NOTIFY_EMAIL, "me@example.com"));
        assertThat(SANDBOX.sandbox().stats().lastRequest().body()).contains("\"email\":\"me@example.com\"");
    }
}
