package dev.camelclado.examples;

import java.util.Map;
import java.util.function.Supplier;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

import dev.camelclado.sandbox.CladoSandbox;

/** Runs one example by name: {@code Examples deep-research-tour} or {@code Examples job-watch}. */
public final class Examples {

    private static final Map<String, Supplier<RouteBuilder>> EXAMPLES = Map.of(
            "deep-research-tour", DeepResearchTourRoute::new,
            "job-watch", JobWatchRoute::new);

    private Examples() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "deep-research-tour";
        Supplier<RouteBuilder> example = EXAMPLES.get(name);
        if (example == null) {
            throw new IllegalArgumentException("no example '" + name + "'; examples: " + EXAMPLES.keySet());
        }
        // no package scan: only the chosen example's routes
        Main main = new Main();
        CladoSandbox sandbox = ExampleSandbox.configure(main);
        main.bind(JobWatchRoute.DONE_BEAN, (Runnable) main::completed);
        if (name.equals("job-watch")) {
            // it stops once every job has ended, not after one message
            main.addOverrideProperty("camel.main.duration-max-messages", "0");
        }
        try {
            main.configure().addRoutesBuilder(example.get());
            main.run();
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }
}
