package dev.camelclado.examples;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.component.CladoComponent;
import dev.camelclado.component.CladoConstants;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.JobTimeline;
import dev.camelclado.sandbox.SandboxClock;
import dev.camelclado.sandbox.junit.CladoSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The job-watch example: three jobs started, the status changes of each received once, then it says it is done. */
class JobWatchRouteTest extends CamelTestSupport {

    private static final SandboxClock.ManualClock CLOCK = SandboxClock.manual(Instant.parse("2026-11-01T09:00:00Z"));

    @RegisterExtension
    static final CladoSandboxExtension SANDBOX = new CladoSandboxExtension(CladoSandbox.builder().clock(CLOCK)
            .timeline(JobTimeline.of(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(60))));

    private final ExampleOutcome outcome = new ExampleOutcome();

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) {
        registry.bind(ExampleOutcome.BEAN, outcome);
        CladoComponent clado = new CladoComponent();
        clado.getConfiguration().setBaseUrl(SANDBOX.baseUrl());
        clado.getConfiguration().setApiKey(SANDBOX.apiKey());
        clado.getConfiguration().setClock(CLOCK.asJavaClock());
        registry.bind("clado", clado);
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.put("example.watch.queries", "data engineers in Berlin;staff engineers who mentor;heads of platform");
        properties.put("example.watch.limit", "15");
        return properties;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new JobWatchRoute();
    }

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Test
    void everyJobsStatusesArriveOnceAndTheExampleEnds() throws Exception {
        // a scheduler tick every 5 ms of real time, so it keeps up with the test moving the sandbox clock
        org.apache.camel.builder.AdviceWith.adviceWith(context, "job-events", route -> {
            route.replaceFromWith("clado:deepResearch/status?delay=5&initialDelay=0");
            route.weaveAddFirst().to("mock:events");
        });
        context.start();
        MockEndpoint events = getMockEndpoint("mock:events");
        for (int second = 0; second < 300 && !outcome.hasEnded(); second++) {
            CLOCK.advance(Duration.ofSeconds(1));
            Thread.sleep(20);
        }
        assertThat(outcome.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(outcome.failure()).isNull();

        Map<String, List<String>> byJob = events.getReceivedExchanges().stream().collect(Collectors.groupingBy(
                e -> e.getMessage().getHeader(CladoConstants.JOB_ID, String.class), java.util.LinkedHashMap::new,
                Collectors.mapping(e -> e.getMessage().getHeader(CladoConstants.JOB_STATUS, String.class),
                        Collectors.toList())));
        assertThat(byJob).hasSize(3);
        // each change once and in order (a job the test clock hurries past its 10 s of pending may skip that one)
        List<String> lifecycle = List.of("pending", "searching", "processing", "completed");
        assertThat(byJob.values()).allSatisfy(statuses -> assertThat(statuses)
                .isEqualTo(lifecycle.stream().filter(statuses::contains).toList())
                .containsSubsequence("searching", "processing", "completed"));
    }
}
