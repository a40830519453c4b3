package dev.camelclado.component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.SandboxClock;
import dev.camelclado.sandbox.junit.CladoSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clado's docs do not name the pagination keys of a deep-research page. Against a server that sends no
 * {@code has_next}, the next page must still be derived from the result total, so a paging loop ends exactly after
 * the last page.
 */
class DeepResearchPagingTest extends CamelTestSupport {

    private static final SandboxClock.ManualClock CLOCK = SandboxClock.manual(Instant.parse("2026-11-01T09:00:00Z"));
    private static final String API_KEY = "lk_test_paging_0123456789";

    @RegisterExtension
    static final CladoSandboxExtension SANDBOX = new CladoSandboxExtension(CladoSandbox.builder()
            .clock(CLOCK)
            .apiKey(API_KEY, 1_000_000)
            .paginationHasNext(false));

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String options = "?baseUrl=" + SANDBOX.baseUrl() + "&apiKey=RAW(" + API_KEY + ")";
                from("direct:start").to("clado:deepResearch/start" + options);
                from("direct:status").to("clado:deepResearch/status" + options);
            }
        };
    }

    @Test
    void nextPageComesFromTheTotalWhenTheServerSendsNoHasNext() {
        List<Integer> pageSizes = pageThrough(25, 10);
        assertThat(pageSizes).containsExactly(10, 10, 5);
        assertThat(SANDBOX.sandbox().stats().lastRequest().rawQuery()).startsWith("page=3&page_size=10");
    }

    @Test
    void anExactMultipleOfThePageSizeEndsOnTheLastFullPage() {
        assertThat(pageThrough(20, 10)).containsExactly(10, 10);
    }

    private List<Integer> pageThrough(int results, int pageSize) {
        Exchange start = template.send("direct:start", e -> {
            e.getMessage().setHeader(CladoConstants.QUERY, "staff engineers in Lisbon");
            e.getMessage().setHeader(CladoConstants.LIMIT, results);
        });
        assertThat(start.getException()).isNull();
        String jobId = start.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
        CLOCK.advance(Duration.ofMinutes(5));

        List<Integer> pageSizes = new ArrayList<>();
        Integer page = 1;
        while (page != null) {
            assertThat(pageSizes).as("pages read so far").hasSizeLessThan(10);
            Integer current = page;
            Exchange status = template.send("direct:status", e -> {
                e.getMessage().setHeader(CladoConstants.JOB_ID, jobId);
                e.getMessage().setHeader(CladoConstants.PAGE, current);
                e.getMessage().setHeader(CladoConstants.PAGE_SIZE, pageSize);
            });
            assertThat(status.getException()).isNull();
            assertThat(status.getMessage().getHeader(CladoConstants.TOTAL_RESULTS)).isEqualTo(results);
            pageSizes.add(status.getMessage().getHeader(CladoConstants.RESULT_COUNT, Integer.class));
            page = status.getMessage().getHeader(CladoConstants.NEXT_PAGE, Integer.class);
        }
        return pageSizes;
    }
}
