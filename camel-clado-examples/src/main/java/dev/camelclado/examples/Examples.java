package dev.camelclado.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.camel.main.Main;

import dev.camelclado.sandbox.CladoSandbox;

/**
 * Runs one example by name ({@code Examples lead-pipeline}); without a name, the lead pipeline. Each runs until its
 * routes say it has ended, against an embedded sandbox unless configured otherwise ({@link ExampleSandbox}), and
 * exits with status 1 if it failed.
 */
public final class Examples {

    /** Where the YAML DSL version of the lead pipeline lives. */
    public static final String LEAD_PIPELINE_YAML = "classpath:routes/lead-pipeline.camel.yaml";

    private static final Map<String, Consumer<Main>> EXAMPLES = new LinkedHashMap<>();

    static {
        EXAMPLES.put("lead-pipeline", main -> main.configure().addRoutesBuilder(new LeadPipelineRoute()));
        EXAMPLES.put("lead-pipeline-yaml", main -> main.configure().withRoutesIncludePattern(LEAD_PIPELINE_YAML));
        EXAMPLES.put("deep-research-tour", main -> main.configure().addRoutesBuilder(new DeepResearchTourRoute()));
        EXAMPLES.put("job-watch", main -> main.configure().addRoutesBuilder(new JobWatchRoute()));
        EXAMPLES.put("job-control", main -> main.configure().addRoutesBuilder(new JobControlRoute()));
        EXAMPLES.put("bulk-contacts", main -> main.configure().addRoutesBuilder(new BulkContactsRoute()));
        EXAMPLES.put("quote", main -> main.configure().addRoutesBuilder(new QuoteRoute()));
    }

    private Examples() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 && !args[0].isBlank() ? args[0] : "lead-pipeline";
        Consumer<Main> example = EXAMPLES.get(name);
        if (example == null) {
            throw new IllegalArgumentException("no example '" + name + "'; examples: " + EXAMPLES.keySet());
        }
        // no package scan: only the chosen example's routes
        Main main = new Main();
        ExampleOutcome outcome = new ExampleOutcome(main::completed);
        main.bind(ExampleOutcome.BEAN, outcome);
        main.bind(CladoCalls.BEAN, new CladoCalls());
        try (CrmStandIn crm = CrmStandIn.start()) {
            // used unless leads.webhook-url is set (-D, LEADS_WEBHOOK_URL or application.properties)
            main.addInitialProperty("leads.webhook-url", crm.url());
            CladoSandbox sandbox = ExampleSandbox.configure(main);
            try {
                example.accept(main);
                main.run();
            } finally {
                if (sandbox != null) {
                    sandbox.close();
                }
            }
            for (String document : crm.received()) {
                System.out.println("The CRM stand-in received " + document.length() + " bytes: "
                        + (document.length() > 160 ? document.substring(0, 160) + "..." : document));
            }
        }
        if (outcome.failure() != null || !outcome.hasEnded()) {
            System.err.println("Example " + name + " failed: " + (outcome.failure() != null ? outcome.failure()
                    : "it stopped before it ended"));
            System.exit(1);
        }
    }
}
