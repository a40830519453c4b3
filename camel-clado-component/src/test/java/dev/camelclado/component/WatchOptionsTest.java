package dev.camelclado.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import dev.camelclado.component.model.BulkContactsStatus;
import dev.camelclado.component.model.DeepResearchStatus;
import dev.camelclado.component.model.PersonResult;
import dev.camelclado.component.watch.JobKind;
import dev.camelclado.component.watch.ResultPages;
import dev.camelclado.sandbox.CladoSandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a consumer route can ask for: one job, bulk jobs, progress events, limits, result pages, continue. */
class WatchOptionsTest extends WatchTestSupport {

    private static final String SEEDED = "6f1c0000-0000-4000-8000-000000000001";

    @Override
    protected CladoSandbox.Builder sandboxSettings() {
        return super.sandboxSettings().seedDeepResearchJob(SEEDED, "seeded job", 12);
    }

    private void consume(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("mock:events");
            }
        });
    }

    @Test
    void aConsumerWithAJobIdWatchesThatJobOnlyAndStopsReadingWhenItEnds() throws Exception {
        String other = startDeepResearch("not watched here", 10);
        consume(watch("deepResearch/status", "jobId=" + SEEDED));
        MockEndpoint events = getMockEndpoint("mock:events");
        advance(Duration.ofMinutes(4), Duration.ofSeconds(1));

        assertThat(statusesOf(events, SEEDED)).containsExactly("pending", "searching", "processing", "completed");
        assertThat(events.getReceivedExchanges()).hasSize(4);
        assertThat(sandbox.sandbox().stats().statusPolls(other)).as("the other job is not this consumer's").isZero();
        long reads = sandbox.sandbox().stats().statusPolls(SEEDED);
        advance(Duration.ofMinutes(20), Duration.ofMinutes(1));
        assertThat(sandbox.sandbox().stats().statusPolls(SEEDED)).isEqualTo(reads);
        assertThat(context.getRouteController().getRouteStatus(context.getRoutes().get(0).getRouteId()).isStarted())
                .as("the route stays up").isTrue();
    }

    @Test
    void bulkContactJobsEmitTheirStatusesAndTheResultsWithTheLastOne() throws Exception {
        consume(watch("bulkContacts/status"));
        Exchange started = template.request("clado:bulkContacts/start", e -> e.getMessage().setBody(List.of(
                "https://www.linkedin.com/in/ada", "https://www.linkedin.com/in/grace", "https://www.linkedin.com/in/not-found")));
        String jobId = started.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
        advance(Duration.ofMinutes(3), Duration.ofSeconds(1));

        MockEndpoint events = getMockEndpoint("mock:events");
        assertThat(statusesOf(events, jobId)).containsExactly("pending", "processing", "completed");
        Exchange done = events.getReceivedExchanges().get(2);
        BulkContactsStatus job = done.getMessage().getBody(BulkContactsStatus.class);
        assertThat(job.getResults()).hasSize(3);
        assertThat(done.getMessage().getHeader(CladoConstants.PROCESSED)).isEqualTo(3);
        assertThat(done.getMessage().getHeader(CladoConstants.TOTAL_URLS)).isEqualTo(3);
        assertThat(done.getMessage().getHeader(CladoConstants.JOB_TERMINAL)).isEqualTo(true);
    }

    @Test
    void progressEventsComeBetweenStatusEventsWhenAskedFor() throws Exception {
        consume(watch("deepResearch/status", "emitProgress=true", "pollSchedule=fixed", "minPollInterval=10s"));
        String jobId = startDeepResearch("progress", 30);
        advance(Duration.ofMinutes(3), Duration.ofSeconds(1));

        MockEndpoint events = getMockEndpoint("mock:events");
        List<String> changes = header(events, CladoConstants.JOB_CHANGE);
        assertThat(changes).contains("status", "progress");
        // the first read, 10 s after the start, finds the job searching already
        assertThat(statusesOf(events, jobId)).startsWith("searching").contains("processing").endsWith("completed");
        List<Integer> chunks = events.getReceivedExchanges().stream()
                .filter(e -> "searching".equals(e.getMessage().getHeader(CladoConstants.JOB_STATUS)))
                .map(e -> e.getMessage().getHeader(CladoConstants.SEARCH_CHUNK_DONE, Integer.class)).toList();
        assertThat(chunks).hasSizeGreaterThan(2).isSorted().doesNotHaveDuplicates();
        // one event per read that saw something new: a fixed 10 s schedule reads the 125 s job 13 times
        assertThat(events.getReceivedExchanges()).hasSizeLessThanOrEqualTo(
                (int) sandbox.sandbox().stats().statusPolls(jobId));
    }

    @Test
    void maxPollsPerJobEndsTheWatchWithALastEventThatSaysWhy() throws Exception {
        consume(watch("deepResearch/status", "maxPollsPerJob=3"));
        String jobId = startDeepResearch("budgeted", 10);
        advance(Duration.ofMinutes(5), Duration.ofSeconds(1));

        MockEndpoint events = getMockEndpoint("mock:events");
        assertThat(sandbox.sandbox().stats().statusPolls(jobId)).isEqualTo(3);
        Exchange last = events.getReceivedExchanges().get(events.getReceivedExchanges().size() - 1);
        assertThat(last.getMessage().getHeader(CladoConstants.WATCH_END_REASON)).isEqualTo("maxPollsPerJob");
        assertThat(last.getMessage().getHeader(CladoConstants.JOB_TERMINAL)).isEqualTo(false);
        assertThat(last.getMessage().getHeader(CladoConstants.JOB_POLLS)).isEqualTo(3);
        assertThat(watches().find(jobId).orElseThrow().getEndReason()).isEqualTo("maxPollsPerJob");
    }

    @Test
    void resultPagesAreReadOnlyAsTheRouteIteratesThem() throws Exception {
        List<Integer> pageSizes = new ArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(watch("deepResearch/status", "resultsMode=pages", "pageSize=10"))
                        .filter(header(CladoConstants.JOB_TERMINAL))
                        .split(header(CladoConstants.RESULT_PAGES)).streaming()
                        .process(e -> pageSizes.add(e.getMessage().getBody(List.class).size()))
                        .end()
                        .to("mock:events");
            }
        });
        String jobId = startDeepResearch("paged", 25);
        advance(Duration.ofMinutes(4), Duration.ofSeconds(1));

        assertThat(pageSizes).containsExactly(10, 10, 5);
        Exchange done = getMockEndpoint("mock:events").getReceivedExchanges().get(0);
        ResultPages pages = done.getMessage().getHeader(CladoConstants.RESULT_PAGES, ResultPages.class);
        assertThat(pages.getPageCount()).isEqualTo(3);
        assertThat(sandbox.sandbox().stats().recentRequests().stream()
                .filter(r -> r.path().endsWith(jobId) && r.rawQuery() != null && r.rawQuery().contains("page_size=10"))
                .count()).isEqualTo(3);
    }

    @Test
    void withoutResultsTheTerminalEventIsOneLightRead() throws Exception {
        consume(watch("deepResearch/status", "resultsMode=none"));
        String jobId = startDeepResearch("light", 25);
        advance(Duration.ofMinutes(4), Duration.ofSeconds(1));

        Exchange done = getMockEndpoint("mock:events").getReceivedExchanges().get(3);
        assertThat(done.getMessage().getHeader(CladoConstants.JOB_STATUS)).isEqualTo("completed");
        assertThat(done.getMessage().getBody(DeepResearchStatus.class).getResults()).hasSizeLessThanOrEqualTo(1);
        assertThat(done.getMessage().getHeader(CladoConstants.TOTAL_RESULTS)).isEqualTo(25);
        assertThat(sandbox.sandbox().stats().recentRequests().stream()
                .filter(r -> r.path().endsWith(jobId)).allMatch(r -> r.rawQuery().contains("page_size=1&")))
                .isTrue();
    }

    @Test
    void aContinuedJobIsWatchedAgainFromCompletedBackToCompleted() throws Exception {
        consume(watch("deepResearch/status"));
        String jobId = startDeepResearch("continued", 10);
        advance(Duration.ofMinutes(3), Duration.ofSeconds(1));
        template.request("clado:deepResearch/continue?additionalLimit=15",
                e -> e.getMessage().setHeader(CladoConstants.JOB_ID, jobId));
        advance(Duration.ofMinutes(3), Duration.ofSeconds(1));

        MockEndpoint events = getMockEndpoint("mock:events");
        assertThat(statusesOf(events, jobId)).containsExactly("pending", "searching", "processing", "completed",
                "pending", "searching", "processing", "completed");
        Exchange last = events.getReceivedExchanges().get(7);
        assertThat(last.getMessage().getBody(DeepResearchStatus.class).getResults()).hasSize(25);
        assertThat(events.getReceivedExchanges().get(4).getMessage().getHeader(CladoConstants.JOB_PREVIOUS_STATUS))
                .isEqualTo("completed");
    }

    @Test
    void theWatchHeaderAndApiAddJobsAndWatchJobsFalseLeavesThemOut() throws Exception {
        consume(watch("deepResearch/status"));
        Exchange unwatched = template.request("clado:deepResearch/start?watchJobs=false", e -> {
            e.getMessage().setHeader(CladoConstants.QUERY, "not watched");
        });
        String quiet = unwatched.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
        Exchange headerOff = template.request("clado:deepResearch/start", e -> {
            e.getMessage().setHeader(CladoConstants.QUERY, "not watched either");
            e.getMessage().setHeader(CladoConstants.WATCH, false);
        });
        String quieter = headerOff.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
        assertThat(watches().find(quiet)).isEmpty();
        assertThat(watches().find(quieter)).isEmpty();

        // a status read with the header adds the job; so does the component's API
        template.request("clado:deepResearch/status", e -> {
            e.getMessage().setHeader(CladoConstants.JOB_ID, quiet);
            e.getMessage().setHeader(CladoConstants.WATCH, true);
        });
        context.getComponent("clado", CladoComponent.class).watchJob(JobKind.DEEP_RESEARCH, SEEDED);
        advance(Duration.ofMinutes(4), Duration.ofSeconds(1));

        MockEndpoint events = getMockEndpoint("mock:events");
        assertThat(statusesOf(events, quiet)).endsWith("completed");
        assertThat(statusesOf(events, SEEDED)).endsWith("completed");
        assertThat(statusesOf(events, quieter)).isEmpty();
    }

    @Test
    void aChangeWhoseRouteFailedIsEmittedAgainSoonWithoutANewRead() throws Exception {
        List<String> attempts = new ArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(watch("deepResearch/status")).process(e -> {
                    String status = e.getMessage().getHeader(CladoConstants.JOB_STATUS, String.class);
                    attempts.add(status);
                    if ("searching".equals(status) && attempts.stream().filter("searching"::equals).count() == 1) {
                        throw new IllegalStateException("downstream is down");
                    }
                }).to("mock:events");
            }
        });
        String jobId = startDeepResearch("flaky route", 10);
        advance(Duration.ofMinutes(4), Duration.ofSeconds(1));

        assertThat(attempts).containsExactly("pending", "searching", "searching", "processing", "completed");
        assertThat(statusesOf(getMockEndpoint("mock:events"), jobId)).containsExactly("pending", "searching",
                "processing", "completed");
    }

    @Test
    void aYamlRouteConsumesWithSchedulerAndWatchOptions() throws Exception {
        String yaml = """
                - route:
                    id: yaml-watch
                    from:
                      uri: clado:deepResearch/status
                      parameters:
                        delay: 5
                        initialDelay: 0
                        minPollInterval: 3s
                        resultsMode: none
                      steps:
                        - to: mock:events
                """;
        org.apache.camel.support.PluginHelper.getRoutesLoader(context).loadRoutes(
                org.apache.camel.support.ResourceHelper.fromString("watch.yaml", yaml));
        String jobId = startDeepResearch("yaml", 10);
        advance(Duration.ofMinutes(4), Duration.ofSeconds(1));

        assertThat(statusesOf(getMockEndpoint("mock:events"), jobId)).containsExactly("pending", "searching",
                "processing", "completed");
        CladoConsumer consumer = (CladoConsumer) context.getRoute("yaml-watch").getConsumer();
        assertThat(consumer.getSchedule().minInterval()).isEqualTo(Duration.ofSeconds(3));
        assertThat(consumer.getDelay()).isEqualTo(5);
    }

    @Test
    void onlyTheTwoStatusReadsCanConsumeAndBadScheduleOptionsAreNamed() {
        assertThatThrownBy(() -> consume("clado:search/people?query=x"))
                .rootCause()
                .isInstanceOf(CladoConfigurationException.class)
                .hasMessageContaining("only clado:deepResearch/status and clado:bulkContacts/status consume");
        assertThatThrownBy(() -> consume("clado:deepResearch/status?minPollInterval=10s&maxPollInterval=5s"))
                .rootCause().isInstanceOf(CladoConfigurationException.class)
                .hasMessageContaining("maxPollInterval (5000 ms) must be at least minPollInterval (10000 ms)");
        assertThatThrownBy(() -> consume("clado:deepResearch/status?pollAgeRatio=0"))
                .rootCause().hasMessageContaining("pollAgeRatio must be a positive number");
    }

    private static Throwable rootOf(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private CladoConfigurationException refused(String uri) {
        Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> consume(uri));
        assertThat(rootOf(thrown)).isInstanceOf(CladoConfigurationException.class);
        return (CladoConfigurationException) rootOf(thrown);
    }

    @Test
    void aSecondConsumerOfTheSameJobsIsRefusedWithWhatToDo() throws Exception {
        consume(watch("deepResearch/status"));
        CladoConfigurationException overlap = refused(watch("deepResearch/status", "jobId=" + SEEDED));
        assertThat(overlap.getOption()).isEqualTo("jobId");
        assertThat(overlap).hasMessageContaining("watches job " + SEEDED)
                .hasMessageContaining("which watches every DEEP_RESEARCH job")
                .hasMessageContaining("several nodes on one JdbcJobWatchRepository");
        assertThat(refused(watch("deepResearch/status", "minPollInterval=2s")))
                .hasMessageContaining("watches every DEEP_RESEARCH job");
        // other kinds, other accounts, and other jobs next to a jobId consumer are fine
        consume(watch("bulkContacts/status"));
        consume(watch("deepResearch/status", "apiKey=lk_another_account_0123456789"));

        context.getComponent("clado", CladoComponent.class).getConfiguration().setWatchRepository(
                new dev.camelclado.component.watch.MemoryJobWatchRepository());
        consume(watch("deepResearch/status", "jobId=one-job"));
        consume(watch("deepResearch/status", "jobId=another-job"));
        assertThat(refused(watch("deepResearch/status", "jobId=one-job", "minPollInterval=2s")))
                .hasMessageContaining("watches job one-job");
    }
}
