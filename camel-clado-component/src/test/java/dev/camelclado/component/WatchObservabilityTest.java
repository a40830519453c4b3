package dev.camelclado.component;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleResolver;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators see: the consumer's health check and the {@code clado} dev console, both without a paid call. */
class WatchObservabilityTest extends WatchTestSupport {

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
    void theConsumerHealthCheckIsCamelsAndReportsTheLastSuccessfulRead() throws Exception {
        String jobId = startDeepResearch("healthy", 10);
        advance(Duration.ofSeconds(30), Duration.ofSeconds(1));
        long requests = sandbox.sandbox().stats().totalRequests();

        // as camel.health.consumers-enabled=true does in Camel Main and Spring Boot
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        registry.register(registry.resolveById("consumers"));
        Collection<HealthCheck.Result> results = HealthCheckHelper.invoke(context);
        HealthCheck.Result consumer = results.stream().filter(r -> r.getCheck().getId().equals("consumer:watch"))
                .findFirst().orElseThrow();
        assertThat(consumer.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(consumer.getDetails()).containsEntry("clado.watchedJobs", 1L)
                .containsEntry("clado.lastSuccessfulRead", watches().find(jobId).orElseThrow().getObservedAt().toString());
        assertThat(sandbox.sandbox().stats().totalRequests()).as("a health check calls nobody").isEqualTo(requests);
    }

    @Test
    void theDevConsoleListsWatchedJobsTheirReadsAndSpendWithoutSecrets() throws Exception {
        String jobId = startDeepResearch("console", 10);
        advance(Duration.ofMinutes(1), Duration.ofSeconds(1));
        long requests = sandbox.sandbox().stats().totalRequests();

        DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleResolver.class)
                .resolveDevConsole("clado");
        assertThat(console).as("found through META-INF/services/org/apache/camel/dev-console/clado").isNotNull();
        String text = (String) console.call(DevConsole.MediaType.TEXT);
        assertThat(text).contains("Route: watch", "Job " + jobId, "searching", "Reads: ").doesNotContain(API_KEY);

        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) json.get("consumers")).get(0);
        assertThat(first).containsEntry("routeId", "watch").containsEntry("kind", "DEEP_RESEARCH")
                .containsEntry("mode", "direct");
        @SuppressWarnings("unchecked")
        Map<String, Object> job = ((List<Map<String, Object>>) first.get("jobs")).get(0);
        assertThat(job).containsEntry("jobId", jobId).containsEntry("active", true)
                .containsEntry("reads", (int) sandbox.sandbox().stats().statusPolls(jobId));
        assertThat(json.toString()).doesNotContain(API_KEY);
        assertThat(sandbox.sandbox().stats().totalRequests()).as("the console calls nobody").isEqualTo(requests);
    }
}
