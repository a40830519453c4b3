package dev.camelclado.benchmarks.perf;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.StatefulService;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One startup sample, run by {@link StartupSection} in a JVM of its own: builds a CamelContext with one route,
 * starts it, and prints one line {@code STARTUP variant=… contextStartMs=… …} on stdout.
 *
 * <pre>
 * java -Xms1g -Xmx1g -XX:+UseG1GC -cp … dev.camelclado.benchmarks.perf.StartupProbe clado|http|none &lt;port&gt;
 * </pre>
 *
 * The port is a free loopback port: nothing is ever sent, but the endpoints are created, validated and started as
 * they would be against a real server.
 */
public final class StartupProbe {

    static final String LINE_PREFIX = "STARTUP ";
    private static final String API_KEY = "lk_startup_probe";

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: StartupProbe clado|http|none <port>");
        }
        String variant = args[0];
        String baseUrl = "http://127.0.0.1:" + Integer.parseInt(args[1]);

        // the route builder is inside the timing: loading Camel's DSL is part of what a route costs to start
        long building = System.nanoTime();
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(routes(variant, baseUrl));
        context.start();
        long contextStartNanos = System.nanoTime() - building;
        // read before anything else runs, so that the figures describe the started context and nothing more
        long uptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();

        int routeCount = context.getRoutes().size();
        Route route = routeCount == 1 ? context.getRoutes().get(0) : null;
        boolean routeStarted = route != null
                && context.getRouteController().getRouteStatus(route.getRouteId()).isStarted();
        Endpoint target = target(context, variant);
        boolean targetStarted = target instanceof StatefulService service && service.isStarted();
        // what the started context holds, not what starting it allocated: the young generation is not collected yet
        System.gc();
        long heapBytes = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

        long stopping = System.nanoTime();
        context.close();
        long stopNanos = System.nanoTime() - stopping;

        System.out.println(LINE_PREFIX + String.format(Locale.ROOT, "variant=%s contextStartMs=%.1f uptimeMs=%d"
                        + " classes=%d heapBytes=%d contextStopMs=%.1f routes=%d routeStarted=%b endpoint=%s"
                        + " endpointStarted=%b exitUptimeMs=%d", variant, contextStartNanos / 1e6, uptimeMillis,
                classes, heapBytes, stopNanos / 1e6, routeCount, routeStarted,
                target == null ? "none" : withoutQuery(target.getEndpointUri()), targetStarted,
                ManagementFactory.getRuntimeMXBean().getUptime()));
        // the parent times the process to its end: what the JVM's exit takes is measured from there
        System.exit(0);
    }

    /** The route a user writes for one status read: with the component, with camel-http and Jackson, or Camel alone. */
    private static RouteBuilder routes(String variant, String baseUrl) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                switch (variant) {
                    case "clado" -> from("direct:start")
                            .to("clado:deepResearch/status?jobId=startup&baseUrl=" + baseUrl + "&apiKey=" + API_KEY);
                    case "http" -> from("direct:start")
                            .setHeader("Authorization", constant("Bearer " + API_KEY))
                            .to(baseUrl + "/api/search/deep_research/startup")
                            .unmarshal().json();
                    case "none" -> from("direct:start").to("log:startup");
                    default -> throw new IllegalArgumentException("unknown variant '" + variant
                            + "': clado, http or none");
                }
            }
        };
    }

    /** The endpoint the variant is about (clado:, http: or log:), once the context has created it. */
    private static Endpoint target(CamelContext context, String variant) {
        String scheme = variant.equals("none") ? "log" : variant;
        return context.getEndpoints().stream()
                .filter(e -> e.getEndpointUri().startsWith(scheme + ":"))
                .findFirst().orElse(null);
    }

    private static String withoutQuery(String uri) {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }
}
