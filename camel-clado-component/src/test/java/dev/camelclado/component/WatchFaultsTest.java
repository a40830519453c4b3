package dev.camelclado.component;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;

import dev.camelclado.component.watch.JobKind;
import dev.camelclado.component.watch.JobWatch;

import static org.assertj.core.api.Assertions.assertThat;

/** Poll errors: a lost job ends its watch with an error exchange; anything else is retried, and never stops the consumer. */
class WatchFaultsTest extends WatchTestSupport {

    private static final String STATUS_ROUTE = "GET /api/search/deep_research/{jobId}";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(CladoNotFoundException.class).handled(true).to("mock:lost");
                onException(CladoPollException.class).handled(true).to("mock:pollErrors");
                from(watch("deepResearch/status", "bridgeErrorHandler=true")).routeId("watch").to("mock:events");
            }
        };
    }

    private CladoConsumer watchConsumer() {
        return (CladoConsumer) context.getRoute("watch").getConsumer();
    }

    @Test
    void anUnknownOrExpiredJobEndsItsWatchWithAnErrorExchange() throws Exception {
        context.getComponent("clado", CladoComponent.class).watchJob(JobKind.DEEP_RESEARCH,
                "00000000-0000-4000-8000-00000000dead");
        advance(Duration.ofSeconds(30), Duration.ofSeconds(1));

        MockEndpoint lost = getMockEndpoint("mock:lost");
        assertThat(lost.getReceivedExchanges()).hasSize(1);
        Exchange exchange = lost.getReceivedExchanges().get(0);
        assertThat(exchange.getMessage().getHeader(CladoConstants.JOB_ID)).isEqualTo("00000000-0000-4000-8000-00000000dead");
        assertThat(exchange.getMessage().getHeader(CladoConstants.WATCH_END_REASON)).isEqualTo("notFound");
        assertThat(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, CladoNotFoundException.class).getStatusCode())
                .isEqualTo(404);
        JobWatch watch = watches().find("00000000-0000-4000-8000-00000000dead").orElseThrow();
        assertThat(watch.isActive()).isFalse();
        assertThat(sandbox.sandbox().stats().statusPollAttempts(watch.getJobId())).isEqualTo(1);
        assertThat(getMockEndpoint("mock:pollErrors").getReceivedExchanges()).as("not a poll error").isEmpty();
    }

    @Test
    void flappingServerErrorsAreRetriedAndEveryStatusIsStillEmittedOnce() throws Exception {
        sandbox.sandbox().faults().failEvery(STATUS_ROUTE, 503, "upstream busy", 2);
        String jobId = startDeepResearch("flapping", 10);
        advance(Duration.ofMinutes(5), Duration.ofSeconds(1));

        assertThat(statusesOf(getMockEndpoint("mock:events"), jobId)).containsExactly("pending", "searching",
                "processing", "completed");
        MockEndpoint pollErrors = getMockEndpoint("mock:pollErrors");
        assertThat(pollErrors.getReceivedExchanges()).isNotEmpty();
        CladoPollException error = pollErrors.getReceivedExchanges().get(0)
                .getProperty(Exchange.EXCEPTION_CAUGHT, CladoPollException.class);
        assertThat(error.getCause()).isInstanceOf(CladoServerException.class).hasMessageContaining("upstream busy");
        long attempts = sandbox.sandbox().stats().statusPollAttempts(jobId);
        assertThat(sandbox.sandbox().stats().statusPolls(jobId)).isEqualTo(attempts - attempts / 2);
        assertThat(watchConsumer().getFailedReads()).isEqualTo(attempts / 2);
    }

    @Test
    void aRateLimitHoldsEveryReadUntilRetryAfter() throws Exception {
        String jobId = startDeepResearch("rate limited", 10);
        advance(Duration.ofSeconds(6), Duration.ofSeconds(1));
        sandbox.sandbox().faults().failNext(STATUS_ROUTE, 429, "Rate limit exceeded", 1);
        long before = sandbox.sandbox().stats().statusPollAttempts(jobId);
        for (int second = 0; second < 60 && sandbox.sandbox().stats().statusPollAttempts(jobId) == before; second++) {
            advance(Duration.ofSeconds(1), Duration.ofSeconds(1));
        }
        long attempts = sandbox.sandbox().stats().statusPollAttempts(jobId);
        assertThat(watchConsumer().getRateLimitedUntil()).isEqualTo(now().plusSeconds(60));

        // Clado said nothing about when: the component waits its default 60 s
        advance(Duration.ofSeconds(58), Duration.ofSeconds(1));
        assertThat(sandbox.sandbox().stats().statusPollAttempts(jobId)).isEqualTo(attempts);
        advance(Duration.ofMinutes(3), Duration.ofSeconds(1));
        assertThat(sandbox.sandbox().stats().statusPollAttempts(jobId)).isGreaterThan(attempts);
        assertThat(statusesOf(getMockEndpoint("mock:events"), jobId)).endsWith("completed");
    }

    @Test
    void aNetworkFaultNeverStopsTheConsumerAndTheHealthCheckSaysWhatHappened() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // nothing listens on port 9 of loopback (discard): every read fails to connect
                from(watch("deepResearch/status", "baseUrl=http://127.0.0.1:9", "jobId=unreachable-job"))
                        .routeId("unreachable").to("mock:never");
            }
        });
        CladoConsumer unreachable = (CladoConsumer) context.getRoute("unreachable").getConsumer();
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofSeconds(40));
            settle();
        }
        JobWatch watch = watches().find("unreachable-job").orElseThrow();
        assertThat(watch.isActive()).isTrue();
        assertThat(watch.getConsecutiveErrors()).isGreaterThanOrEqualTo(3);
        assertThat(watch.getLastError()).contains("cannot connect to http://127.0.0.1:9");
        assertThat(context.getRouteController().getRouteStatus("unreachable").isStarted()).isTrue();
        assertThat(unreachable.getFailedReads()).isGreaterThanOrEqualTo(3);

        HealthCheck.Result health = unreachable.getHealthCheck().call(Map.of());
        assertThat(health.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(health.getDetails()).containsEntry("clado.lastSuccessfulRead", "never")
                .containsEntry("clado.watchedJobs", 1L).containsKey("clado.failedReads");
        assertThat(health.getError()).get().isInstanceOf(CladoPollException.class);
    }

    @Test
    void anUnexpectedErrorHandlingOneJobIsThatJobsFailureAndTheOtherJobsOfTheRunGoOn() throws Exception {
        String broken = startDeepResearch("a watch a hand-edited row broke", 10);
        String healthy = startDeepResearch("a healthy job", 10);
        java.time.Instant start = now();
        // a stored watch that makes handling its read throw (no run origin, yet an observation): read first
        updateStored(broken, w -> {
            w.setRegisteredAt(null);
            w.setRunStartedAt(null);
            w.setObservedAt(start);
            w.setNextPollAt(start.plusSeconds(4));
        });
        updateStored(healthy, w -> w.setNextPollAt(start.plusSeconds(5)));
        clock.advance(Duration.ofSeconds(5));
        settle();

        // the healthy job, read in the same run, is emitted and recorded at once (not after its 150 s lease)
        assertThat(statusesOf(getMockEndpoint("mock:events"), healthy)).containsExactly("pending");
        JobWatch read = watches().find(healthy).orElseThrow();
        assertThat(read.getPolls()).isEqualTo(1);
        assertThat(read.getNextPollAt()).isBefore(now().plusSeconds(60));
        // the broken one failed alone, and is tried again later
        JobWatch failed = watches().find(broken).orElseThrow();
        assertThat(failed.isActive()).isTrue();
        assertThat(failed.getConsecutiveErrors()).isEqualTo(1);
        assertThat(failed.getLastError()).contains("NullPointerException");
        assertThat(failed.getPolls()).as("its read was made, and counted").isEqualTo(1);
        assertThat(failed.getNextPollAt()).isEqualTo(now().plusSeconds(5));
        MockEndpoint pollErrors = getMockEndpoint("mock:pollErrors");
        // the poll's error reaches the error handler as the run ends
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> !pollErrors.getReceivedExchanges().isEmpty());
        CladoPollException error = pollErrors.getReceivedExchanges().get(0)
                .getProperty(Exchange.EXCEPTION_CAUGHT, CladoPollException.class);
        assertThat(error.getFailedReads()).isEqualTo(1);
        assertThat(error.getReads()).isEqualTo(2);
    }

    @Test
    void aPasswordOrSecretInTheBaseUrlIsShownAndStoredNowhere() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(watch("deepResearch/status", "baseUrl=RAW(http://watcher:pa55word@127.0.0.1:9?token=t0ken)",
                        "jobId=unreachable-secret-job")).routeId("secret").to("mock:never");
            }
        });
        CladoConsumer consumer = (CladoConsumer) context.getRoute("secret").getConsumer();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(40));
            settle();
        }
        JobWatch watch = watches().find("unreachable-secret-job").orElseThrow();
        assertThat(watch.getLastError()).contains("127.0.0.1:9");
        HealthCheck.Result health = consumer.getHealthCheck().call(Map.of());
        org.apache.camel.console.DevConsole console = context.getCamelContextExtension()
                .getContextPlugin(org.apache.camel.console.DevConsoleResolver.class).resolveDevConsole("clado");
        List<String> shown = List.of(watch.getLastError(), watch.getSource(), consumer.getSource(),
                String.valueOf(consumer.getEndpoint().getServiceUrl()), String.valueOf(health.getMessage()),
                String.valueOf(health.getDetails()), String.valueOf(health.getError().map(Throwable::getMessage)),
                String.valueOf(console.call(org.apache.camel.console.DevConsole.MediaType.TEXT)),
                String.valueOf(console.call(org.apache.camel.console.DevConsole.MediaType.JSON)));
        assertThat(shown).noneMatch(text -> text.contains("pa55word") || text.contains("t0ken"));
        assertThat(watch.getSource()).contains("127.0.0.1:9");
    }
}
