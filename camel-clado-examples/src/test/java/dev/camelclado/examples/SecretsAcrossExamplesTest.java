package dev.camelclado.examples;

import java.lang.reflect.Field;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.camelclado.component.CladoComponent;
import dev.camelclado.component.CladoConfiguration;
import dev.camelclado.component.CladoMode;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.JobTimeline;
import dev.camelclado.sandbox.gateway.PaidFault;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example, in direct and in mpp mode, with every logger at TRACE (log4j2 and java.util.logging) and JMX on,
 * configured with the keys {@link Examples} gives it (the sandbox API key; in mpp mode the wallet key too): neither
 * key, nor the wallet key's hex without 0x, shows in a log event (message, parameters, stack traces with their
 * causes), an exception left on an exchange, a dump of a route (XML, resolved or not, and structure), a readable
 * attribute of any org.apache.camel MBean, the endpoint registries, the component's catalog JSON, its dev console or
 * its configuration's toString; also when an example fails. The keys are set on the component, never in an
 * endpoint URI (Camel keeps a URI as written, see docs/guarantees.adoc). {@link #theScanFindsAKeyShownInEachPlace}
 * proves the scan finds a key shown in each of those places.
 */
class SecretsAcrossExamplesTest {

    private static final String API_KEY = CladoSandbox.DEFAULT_API_KEY;
    private static final String WALLET_KEY = ExampleSandbox.SANDBOX_WALLET_KEY;
    private static final Set<String> EXAMPLES = Set.of("lead-pipeline", "lead-pipeline-yaml", "deep-research-tour",
            "job-watch", "job-control", "bulk-contacts", "quote");

    @TempDir
    Path output;

    static Stream<Arguments> everyExampleInBothModes() {
        return EXAMPLES.stream().sorted().flatMap(name -> Stream.of(CladoMode.values()).map(mode -> Arguments.of(name, mode)));
    }

    /** A new example in {@link Examples} must be added here: the list is read from the launcher itself. */
    @Test
    @SuppressWarnings("unchecked")
    void everyExampleOfTheLauncherIsScanned() throws Exception {
        Field examples = Examples.class.getDeclaredField("EXAMPLES");
        examples.setAccessible(true);
        assertThat(((Map<String, ?>) examples.get(null)).keySet()).containsExactlyInAnyOrderElementsOf(EXAMPLES);
    }

    @ParameterizedTest(name = "{0}, {1} mode")
    @MethodSource("everyExampleInBothModes")
    void noKeyShowsAnywhereAtTrace(String example, CladoMode mode) throws Exception {
        SecretScan scan = secrets();
        try (AutoCloseable trace = scan.traceEverything();
                CladoSandbox sandbox = sandbox(example);
                ExampleRun run = mode == CladoMode.mpp ? ExampleRun.mpp(sandbox, output) : ExampleRun.direct(sandbox, output)) {
            prepare(example, run, scan);
            assertThat(run.run(Duration.ofSeconds(60)).failure()).as("the example ran to its end").isNull();
            scan.inspect(run.context());
        }
        assertNothingShown(scan);
    }

    /**
     * The examples above leave no exception on an exchange; here one fails: Clado refuses the API key (direct), the
     * gateway answers 502 after it took the payment (mpp).
     */
    @ParameterizedTest(name = "{0} mode")
    @EnumSource(CladoMode.class)
    void noKeyShowsWhenAnExampleFails(CladoMode mode) throws Exception {
        SecretScan scan = secrets();
        try (AutoCloseable trace = scan.traceEverything();
                CladoSandbox sandbox = sandbox("quote");
                ExampleRun run = mode == CladoMode.mpp ? ExampleRun.mpp(sandbox, output) : ExampleRun.direct(sandbox, output)) {
            if (mode == CladoMode.mpp) {
                sandbox.faults().afterPayment(PaidFault.SERVER_ERROR, 10);
            } else {
                sandbox.faults().failNext("POST /api/search/deep_research", 401, "invalid API key", 10);
            }
            prepare("quote", run, scan);
            assertThat(run.run(Duration.ofSeconds(60)).failure()).as("the example failed").isNotNull();
            scan.inspect(run.context());
        }
        assertNothingShown(scan);
        assertThat(scan.looked("exception on an exchange")).isPositive();
    }

    /**
     * The launcher's own way, as {@code -Prun} does it: Camel Main, the options as {@code camel.component.clado.*}
     * properties and the keys on the component ({@link ExampleSandbox#configure}), the sandbox at the launcher's speed. The quote example is the
     * quickest at that speed.
     */
    @ParameterizedTest(name = "{0} mode")
    @EnumSource(CladoMode.class)
    void noKeyShowsAnywhereWhenTheLauncherRunsAnExample(CladoMode mode) throws Exception {
        SecretScan scan = secrets();
        String modeBefore = System.getProperty("clado.mode");
        System.setProperty("clado.mode", mode.name());
        try (AutoCloseable trace = scan.traceEverything(); CrmStandIn crm = CrmStandIn.start()) {
            ExampleOutcome outcome = new ExampleOutcome();
            Main main = new Main();
            main.bind(ExampleOutcome.BEAN, outcome);
            main.bind(CladoCalls.BEAN, new CladoCalls());
            main.bind("secretScanExchanges", scan.exchangeExceptions());
            main.addInitialProperty("leads.webhook-url", crm.url());
            main.addOverrideProperty("quote.output-dir", output.toString());
            CladoSandbox sandbox = ExampleSandbox.configure(main);
            try {
                main.configure().addRoutesBuilder(new QuoteRoute());
                // Examples.main runs Main in its own thread until the outcome completes it; here the test completes
                // it, after reading the running context
                AtomicReference<Exception> failed = new AtomicReference<>();
                Thread launcher = new Thread(() -> {
                    try {
                        main.run();
                    } catch (Exception e) {
                        failed.set(e);
                    }
                }, "example-launcher");
                launcher.start();
                assertThat(outcome.await(60, TimeUnit.SECONDS)).as("the example ended").isTrue();
                assertThat(outcome.failure()).isNull();
                assertThat(main.getCamelContext().getComponent("clado", CladoComponent.class).getConfiguration()
                        .getMode()).isEqualTo(mode);
                scan.inspect(main.getCamelContext());
                main.completed();
                launcher.join(30_000);
                assertThat(failed.get()).isNull();
            } finally {
                sandbox.close();
            }
        } finally {
            if (modeBefore == null) {
                System.clearProperty("clado.mode");
            } else {
                System.setProperty("clado.mode", modeBefore);
            }
        }
        assertNothingShown(scan);
    }

    /**
     * The scan itself: a route that shows a made-up API key and wallet key in each place is caught in each. (Made up
     * at run time, so that .ci/scan-secrets, which looks for the keys written in the sources, does not find them in
     * this module's log.)
     */
    @Test
    void theScanFindsAKeyShownInEachPlace() throws Exception {
        String apiKey = "made-up-api-key-" + UUID.randomUUID();
        String walletKey = String.format("0x%064x", new BigInteger(256, new SecureRandom()));
        SecretScan scan = new SecretScan().apiKey("the made-up API key", apiKey).privateKey("the made-up wallet key", walletKey);
        try (AutoCloseable trace = scan.traceEverything();
                CladoSandbox sandbox = sandbox("quote");
                ExampleRun run = ExampleRun.direct(sandbox, output)) {
            run.context().getManagementStrategy().addEventNotifier(scan.exchangeExceptions());
            run.routes(new RouteBuilder() {
                @Override
                public void configure() {
                    // the wallet key's hex in upper case, in a route description; the API key in a TRACE log line,
                    // an endpoint URI and the cause of a handled exception
                    from("timer:canary?repeatCount=1&delay=-1").routeId("canary")
                            .routeDescription("wallet " + walletKey.substring(2).toUpperCase(Locale.ROOT))
                            .log(LoggingLevel.TRACE, "key " + apiKey)
                            .to("log:canary?level=TRACE&marker=" + apiKey)
                            .doTry()
                                .throwException(new IllegalStateException("failed", new IllegalArgumentException(apiKey)))
                            .doCatch(IllegalStateException.class)
                            .end()
                            .bean(ExampleOutcome.BEAN, "succeeded");
                }
            });
            assertThat(run.run(Duration.ofSeconds(30)).failure()).isNull();
            scan.inspect(run.context());
        }
        assertThat(scan.foundIn()).contains("the made-up API key in log event", "the made-up API key in endpoint registry",
                "the made-up API key in exception on an exchange", "the made-up wallet key (hex) in route dump",
                "the made-up wallet key (hex) in route", "the made-up wallet key (hex) in JMX attribute");
    }

    private static SecretScan secrets() {
        return new SecretScan().apiKey("the sandbox API key", API_KEY).privateKey("the wallet key", WALLET_KEY);
    }

    private static void assertNothingShown(SecretScan scan) {
        System.out.println("Looked at: " + scan.lookedAt());
        assertThat(scan.found()).as("where a key was shown (looked at: %s)", scan.lookedAt()).isEmpty();
        // each place was really looked at: a scan of nothing proves nothing
        for (String place : new String[] { "TRACE log event", "exchange event", "route dump", "route", "JMX attribute",
                "endpoint registry", "catalog", "component" }) {
            assertThat(scan.looked(place)).as("%s looked at", place).isPositive();
        }
    }

    private static CladoSandbox sandbox(String example) {
        CladoSandbox.Builder sandbox = CladoSandbox.builder().speed(600);
        if (example.equals("job-control")) {
            // as JobControlTest: the first job slow enough that the cancel the example sends finds it still running
            sandbox.timelines(job -> job.sequence() == 1 ? new JobTimeline(Duration.ofSeconds(5), Duration.ofSeconds(60),
                    Duration.ofSeconds(600), Duration.ZERO) : null);
        }
        return sandbox.start();
    }

    /**
     * Gives the example the keys {@link Examples} gives it (in mpp mode the API key and base URL as well as the
     * wallet), the scan's exchange notifier, and its routes as its own test runs them against a fast sandbox.
     */
    private void prepare(String example, ExampleRun run, SecretScan scan) throws Exception {
        CladoConfiguration configuration = run.context().getComponent("clado", CladoComponent.class).getConfiguration();
        assertThat(run.sandbox().apiKey()).isEqualTo(API_KEY);
        configuration.setApiKey(run.sandbox().apiKey());
        configuration.setBaseUrl(run.sandbox().baseUrl());
        run.context().getManagementStrategy().addEventNotifier(scan.exchangeExceptions());
        String status = "clado:deepResearch/status";
        switch (example) {
            case "lead-pipeline" -> run.routes(new LeadPipelineRoute()).fastConsumer("lead-research", status + "?emitProgress=true");
            case "lead-pipeline-yaml" -> run.yaml(Examples.LEAD_PIPELINE_YAML).fastConsumer("lead-research",
                    status + "?emitProgress=true");
            case "deep-research-tour" -> run.property("example.poll-delay", "20").routes(new DeepResearchTourRoute());
            case "job-watch" -> run.routes(new JobWatchRoute()).fastConsumer("job-events", status);
            case "job-control" -> run.routes(new JobControlRoute()).fastConsumer(JobControlRoute.EVENTS_ROUTE,
                    JobControlRoute.EVENTS);
            case "bulk-contacts" -> run.property("bulk.input-dir", output.resolve("in").toString())
                    .property("bulk.output-dir", output.resolve("out").toString())
                    .routes(new BulkContactsRoute())
                    .fastConsumer(BulkContactsRoute.EVENTS_ROUTE, BulkContactsRoute.EVENTS);
            case "quote" -> run.property("quote.output-dir", output.toString()).routes(new QuoteRoute());
            default -> throw new IllegalArgumentException(example);
        }
    }
}
