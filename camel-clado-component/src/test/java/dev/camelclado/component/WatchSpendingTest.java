package dev.camelclado.component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import dev.camelclado.component.model.DeepResearchStatus;
import dev.camelclado.component.watch.JobWatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No paid read goes past what the route and the limits allow: a route that fails on an event gets it again from
 * memory (no new read), a watch at its limit is not read again, and a concurrent registration neither re-opens an
 * ended watch nor makes the consumer forget that it ended.
 */
class WatchSpendingTest extends WatchTestSupport {

    /** One event as a route saw it: when, and with which status, change, end reason and event id. */
    private record Attempt(Instant at, String status, String change, String endReason, String eventId, long readsSoFar) {
    }

    private final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());

    /** A route that notes each event and fails on the first {@code failures} events matching {@code failOn}. */
    private void consume(String uri, java.util.function.Predicate<Exchange> failOn, int failures) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("watch").process(e -> {
                    String jobId = e.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
                    attempts.add(new Attempt(clock.now(), e.getMessage().getHeader(CladoConstants.JOB_STATUS, String.class),
                            e.getMessage().getHeader(CladoConstants.JOB_CHANGE, String.class),
                            e.getMessage().getHeader(CladoConstants.WATCH_END_REASON, String.class),
                            e.getMessage().getHeader(CladoConstants.EVENT_ID, String.class),
                            sandbox.sandbox().stats().statusPollAttempts(jobId)));
                    if (failOn.test(e) && attempts.stream().filter(a -> a.eventId()
                            .equals(e.getMessage().getHeader(CladoConstants.EVENT_ID))).count() <= failures) {
                        throw new IllegalStateException("downstream is down");
                    }
                }).to("mock:events");
            }
        });
    }

    private static boolean completed(Exchange e) {
        return "completed".equals(e.getMessage().getHeader(CladoConstants.JOB_STATUS));
    }

    private List<Attempt> attemptsWith(java.util.function.Predicate<Attempt> which) {
        synchronized (attempts) {
            return attempts.stream().filter(which).toList();
        }
    }

    private static List<Duration> gaps(List<Attempt> list) {
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < list.size(); i++) {
            gaps.add(Duration.between(list.get(i - 1).at(), list.get(i).at()));
        }
        return gaps;
    }

    @Test
    void aRouteFailingOnTheTerminalEventGetsItAgainFromMemoryWithBackoffAndNoNewRead() throws Exception {
        consume(watch("deepResearch/status"), WatchSpendingTest::completed, 3);
        String jobId = startDeepResearch("the route fails at the end", 10);
        advance(Duration.ofMinutes(10), Duration.ofSeconds(1));

        List<Attempt> terminal = attemptsWith(a -> "completed".equals(a.status()));
        assertThat(terminal).hasSize(4);
        // every attempt comes after the same reads: the event is sent again, the job is not read again
        assertThat(terminal).extracting(Attempt::readsSoFar).containsOnly(terminal.get(0).readsSoFar());
        assertThat(sandbox.sandbox().stats().statusPollAttempts(jobId)).isEqualTo(terminal.get(0).readsSoFar());
        // waits double from minPollInterval (5 s)
        assertThat(gaps(terminal)).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20));
        // the same event each time, so a route could drop a duplicate
        assertThat(terminal).extracting(Attempt::eventId).containsOnly(terminal.get(0).eventId());
        Exchange done = getMockEndpoint("mock:events").getReceivedExchanges().get(3);
        assertThat(done.getMessage().getBody(DeepResearchStatus.class).getResults()).hasSize(10);
        JobWatch watch = watches().find(jobId).orElseThrow();
        assertThat(watch.isActive()).isFalse();
        assertThat(watch.getEndReason()).isEqualTo("completed");
        assertThat(statusesOf(getMockEndpoint("mock:events"), jobId)).containsExactly("pending", "searching",
                "processing", "completed");
    }

    @Test
    void aRouteThatKeepsFailingOnTheWatchEndedEventOfMaxPollsPerJobCausesNoMoreReads() throws Exception {
        consume(watch("deepResearch/status", "maxPollsPerJob=3", "maxPollInterval=60s"),
                e -> e.getMessage().getHeader(CladoConstants.WATCH_END_REASON) != null, Integer.MAX_VALUE);
        String jobId = startDeepResearch("the route never takes the last event", 10);
        advance(Duration.ofMinutes(20), Duration.ofSeconds(5));

        assertThat(sandbox.sandbox().stats().statusPollAttempts(jobId)).isEqualTo(3);
        List<Attempt> last = attemptsWith(a -> "maxPollsPerJob".equals(a.endReason()));
        assertThat(last).hasSizeGreaterThan(5);
        // 5 s, 10 s, 20 s, 40 s, then maxPollInterval
        assertThat(gaps(last)).startsWith(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(40), Duration.ofSeconds(60));
        assertThat(last).extracting(Attempt::eventId).containsOnly(last.get(0).eventId());
        assertThat(watches().find(jobId).orElseThrow().getPolls()).isEqualTo(3);
    }

    @Test
    void aContinuedJobAlreadyAtMaxPollsPerJobEndsWithoutAnotherRead() throws Exception {
        consume(watch("deepResearch/status", "maxPollsPerJob=30"), e -> false, 0);
        String jobId = startDeepResearch("continued at the limit", 10);
        advance(Duration.ofMinutes(4), Duration.ofSeconds(1));
        assertThat(statusesOf(getMockEndpoint("mock:events"), jobId)).endsWith("completed");
        // the job used its reads
        updateStored(jobId, w -> w.setPolls(30));
        long reads = sandbox.sandbox().stats().statusPollAttempts(jobId);

        template.request("clado:deepResearch/continue?additionalLimit=5",
                e -> e.getMessage().setHeader(CladoConstants.JOB_ID, jobId));
        advance(Duration.ofMinutes(4), Duration.ofSeconds(1));

        assertThat(sandbox.sandbox().stats().statusPollAttempts(jobId)).as("no read past the limit").isEqualTo(reads);
        Attempt last = attempts.get(attempts.size() - 1);
        assertThat(last.change()).isEqualTo("watchEnded");
        assertThat(last.endReason()).isEqualTo("maxPollsPerJob");
        assertThat(last.status()).as("the last run's status is not this run's").isNull();
        Exchange ended = getMockEndpoint("mock:events").getReceivedExchanges().get(4);
        assertThat(ended.getMessage().getHeader(CladoConstants.JOB_TERMINAL)).isEqualTo(false);
        assertThat(ended.getMessage().getHeader(CladoConstants.JOB_POLLS)).isEqualTo(30);
        assertThat(ended.getMessage().getBody(DeepResearchStatus.class).getJobId()).isEqualTo(jobId);
        JobWatch watch = watches().find(jobId).orElseThrow();
        assertThat(watch.isActive()).isFalse();
        assertThat(watch.getEndReason()).isEqualTo("maxPollsPerJob");
    }

    @Test
    void theResultsReadOfAnEndedJobIsNotMadePastMaxPollsPerJob() throws Exception {
        consume(watch("deepResearch/status", "maxPollsPerJob=30"), e -> false, 0);
        String jobId = startDeepResearch("results past the limit", 10);
        advance(Duration.ofSeconds(30), Duration.ofSeconds(1));
        assertThat(statusesOf(getMockEndpoint("mock:events"), jobId)).endsWith("searching");
        // one read left; the job ends unseen, so the read that sees it asks for one result only
        updateStored(jobId, w -> w.setPolls(29));
        long reads = sandbox.sandbox().stats().statusPollAttempts(jobId);

        advance(Duration.ofMinutes(5), Duration.ofMinutes(5));

        assertThat(sandbox.sandbox().stats().statusPollAttempts(jobId)).isEqualTo(reads + 1);
        Exchange done = getMockEndpoint("mock:events").getReceivedExchanges().get(
                getMockEndpoint("mock:events").getReceivedExchanges().size() - 1);
        assertThat(done.getMessage().getHeader(CladoConstants.JOB_STATUS)).isEqualTo("completed");
        assertThat(done.getMessage().getHeader(CladoConstants.JOB_TERMINAL)).isEqualTo(true);
        assertThat(done.getMessage().getHeader(CladoConstants.WATCH_END_REASON)).isEqualTo("maxPollsPerJob");
        assertThat(done.getMessage().getBody(DeepResearchStatus.class).getResults()).hasSizeLessThanOrEqualTo(1);
        assertThat(done.getMessage().getHeader(CladoConstants.TOTAL_RESULTS)).isEqualTo(10);
        assertThat(watches().find(jobId).orElseThrow().getPolls()).isEqualTo(30);
    }

    @Test
    void aStatusCallWithTheWatchHeaderDuringTheLastEventLeavesTheWatchEnded() throws Exception {
        consume(watch("deepResearch/status", "maxPollsPerJob=3"), e -> {
            if (e.getMessage().getHeader(CladoConstants.WATCH_END_REASON) != null) {
                // the route looks at the job itself, and asks for it to be watched (a new registration)
                template.request("clado:deepResearch/status", x -> {
                    x.getMessage().setHeader(CladoConstants.JOB_ID, e.getMessage().getHeader(CladoConstants.JOB_ID));
                    x.getMessage().setHeader(CladoConstants.WATCH, true);
                });
            }
            return false;
        }, 0);
        String jobId = startDeepResearch("registered while it ends", 10);
        advance(Duration.ofMinutes(10), Duration.ofSeconds(1));

        // three reads of the consumer, one of the route
        assertThat(sandbox.sandbox().stats().statusPollAttempts(jobId)).isEqualTo(4);
        assertThat(attemptsWith(a -> a.endReason() != null)).as("one last event").hasSize(1);
        JobWatch watch = watches().find(jobId).orElseThrow();
        assertThat(watch.isActive()).isFalse();
        assertThat(watch.getEndReason()).isEqualTo("maxPollsPerJob");
        assertThat(watch.getPolls()).isEqualTo(3);
    }

    @Test
    void aStatusCallWithTheWatchHeaderDuringTheTerminalEventCausesNoFurtherRead() throws Exception {
        consume(watch("deepResearch/status"), e -> {
            if (completed(e)) {
                template.request("clado:deepResearch/status", x -> {
                    x.getMessage().setHeader(CladoConstants.JOB_ID, e.getMessage().getHeader(CladoConstants.JOB_ID));
                    x.getMessage().setHeader(CladoConstants.WATCH, true);
                });
            }
            return false;
        }, 0);
        String jobId = startDeepResearch("registered as it completes", 10);
        advance(Duration.ofMinutes(4), Duration.ofSeconds(1));
        long reads = sandbox.sandbox().stats().statusPollAttempts(jobId);
        assertThat(attemptsWith(a -> "completed".equals(a.status()))).hasSize(1);

        advance(Duration.ofMinutes(10), Duration.ofSeconds(10));
        assertThat(sandbox.sandbox().stats().statusPollAttempts(jobId)).isEqualTo(reads);
        assertThat(watches().find(jobId).orElseThrow().isActive()).isFalse();
    }

    @Test
    void theWatchHeaderOnAStatusCallDoesNotReopenAFinishedJob() throws Exception {
        consume(watch("deepResearch/status"), e -> false, 0);
        String jobId = startDeepResearch("finished", 10);
        advance(Duration.ofMinutes(4), Duration.ofSeconds(1));
        MockEndpoint events = getMockEndpoint("mock:events");
        assertThat(statusesOf(events, jobId)).endsWith("completed");
        long reads = sandbox.sandbox().stats().statusPollAttempts(jobId);

        template.request("clado:deepResearch/status", e -> {
            e.getMessage().setHeader(CladoConstants.JOB_ID, jobId);
            e.getMessage().setHeader(CladoConstants.WATCH, true);
        });
        advance(Duration.ofMinutes(10), Duration.ofSeconds(10));

        assertThat(sandbox.sandbox().stats().statusPollAttempts(jobId)).as("the status call only").isEqualTo(reads + 1);
        assertThat(events.getReceivedExchanges()).hasSize(4);
        assertThat(watches().find(jobId).orElseThrow().isActive()).isFalse();
    }

    @Test
    void everyEventCarriesAnIdOfItsJobRunAndChange() throws Exception {
        consume(watch("deepResearch/status"), e -> false, 0);
        String jobId = startDeepResearch("ids", 10);
        advance(Duration.ofMinutes(4), Duration.ofSeconds(1));

        long run = watches().find(jobId).orElseThrow().getRunStartedAt().toEpochMilli();
        assertThat(attempts).extracting(Attempt::eventId).containsExactly(jobId + ":" + run + ":status:pending",
                jobId + ":" + run + ":status:searching", jobId + ":" + run + ":status:processing",
                jobId + ":" + run + ":status:completed");
    }
}
