package dev.camelclado.component;

import java.time.Duration;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import dev.camelclado.component.model.DeepResearchStatus;
import dev.camelclado.component.watch.JobWatch;
import dev.camelclado.sandbox.StatusChange;

import static org.assertj.core.api.Assertions.assertThat;

/** A consumer watching the jobs a producer of the same application starts, in direct mode. */
class DeepResearchWatchTest extends WatchTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(watch("deepResearch/status")).routeId("watch").to("mock:events");
            }
        };
    }

    @Test
    void eachStatusOfAJobStartedElsewhereInTheApplicationIsEmittedOnceAndTheLastCarriesTheResults() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        String jobId = startDeepResearch("platform engineers in Lisbon", 20);

        advance(Duration.ofMinutes(4), Duration.ofSeconds(1));

        assertThat(statusesOf(events, jobId)).containsExactly("pending", "searching", "processing", "completed");
        assertThat(header(events, CladoConstants.JOB_PREVIOUS_STATUS)).containsExactly(null, "pending", "searching",
                "processing");
        assertThat(header(events, CladoConstants.JOB_CHANGE)).containsOnly("status");
        Exchange completed = events.getReceivedExchanges().get(3);
        DeepResearchStatus job = completed.getMessage().getBody(DeepResearchStatus.class);
        assertThat(job.getResults()).hasSize(20);
        assertThat(completed.getMessage().getHeader(CladoConstants.JOB_TERMINAL)).isEqualTo(true);
        assertThat(completed.getMessage().getHeader(CladoConstants.TOTAL_RESULTS)).isEqualTo(20);
        assertThat(completed.getMessage().getHeader(CladoConstants.RESULT_COUNT)).isEqualTo(20);
        assertThat(completed.getMessage().getHeader(CladoConstants.WATCH_END_REASON)).isEqualTo("completed");
        long reads = sandbox.sandbox().stats().statusPolls(jobId);
        assertThat(completed.getMessage().getHeader(CladoConstants.JOB_POLLS, Long.class)).isEqualTo(reads);
        assertThat(completed.getMessage().getHeader(CladoConstants.JOB_POLL_COST, Long.class)).isZero();

        // the job has ended: no request is made for it again
        advance(Duration.ofMinutes(30), Duration.ofSeconds(30));
        assertThat(sandbox.sandbox().stats().statusPolls(jobId)).isEqualTo(reads);
        assertThat(events.getReceivedExchanges()).hasSize(4);
        JobWatch watch = watches().find(jobId).orElseThrow();
        assertThat(watch.isActive()).isFalse();
        assertThat(watch.getEndReason()).isEqualTo("completed");
    }

    @Test
    void eachChangeIsSeenSoonAfterItHappensWithFewReads() throws Exception {
        String jobId = startDeepResearch("site reliability engineers", 40);
        MockEndpoint events = getMockEndpoint("mock:events");
        List<java.time.Instant> seenAt = new java.util.ArrayList<>();
        events.whenAnyExchangeReceived(e -> seenAt.add(clock.now()));

        advance(Duration.ofMinutes(4), Duration.ofMillis(500));

        List<StatusChange> truth = sandbox.sandbox().statusChanges(jobId);
        assertThat(truth).extracting(StatusChange::status).containsExactly("pending", "searching", "processing",
                "completed");
        // the job takes 125 s; each change after the start is seen within 10% of that
        for (int i = 1; i < truth.size(); i++) {
            Duration delay = Duration.between(truth.get(i).at(), seenAt.get(i));
            assertThat(delay).as(truth.get(i).status() + " seen after").isBetween(Duration.ZERO, Duration.ofMillis(12_500));
        }
        // fixed polling every 10 s would read it 13 times, every 2 s 63 times
        assertThat(sandbox.sandbox().stats().statusPolls(jobId)).isLessThanOrEqualTo(10);
    }

    @Test
    void severalJobsAreWatchedTogetherAndAFailedOneEndsInError() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        String first = startDeepResearch("rust developers", 10);
        advance(Duration.ofSeconds(30), Duration.ofSeconds(1));
        String failing = startDeepResearch("#error data scientists", 10);
        advance(Duration.ofMinutes(5), Duration.ofSeconds(1));

        assertThat(statusesOf(events, first)).containsExactly("pending", "searching", "processing", "completed");
        assertThat(statusesOf(events, failing)).containsExactly("pending", "searching", "error");
        Exchange error = events.getReceivedExchanges().stream()
                .filter(e -> "error".equals(e.getMessage().getHeader(CladoConstants.JOB_STATUS))).findFirst().orElseThrow();
        assertThat(error.getException()).as("a failed job is an event, not an exception").isNull();
        assertThat(error.getMessage().getBody(DeepResearchStatus.class).getError().asText()).contains("#error");
        assertThat(error.getMessage().getHeader(CladoConstants.JOB_TERMINAL)).isEqualTo(true);
        assertThat(watches().list()).allMatch(w -> !w.isActive());
    }
}
