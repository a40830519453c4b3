package dev.camelclado.examples;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import org.apache.camel.Exchange;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.DelayDefinition;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.component.CladoConstants;
import dev.camelclado.component.model.Credits;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.SandboxClock;
import dev.camelclado.sandbox.SandboxStats;
import dev.camelclado.sandbox.junit.CladoSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the tour against a sandbox whose clock moves 30 s before each status read instead of waiting. */
class DeepResearchTourRouteTest extends CamelTestSupport {

    private static final SandboxClock.ManualClock CLOCK = SandboxClock.manual(Instant.parse("2026-11-01T09:00:00Z"));

    private final ExampleOutcome outcome = new ExampleOutcome();

    @RegisterExtension
    static final CladoSandboxExtension SANDBOX = new CladoSandboxExtension(CladoSandbox.builder().clock(CLOCK));

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) {
        registry.bind(ExampleOutcome.BEAN, outcome);
    }

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.put("example.query", "platform engineers who know Apache Camel");
        properties.put("example.limit", "20");
        properties.put("example.more", "10");
        properties.put("example.poll-delay", "0");
        return properties;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new DeepResearchTourRoute();
    }

    @Test
    void theTourCompletesContinuesAndCancels() throws Exception {
        context.getComponent("clado", dev.camelclado.component.CladoComponent.class).getConfiguration()
                .setBaseUrl(SANDBOX.baseUrl());
        context.getComponent("clado", dev.camelclado.component.CladoComponent.class).getConfiguration()
                .setApiKey(SANDBOX.apiKey());
        AdviceWith.adviceWith(context, "until-job-ends", route -> {
            route.weaveByType(DelayDefinition.class).replace().process(e -> CLOCK.advance(Duration.ofSeconds(30)));
        });
        AdviceWith.adviceWith(context, "tour-trigger", route -> route.replaceFromWith("direct:trigger"));
        context.start();

        Exchange done = template.send("direct:trigger", e -> {
        });

        assertThat(done.getException()).isNull();
        assertThat(outcome.hasEnded()).isTrue();
        assertThat(outcome.failure()).isNull();
        assertThat(done.getMessage().getBody()).isInstanceOf(Credits.class);
        assertThat(done.getProperty("firstRunResults")).isEqualTo(20);
        SandboxStats stats = SANDBOX.sandbox().stats();
        String researchJob = done.getProperty("researchJobId", String.class);
        String cancelledJob = done.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
        assertThat(cancelledJob).isNotEqualTo(researchJob);
        assertThat(done.getProperty("secondJobCancelled")).isEqualTo(true);
        // the credits call answered last: no response header of the cancel before it is left over
        assertThat(done.getMessage().getHeaders()).doesNotContainKey(CladoConstants.CANCELLED);
        assertThat(stats.requests("GET /api/search")).isEqualTo(1);
        assertThat(stats.requests("POST /api/search/deep_research")).isEqualTo(2);
        assertThat(stats.requests("POST /api/search/deep_research/{jobId}/continue")).isEqualTo(1);
        assertThat(stats.requests("POST /api/search/deep_research/{jobId}/cancel")).isEqualTo(1);
        // 125 s per run on the default timeline, one read per 30 s: 5 reads per run
        assertThat(stats.requests("GET /api/search/deep_research/{jobId}")).isEqualTo(10);
        // spend: 5 (search) + 20 + 10 (deep research) + 0 (cancelled before it produced anything)
        assertThat(CladoSandbox.DEFAULT_CREDITS - SANDBOX.sandbox().credits(SANDBOX.apiKey())).isEqualTo(35);
        assertThat(done.getMessage().getBody(Credits.class).getCredits()).isEqualTo(CladoSandbox.DEFAULT_CREDITS - 35);
    }
}
