package dev.camelclado.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelclado.component.model.CancelResult;
import dev.camelclado.component.model.DeepResearchStatus;
import dev.camelclado.component.model.JobStatus;
import dev.camelclado.component.model.JobSubmission;
import dev.camelclado.sandbox.SandboxStats;

import static org.assertj.core.api.Assertions.assertThat;

class DeepResearchLifecycleTest extends CladoTestSupport {

    private final List<String> statusesSeen = new ArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to(clado("deepResearch/start"));
                from("direct:status").to(clado("deepResearch/status"));
                from("direct:cancel").to(clado("deepResearch/cancel"));
                from("direct:continue").to(clado("deepResearch/continue"));

                // start, read the status until the job ends, continue it, read again until it ends
                from("direct:lifecycle")
                        .to(clado("deepResearch/start", "limit=20"))
                        .process(e -> recordStatus(e))
                        .to("direct:untilDone")
                        .to(clado("deepResearch/continue", "additionalLimit=15"))
                        .process(e -> recordStatus(e))
                        .to("direct:untilDone");
                from("direct:untilDone")
                        .loopDoWhile(header(CladoConstants.JOB_TERMINAL).isNotEqualTo(true))
                            .process(e -> capPolls(e))
                            .process(e -> advance(Duration.ofSeconds(20)))
                            .to(clado("deepResearch/status"))
                            .process(e -> recordStatus(e))
                        .end();
            }
        };
    }

    /** A regression must fail the test, not hang the build. */
    private static void capPolls(Exchange exchange) {
        int polls = exchange.getProperty("polls", 0, Integer.class) + 1;
        if (polls > 30) {
            throw new IllegalStateException("the job did not end after 30 status reads");
        }
        exchange.setProperty("polls", polls);
    }

    private void recordStatus(Exchange exchange) {
        statusesSeen.add(exchange.getMessage().getHeader(CladoConstants.JOB_STATUS, String.class));
    }

    @Test
    void routeStartsReadsUntilCompletedContinuesAndCancelsAnother() {
        Exchange lifecycle = template.send("direct:lifecycle",
                e -> e.getMessage().setHeader(CladoConstants.QUERY, "platform engineers who know Apache Camel"));

        assertThat(lifecycle.getException()).isNull();
        DeepResearchStatus done = lifecycle.getMessage().getBody(DeepResearchStatus.class);
        assertThat(done.getJobStatus()).isEqualTo(JobStatus.COMPLETED);
        assertThat(done.getFinalResultsCount()).isEqualTo(35);
        assertThat(done.getResults()).hasSize(35);
        assertThat(statusesSeen).containsSubsequence("pending", "searching", "processing", "completed",
                "pending", "searching", "processing", "completed");
        String jobId = lifecycle.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
        assertThat(done.getJobId()).isEqualTo(jobId);

        // the continue asked for 15 more with the documented key
        SandboxStats.RecordedRequest continueRequest = SANDBOX.sandbox().stats().recentRequests().stream()
                .filter(r -> r.path().endsWith(jobId + "/continue")).findFirst().orElseThrow();
        assertThat(continueRequest.body()).isEqualTo("{\"additional_limit\":15}");

        Exchange other = template.send("direct:start", e -> e.getMessage().setHeader(CladoConstants.QUERY, "CFOs in Berlin"));
        String otherId = other.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
        assertThat(otherId).isNotEqualTo(jobId);
        Exchange cancel = template.send("direct:cancel", e -> e.getMessage().setHeader(CladoConstants.JOB_ID, otherId));
        assertThat(cancel.getMessage().getBody(CancelResult.class).isCancelled()).isTrue();
        assertThat(cancel.getMessage().getHeader(CladoConstants.CANCELLED, Boolean.class)).isTrue();

        finishJobs();
        Exchange status = template.send("direct:status", e -> e.getMessage().setHeader(CladoConstants.JOB_ID, otherId));
        assertThat(status.getMessage().getHeader(CladoConstants.JOB_STATUS)).isEqualTo("cancelled");
        assertThat(status.getMessage().getHeader(CladoConstants.JOB_TERMINAL)).isEqualTo(true);
    }

    @Test
    void startAnswersWithTheJobIdInBodyAndHeaders() {
        Exchange start = template.send("direct:start", e -> {
            e.getMessage().setHeader(CladoConstants.QUERY, "data engineers");
            e.getMessage().setHeader(CladoConstants.LIMIT, 5);
            e.getMessage().setHeader(CladoConstants.HARD_FILTER_COMPANY_URLS,
                    List.of("https://www.linkedin.com/company/acme", "https://www.linkedin.com/company/globex"));
        });
        JobSubmission job = start.getMessage().getBody(JobSubmission.class);
        assertThat(job.getJobStatus()).isEqualTo(JobStatus.PENDING);
        assertThat(start.getMessage().getHeaders()).containsEntry(CladoConstants.JOB_ID, job.getJobId())
                .containsEntry(CladoConstants.JOB_STATUS, "pending").containsEntry(CladoConstants.JOB_TERMINAL, false)
                .containsEntry(CladoConstants.HTTP_STATUS, 200);
        assertThat(job.getRawJson().path("message").asText()).isEqualTo("Deep research job initiated");
        assertThat(SANDBOX.sandbox().stats().lastRequest().body()).isEqualTo("{\"query\":\"data engineers\",\"limit\":5,"
                + "\"hard_filter_company_urls\":[\"https://www.linkedin.com/company/acme\",\"https://www.linkedin.com/company/globex\"]}");
    }

    @Test
    void statusPagesThroughResultsAndSaysWhichPageIsNext() {
        String jobId = startedJob("site reliability engineers", 30);
        finishJobs();
        List<Integer> pageSizes = new ArrayList<>();
        Integer page = 1;
        while (page != null) {
            Integer current = page;
            Exchange status = template.send("direct:status", e -> {
                e.getMessage().setHeader(CladoConstants.JOB_ID, jobId);
                e.getMessage().setHeader(CladoConstants.PAGE, current);
                e.getMessage().setHeader(CladoConstants.PAGE_SIZE, 12);
            });
            assertThat(status.getException()).isNull();
            pageSizes.add(status.getMessage().getHeader(CladoConstants.RESULT_COUNT, Integer.class));
            assertThat(status.getMessage().getHeader(CladoConstants.TOTAL_RESULTS)).isEqualTo(30);
            page = status.getMessage().getHeader(CladoConstants.NEXT_PAGE, Integer.class);
        }
        assertThat(pageSizes).containsExactly(12, 12, 6);
        assertThat(SANDBOX.sandbox().stats().lastRequest().rawQuery()).isEqualTo("page=3&page_size=12&legacy=false");
    }

    @Test
    void statusOfAFailedJobIsTerminalWithTheError() {
        String jobId = startedJob("#error scripted failure", 10);
        finishJobs();
        Exchange status = template.send("direct:status", e -> e.getMessage().setHeader(CladoConstants.JOB_ID, jobId));
        DeepResearchStatus body = status.getMessage().getBody(DeepResearchStatus.class);
        assertThat(body.getJobStatus()).isEqualTo(JobStatus.ERROR);
        assertThat(body.isTerminal()).isTrue();
        assertThat(body.getError().asText()).contains("scripted");
    }

    @Test
    void cancelOfACompletedJobIsReportedNotThrown() {
        String jobId = startedJob("growth marketers", 5);
        finishJobs();
        Exchange cancel = template.send("direct:cancel", e -> e.getMessage().setHeader(CladoConstants.JOB_ID, jobId));
        assertThat(cancel.getException()).isNull();
        CancelResult result = cancel.getMessage().getBody(CancelResult.class);
        assertThat(result.isCancelled()).isFalse();
        assertThat(result.getMessage()).isEqualTo("Cannot cancel job: already completed");
        assertThat(cancel.getMessage().getHeader(CladoConstants.CANCELLED)).isEqualTo(false);
    }

    @Test
    void cancelOfACancelledJobAnswers409AndIsReportedNotThrown() {
        String jobId = startedJob("recruiters", 5);
        template.send("direct:cancel", e -> e.getMessage().setHeader(CladoConstants.JOB_ID, jobId));
        Exchange again = template.send("direct:cancel", e -> e.getMessage().setHeader(CladoConstants.JOB_ID, jobId));
        assertThat(again.getException()).isNull();
        assertThat(again.getMessage().getHeader(CladoConstants.HTTP_STATUS)).isEqualTo(409);
        assertThat(again.getMessage().getBody(CancelResult.class).getMessage()).contains("already cancelled");
    }

    @Test
    void cancelOfAnEndedJobThrowsWhenAskedTo() {
        String jobId = startedJob("designers", 5);
        finishJobs();
        Exchange cancel = template.send(clado("deepResearch/cancel", "failOnCancelConflict=true"),
                e -> e.getMessage().setHeader(CladoConstants.JOB_ID, jobId));
        CladoJobConflictException error = failure(cancel, CladoJobConflictException.class);
        assertThat(error.getStatusCode()).isEqualTo(409);
        assertThat(error.getMessage()).isEqualTo("clado:deepResearch/cancel: HTTP 409: Cannot cancel job: already completed");
    }

    @Test
    void continueOfARunningJobIs409() {
        String jobId = startedJob("product managers", 5);
        Exchange more = template.send("direct:continue", e -> e.getMessage().setHeader(CladoConstants.JOB_ID, jobId));
        CladoJobConflictException error = failure(more, CladoJobConflictException.class);
        assertThat(error.getApiMessage()).startsWith("Job must be completed");
        assertThat(SANDBOX.sandbox().stats().lastRequest().body()).isEqualTo("{\"additional_limit\":30}");
    }

    @Test
    void continueWhenNothingIsLeftIs409() {
        String jobId = startedJob("everyone", 100);
        finishJobs();
        template.send("direct:continue", e -> {
            e.getMessage().setHeader(CladoConstants.JOB_ID, jobId);
            e.getMessage().setHeader(CladoConstants.ADDITIONAL_LIMIT, 50);
        });
        finishJobs();
        Exchange status = template.send("direct:status", e -> e.getMessage().setHeader(CladoConstants.JOB_ID, jobId));
        assertThat(status.getMessage().getHeader(CladoConstants.TOTAL_RESULTS)).isEqualTo(120);
        Exchange more = template.send("direct:continue", e -> e.getMessage().setHeader(CladoConstants.JOB_ID, jobId));
        assertThat(failure(more, CladoJobConflictException.class).getApiMessage())
                .isEqualTo("No more results available for this job");
    }

    @Test
    void unknownJobIs404() {
        Exchange status = template.send("direct:status",
                e -> e.getMessage().setHeader(CladoConstants.JOB_ID, "00000000-0000-0000-0000-000000000000"));
        CladoNotFoundException error = failure(status, CladoNotFoundException.class);
        assertThat(error.getStatusCode()).isEqualTo(404);
        assertThat(error.getOperation()).isEqualTo(CladoOperation.DEEP_RESEARCH_STATUS);
        assertThat(error.getApiMessage()).isEqualTo("Job not found");
        assertThat(error.isRetryable()).isFalse();
    }

    @Test
    void anotherKeysJobIs403() {
        String jobId = startedJob("sales leaders", 5);
        Exchange status = template.send(clado("deepResearch/status", "apiKey=RAW(" + OTHER_KEY + ")"),
                e -> e.getMessage().setHeader(CladoConstants.JOB_ID, jobId));
        CladoAuthenticationException error = failure(status, CladoAuthenticationException.class);
        assertThat(error.getStatusCode()).isEqualTo(403);
        assertThat(error.getApiMessage()).isEqualTo("Not authorized to access this job");
    }

    @Test
    void tooFewCreditsIs402() {
        Exchange start = template.send(clado("deepResearch/start", "apiKey=RAW(" + POOR_KEY + ")", "limit=50"),
                e -> e.getMessage().setHeader(CladoConstants.QUERY, "anyone"));
        CladoInsufficientCreditsException error = failure(start, CladoInsufficientCreditsException.class);
        assertThat(error.getStatusCode()).isEqualTo(402);
        assertThat(error.getApiMessage()).isEqualTo("Payment Required - Insufficient credits");
    }

    private String startedJob(String query, int limit) {
        Exchange start = template.send("direct:start", e -> {
            e.getMessage().setHeader(CladoConstants.QUERY, query);
            e.getMessage().setHeader(CladoConstants.LIMIT, limit);
        });
        assertThat(start.getException()).isNull();
        return start.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
    }
}
