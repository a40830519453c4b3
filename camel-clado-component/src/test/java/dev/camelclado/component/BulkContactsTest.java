package dev.camelclado.component;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelclado.component.model.BulkContactResult;
import dev.camelclado.component.model.BulkContactsStatus;
import dev.camelclado.component.model.JobStatus;
import dev.camelclado.component.model.JobSubmission;

import static org.assertj.core.api.Assertions.assertThat;

class BulkContactsTest extends CladoTestSupport {

    private static final List<String> URLS = List.of(
            "https://www.linkedin.com/in/ada", "https://www.linkedin.com/in/not-found-grace",
            "https://www.linkedin.com/in/linus");

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bulk").to(clado("bulkContacts/start"));
                from("direct:bulkStatus").to(clado("bulkContacts/status"));
            }
        };
    }

    @Test
    void aListBodyIsSubmittedAndTheJobRunsToCompletion() throws Exception {
        Exchange start = template.send("direct:bulk", e -> {
            e.getMessage().setBody(URLS);
            e.getMessage().setHeader(CladoConstants.PEOPLE_IDS, List.of("p1", "p2", "p3"));
            e.getMessage().setHeader(CladoConstants.PHONE_ENRICHMENT, true);
        });
        assertThat(start.getException()).isNull();
        JobSubmission job = start.getMessage().getBody(JobSubmission.class);
        assertThat(job.getJobStatus()).isEqualTo(JobStatus.PENDING);
        assertThat(json(SANDBOX.sandbox().stats().lastRequest().body())).isEqualTo(json("{\"linkedin_urls\":["
                + "\"https://www.linkedin.com/in/ada\",\"https://www.linkedin.com/in/not-found-grace\","
                + "\"https://www.linkedin.com/in/linus\"],\"people_ids\":[\"p1\",\"p2\",\"p3\"],\"phone_enrichment\":true}"));

        // the job id header set by start feeds status
        Exchange pending = template.send("direct:bulkStatus", e -> e.getMessage().setHeaders(start.getMessage().getHeaders()));
        assertThat(pending.getMessage().getHeader(CladoConstants.JOB_STATUS)).isEqualTo("pending");

        advance(Duration.ofMinutes(2));
        Exchange done = template.send("direct:bulkStatus", e -> e.getMessage().setHeader(CladoConstants.JOB_ID, job.getJobId()));
        BulkContactsStatus status = done.getMessage().getBody(BulkContactsStatus.class);
        assertThat(status.getJobStatus()).isEqualTo(JobStatus.COMPLETED);
        assertThat(status.isTerminal()).isTrue();
        assertThat(status.getTotalUrls()).isEqualTo(3);
        assertThat(status.getSuccessful()).isEqualTo(2);
        assertThat(status.getFailed()).isEqualTo(1);
        assertThat(status.getCreditsUsed()).isEqualTo(20);
        BulkContactResult first = status.getResults().get(0);
        assertThat(first.getPeopleId()).isEqualTo("p1");
        assertThat(first.getSuccess()).isTrue();
        assertThat(first.getData().getContacts()).extracting("type").containsExactly("phone");
        assertThat(status.getResults().get(1).getSuccess()).isFalse();
        assertThat(done.getMessage().getHeaders()).containsEntry(CladoConstants.JOB_TERMINAL, true)
                .containsEntry(CladoConstants.RESULT_COUNT, 3).containsEntry(CladoConstants.TOTAL_RESULTS, 3);
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void aFailingJobEndsInError() {
        Exchange start = template.send(clado("bulkContacts/start",
                "linkedinUrls=https://www.linkedin.com/in/a,https://www.linkedin.com/in/sandbox-error"), e -> {
                });
        advance(Duration.ofMinutes(2));
        Exchange done = template.send("direct:bulkStatus",
                e -> e.getMessage().setHeader(CladoConstants.JOB_ID, start.getMessage().getHeader(CladoConstants.JOB_ID)));
        BulkContactsStatus status = done.getMessage().getBody(BulkContactsStatus.class);
        assertThat(status.getJobStatus()).isEqualTo(JobStatus.ERROR);
        assertThat(status.getError().asText()).contains("sandbox-error");
    }

    @Test
    void anUnknownJobIs404() {
        Exchange exchange = template.send("direct:bulkStatus", e -> e.getMessage().setHeader(CladoConstants.JOB_ID, "nope"));
        assertThat(failure(exchange, CladoNotFoundException.class).getApiMessage())
                .isEqualTo("Bulk enrichment job not found or expired");
    }
}
