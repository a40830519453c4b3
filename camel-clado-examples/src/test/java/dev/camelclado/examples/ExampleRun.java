package dev.camelclado.examples;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

import dev.camelclado.component.CladoComponent;
import dev.camelclado.component.CladoMode;
import dev.camelclado.mpp.ledger.InMemoryPaymentLedger;
import dev.camelclado.sandbox.CladoSandbox;

/**
 * Runs an example's routes as {@link Examples} does (the shipped application.properties, the outcome and call-count
 * beans, a CRM stand-in, the ledger in mpp mode) against a test's sandbox, and waits for the example to say it ended.
 * Outputs go to the test's directory.
 */
final class ExampleRun implements AutoCloseable {

    private final DefaultCamelContext context = new DefaultCamelContext();
    private final CladoSandbox sandbox;
    private final boolean mpp;
    private final Properties overrides = new Properties();
    private final ExampleOutcome outcome = new ExampleOutcome();
    private final CladoCalls calls = new CladoCalls();
    private final InMemoryPaymentLedger ledger = new InMemoryPaymentLedger();
    private final CrmStandIn crm = CrmStandIn.start();
    private final Path outputDir;

    private ExampleRun(CladoSandbox sandbox, boolean mpp, Path outputDir) {
        this.sandbox = sandbox;
        this.mpp = mpp;
        this.outputDir = outputDir;
        CladoComponent clado = new CladoComponent();
        clado.getConfiguration().setClock(sandbox.clock().asJavaClock());
        if (mpp) {
            clado.getConfiguration().setMode(CladoMode.mpp);
            clado.getConfiguration().setGatewayUrl(sandbox.gatewayUrl());
            clado.getConfiguration().setWalletPrivateKey(ExampleSandbox.SANDBOX_WALLET_KEY);
            clado.getConfiguration().setAllowedRecipients(CladoSandbox.DEFAULT_RECIPIENT);
            clado.getConfiguration().setLedger(ledger);
            context.getRegistry().bind(ExampleSandbox.LEDGER_BEAN, ledger);
            overrides.put("camel.component.clado.mode", "mpp");
        } else {
            clado.getConfiguration().setBaseUrl(sandbox.baseUrl());
            clado.getConfiguration().setApiKey(sandbox.apiKey());
        }
        context.addComponent("clado", clado);
        context.getRegistry().bind(ExampleOutcome.BEAN, outcome);
        context.getRegistry().bind(CladoCalls.BEAN, calls);
        context.getManagementStrategy().addEventNotifier(calls);
        context.getPropertiesComponent().setLocation("classpath:application.properties");
        overrides.put("leads.webhook-url", crm.url());
        overrides.put("leads.output-dir", outputDir.toString());
        context.getPropertiesComponent().setOverrideProperties(overrides);
    }

    static ExampleRun direct(CladoSandbox sandbox, Path outputDir) {
        return new ExampleRun(sandbox, false, outputDir);
    }

    static ExampleRun mpp(CladoSandbox sandbox, Path outputDir) {
        return new ExampleRun(sandbox, true, outputDir);
    }

    ExampleRun property(String name, String value) {
        overrides.put(name, value);
        return this;
    }

    ExampleRun routes(RoutesBuilder routes) throws Exception {
        context.addRoutes(routes);
        return this;
    }

    /** Loads a YAML DSL file from the classpath, as Camel Main does with a routes include pattern. */
    ExampleRun yaml(String classpathResource) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveResource(context, classpathResource));
        return this;
    }

    /** Has a consumer route's scheduler tick every few milliseconds, so it keeps up with a fast sandbox clock. */
    ExampleRun fastConsumer(String routeId, String consumerUri) throws Exception {
        AdviceWith.adviceWith(context, routeId, route -> route.replaceFromWith(consumerUri
                + (consumerUri.contains("?") ? "&" : "?") + "delay=10&initialDelay=0"));
        return this;
    }

    /** Starts the routes and waits until the example says it ended; fails if it did not end in time. */
    ExampleOutcome run(Duration timeout) throws Exception {
        context.start();

        if (!outcome.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the example did not end within " + timeout);
        }
        return outcome;
    }

    DefaultCamelContext context() {
        return context;
    }

    CladoSandbox sandbox() {
        return sandbox;
    }

    boolean isMpp() {
        return mpp;
    }

    InMemoryPaymentLedger ledger() {
        return ledger;
    }

    CladoCalls calls() {
        return calls;
    }

    CrmStandIn crm() {
        return crm;
    }

    Path outputDir() {
        return outputDir;
    }

    @Override
    public void close() {
        context.stop();
        crm.close();
    }
}
