package dev.camelclado.component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.component.watch.JobWatchRepository;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.JobTimeline;
import dev.camelclado.sandbox.SandboxClock;
import dev.camelclado.sandbox.junit.CladoSandboxExtension;

/** Consumer tests on one manual clock shared by the sandbox's jobs and the consumers' schedules ({@link WatchAwait}). */
public abstract class WatchTestSupport extends CamelTestSupport {

    protected static final String API_KEY = "lk_watch_0123456789abcdef";
    protected static final String PAYER_KEY = MppTestSupport.PAYER_KEY;
    /** 130 s in all: pending 10 s, searching 60 s, processing 60 s. */
    protected static final JobTimeline JOB_TIMELINE = JobTimeline.of(Duration.ofSeconds(10), Duration.ofSeconds(60),
            Duration.ofSeconds(60));

    protected final SandboxClock.ManualClock clock = SandboxClock.manual(Instant.parse("2026-11-01T09:00:00Z"));

    @RegisterExtension
    protected final CladoSandboxExtension sandbox = new CladoSandboxExtension(sandboxSettings());

    protected CladoSandbox.Builder sandboxSettings() {
        // a job that is pending long enough (10 s) for the first read, 5 s after the start, to see it
        return CladoSandbox.builder().clock(clock).apiKey(API_KEY, 1_000_000).profilesPerQuery(500)
                .timeline(JOB_TIMELINE);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CladoConfiguration configuration = context.getComponent("clado", CladoComponent.class).getConfiguration();
        configuration.setBaseUrl(sandbox.baseUrl());
        configuration.setApiKey(API_KEY);
        configuration.setClock(clock.asJavaClock());
        return context;
    }

    /** A consumer URI that ticks every 5 ms (ticks make no request unless a job is due). */
    protected static String watch(String operation, String... options) {
        StringBuilder uri = new StringBuilder("clado:").append(operation).append("?delay=5&initialDelay=0");
        for (String option : options) {
            uri.append('&').append(option);
        }
        return uri.toString();
    }

    protected JobWatchRepository watches() {
        return context.getComponent("clado", CladoComponent.class).getWatchRepository();
    }

    protected Instant now() {
        return clock.now();
    }

    /** Waits until the consumers have read every job due at the clock's time. */
    protected void settle() {
        WatchAwait.settle(clock, context);
    }

    /** Moves time forward in steps, letting the consumers read whatever falls due at each step. */
    protected void advance(Duration total, Duration step) {
        WatchAwait.advance(clock, total, step, context);
    }

    protected String startDeepResearch(String query, int limit) {
        Exchange started = template.request("clado:deepResearch/start", e -> {
            e.getMessage().setHeader(CladoConstants.QUERY, query);
            e.getMessage().setHeader(CladoConstants.LIMIT, limit);
        });
        org.assertj.core.api.Assertions.assertThat(started.getException()).isNull();
        return started.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
    }

    protected static List<String> header(MockEndpoint mock, String header) {
        return mock.getReceivedExchanges().stream().map(e -> e.getMessage().getHeader(header, String.class)).toList();
    }

    protected static List<String> statusesOf(MockEndpoint mock, String jobId) {
        return mock.getReceivedExchanges().stream()
                .filter(e -> jobId.equals(e.getMessage().getHeader(CladoConstants.JOB_ID)))
                .map(e -> e.getMessage().getHeader(CladoConstants.JOB_STATUS, String.class)).toList();
    }

    /** Changes the stored watch of a job as another node or a hand-edited row would, retrying on version conflicts. */
    protected void updateStored(String jobId, java.util.function.Consumer<dev.camelclado.component.watch.JobWatch> change) {
        for (int attempt = 0; attempt < 100; attempt++) {
            dev.camelclado.component.watch.JobWatch watch = watches().find(jobId).orElseThrow();
            change.accept(watch);
            if (watches().update(watch)) {
                return;
            }
        }
        throw new AssertionError("could not update the watch of " + jobId);
    }
}
