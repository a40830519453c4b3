package dev.camelclado.benchmarks.perf;

import java.lang.management.ManagementFactory;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Run in a fresh JVM per sample by {@link StartupSection}: builds and starts a CamelContext with one route and
 * prints what it took on one line. Variants: {@code clado} (a {@code clado:} endpoint), {@code http} (the camel-http
 * route a user would write instead) and {@code none} (a {@code log:} endpoint: Camel alone).
 */
public final class StartupMain {

    /** Nothing listens there: the routes are started, never called. */
    static final String UNUSED_BASE_URL = "http://127.0.0.1:9";

    private StartupMain() {
    }

    public static void main(String[] args) throws Exception {
        String variant = args[0];
        long started = System.nanoTime();
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                switch (variant) {
                    case "clado" -> from("direct:start").to("clado:deepResearch/status?jobId=startup&baseUrl="
                            + UNUSED_BASE_URL + "&apiKey=lk_startup_probe");
                    case "http" -> from("direct:start").setHeader("Authorization", constant("Bearer lk_startup_probe"))
                            .to(UNUSED_BASE_URL + "/api/search/deep_research/startup").unmarshal().json();
                    case "none" -> from("direct:start").to("log:startup");
                    default -> throw new IllegalArgumentException("unknown variant " + variant);
                }
            }
        });
        context.start();
        long startMillis = (System.nanoTime() - started) / 1_000_000;
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        int routes = context.getRoutes().size();
        String endpoint = context.getRoutes().get(0).getEndpoint().getEndpointUri();
        boolean started2 = context.getRouteController().getRouteStatus(context.getRoutes().get(0).getRouteId()).isStarted();
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        String sent = context.getEndpoints().stream().map(e -> e.getEndpointUri().split(":")[0]).sorted().distinct()
                .reduce((a, b) -> a + "," + b).orElse("");
        System.out.println("STARTUP variant=" + variant + " contextStartMs=" + startMillis + " uptimeMs=" + uptime
                + " classes=" + classes + " routes=" + routes + " started=" + started2 + " from=" + endpoint
                + " schemes=" + sent);
        context.close();
        System.exit(0);
    }
}
