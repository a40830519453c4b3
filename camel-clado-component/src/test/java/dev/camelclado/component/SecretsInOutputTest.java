package dev.camelclado.component;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With every logger at TRACE, calls that succeed, fail, pay and are refused, and a configuration error, leave the
 * API key and the wallet key (with or without 0x) nowhere: not in the log, not in an exception's message or stack
 * trace, not in an endpoint URI, a route's description or the configuration's toString. The keys are configured on
 * the component, as the docs advise: a key written into an endpoint URI stays in that URI
 * ({@code getEndpointUri()}), and Camel core logs the URI's parameters at TRACE.
 */
class SecretsInOutputTest extends MppTestSupport {

    private static final String API_KEY = "lk_sandbox_key";
    private final StringWriter log = new StringWriter();
    private final List<Throwable> failures = new ArrayList<>();
    private WriterAppender appender;
    private Level rootLevel;

    @BeforeEach
    void traceEverything() {
        LoggerContext logging = (LoggerContext) org.apache.logging.log4j.LogManager.getContext(false);
        Configuration config = logging.getConfiguration();
        appender = WriterAppender.newBuilder().setName("secrets").setTarget(log)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c %m %ex%n").build()).build();
        appender.start();
        config.addAppender(appender);
        LoggerConfig root = config.getRootLogger();
        rootLevel = root.getLevel();
        root.addAppender(appender, Level.ALL, null);
        root.setLevel(Level.ALL);
        config.getLoggerConfig("dev.camelclado").setLevel(Level.ALL);
        logging.updateLoggers();
    }

    @AfterEach
    void restoreLogging() {
        LoggerContext logging = (LoggerContext) org.apache.logging.log4j.LogManager.getContext(false);
        Configuration config = logging.getConfiguration();
        config.getRootLogger().removeAppender("secrets");
        config.getRootLogger().setLevel(rootLevel);
        config.getLoggerConfig("dev.camelclado").setLevel(Level.DEBUG);
        logging.updateLoggers();
        appender.stop();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        CladoConfiguration configuration = context.getComponent("clado", CladoComponent.class).getConfiguration();
        configuration.setApiKey(API_KEY);
        configuration.setWalletPrivateKey(PAYER_KEY);
        configuration.setBaseUrl(SANDBOX.baseUrl());
        configuration.setGatewayUrl(SANDBOX.baseUrl());
        configuration.setAllowedRecipients(dev.camelclado.sandbox.CladoSandbox.DEFAULT_RECIPIENT);
        configuration.setLedger(ledger);
        CladoComponent malformed = new CladoComponent();
        malformed.getConfiguration().setWalletPrivateKey(PAYER_KEY + "zz");
        malformed.getConfiguration().setGatewayUrl(SANDBOX.baseUrl());
        context.addComponent("cladoMalformed", malformed);
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:search").to("clado:search/people");
                from("direct:notFound").to("clado:deepResearch/status?jobId=missing");
                from("direct:paid").to("clado:search/people?mode=mpp");
                from("direct:overCap").to("clado:search/people?mode=mpp&maxAmount=1");
            }
        };
    }

    private void run(String route) {
        Exchange exchange = template.send(route, e -> e.getMessage().setHeader(CladoConstants.QUERY, "engineers"));
        if (exchange.getException() != null) {
            failures.add(exchange.getException());
        }
    }

    @Test
    void noKeyAppearsAnywhereAtTrace() throws Exception {
        run("direct:search");
        run("direct:notFound");
        run("direct:paid");
        run("direct:overCap");
        try {
            context.getEndpoint("cladoMalformed:search/people?mode=mpp").start();
        } catch (Exception e) {
            failures.add(e);
        }
        assertThat(failures).as("the failing calls ran").hasSizeGreaterThanOrEqualTo(3);
        assertThat(paidToGateway()).isEqualTo(1);

        StringBuilder output = new StringBuilder(log.toString());
        for (Throwable failure : failures) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            output.append(trace);
        }
        context.getEndpoints().forEach(e -> output.append(e.getEndpointUri()).append(' ').append(e).append('\n'));
        context.getRoutes().forEach(r -> output.append(r).append(' ').append(r.getEndpoint()).append('\n'));
        CladoComponent component = context.getComponent("clado", CladoComponent.class);
        output.append(component.getConfiguration()).append(' ').append(component).append('\n');

        assertThat(log.toString()).as("something was logged at TRACE").contains("TRACE");
        String all = output.toString();
        String hex = PAYER_KEY.substring(2);
        assertThat(all).doesNotContain(API_KEY).doesNotContain(hex)
                .doesNotContain(hex.toUpperCase(Locale.ROOT));
    }
}
