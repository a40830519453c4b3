package dev.camelclado.component;

import java.time.Clock;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

import dev.camelclado.component.watch.JobWatchRepository;

/** An application of the restart and cluster tests: producers that start jobs, a consumer that notes each event. */
final class WatchingApplication {

    private WatchingApplication() {
    }

    /**
     * Points the context's clado component at the sandbox, on the test clock and the given repository, and adds a
     * route from {@code consumerUri} that notes each event as {@code "<prefix><jobId> <status>"}.
     */
    static CamelContext configure(CamelContext context, String baseUrl, String apiKey, Clock clock,
            JobWatchRepository repository, String consumerUri, String prefix, List<String> events) throws Exception {
        return configure(context, CladoMode.direct, baseUrl, apiKey, clock, repository, consumerUri, prefix, events);
    }

    /** The same in a chosen mode: in mpp mode it pays the sandbox gateway at {@code baseUrl} from the test wallet. */
    static CamelContext configure(CamelContext context, CladoMode mode, String baseUrl, String apiKey, Clock clock,
            JobWatchRepository repository, String consumerUri, String prefix, List<String> events) throws Exception {
        return configure(context, mode, baseUrl, apiKey, clock, repository, consumerUri, prefix, events, e -> { });
    }

    /** The same, with {@code first} run on each event before it is noted (a slow or failing route). */
    static CamelContext configure(CamelContext context, CladoMode mode, String baseUrl, String apiKey, Clock clock,
            JobWatchRepository repository, String consumerUri, String prefix, List<String> events, Processor first)
            throws Exception {
        CladoConfiguration configuration = context.getComponent("clado", CladoComponent.class).getConfiguration();
        configuration.setMode(mode);
        if (mode == CladoMode.mpp) {
            configuration.setGatewayUrl(baseUrl);
            configuration.setWalletPrivateKey(MppTestSupport.PAYER_KEY);
            configuration.setAllowedRecipients(dev.camelclado.sandbox.CladoSandbox.DEFAULT_RECIPIENT);
        } else {
            configuration.setBaseUrl(baseUrl);
            configuration.setApiKey(apiKey);
        }
        configuration.setClock(clock);
        configuration.setWatchRepository(repository);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri).process(first).process(e -> events.add(prefix + e.getMessage().getHeader(CladoConstants.JOB_ID) + " "
                        + e.getMessage().getHeader(CladoConstants.JOB_STATUS)));
            }
        });
        return context;
    }

    /** Starts a deep research of 10 results through the context's producer; returns its job id. */
    static String startDeepResearch(CamelContext context, String query) {
        try (ProducerTemplate template = context.createProducerTemplate()) {
            return template.request("clado:deepResearch/start?limit=10",
                    e -> e.getMessage().setHeader(CladoConstants.QUERY, query))
                    .getMessage().getHeader(CladoConstants.JOB_ID, String.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
