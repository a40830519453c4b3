package dev.camelclado.examples;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import org.apache.camel.Exchange;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.DelayDefinition;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.component.CladoComponent;
import dev.camelclado.component.CladoMode;
import dev.camelclado.mpp.ledger.InMemoryPaymentLedger;
import dev.camelclado.mpp.ledger.PaymentRecord;
import dev.camelclado.mpp.ledger.PaymentStatus;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.SandboxClock;
import dev.camelclado.sandbox.gateway.GatewayPayment;
import dev.camelclado.sandbox.junit.CladoSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The tour paying per call through the sandbox gateway; jobs move 30 s of sandbox time before each status read. */
class DeepResearchTourMppTest extends CamelTestSupport {

    private static final SandboxClock.ManualClock JOBS = SandboxClock.manual(Instant.parse("2026-11-01T09:00:00Z"));

    private final ExampleOutcome outcome = new ExampleOutcome();

    @RegisterExtension
    static final CladoSandboxExtension SANDBOX = new CladoSandboxExtension(CladoSandbox.builder().clock(JOBS));

    private final InMemoryPaymentLedger ledger = new InMemoryPaymentLedger();

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) {
        registry.bind(ExampleOutcome.BEAN, outcome);
        registry.bind(ExampleSandbox.LEDGER_BEAN, ledger);
        CladoComponent clado = new CladoComponent();
        clado.getConfiguration().setMode(CladoMode.mpp);
        clado.getConfiguration().setGatewayUrl(SANDBOX.baseUrl());
        clado.getConfiguration().setWalletPrivateKey(ExampleSandbox.SANDBOX_WALLET_KEY);
        clado.getConfiguration().setAllowedRecipients(CladoSandbox.DEFAULT_RECIPIENT);
        clado.getConfiguration().setLedger(ledger);
        registry.bind("clado", clado);
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.put("camel.component.clado.mode", "mpp");
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
    void theTourPaysEachCallOnceAndReportsTheSpend() throws Exception {
        AdviceWith.adviceWith(context, "until-job-ends",
                route -> route.weaveByType(DelayDefinition.class).replace().process(e -> JOBS.advance(Duration.ofSeconds(30))));
        AdviceWith.adviceWith(context, "tour-trigger", route -> route.replaceFromWith("direct:trigger"));
        context.start();

        Exchange done = template.send("direct:trigger", e -> {
        });

        assertThat(done.getException()).isNull();
        assertThat(outcome.hasEnded()).isTrue();
        assertThat(outcome.failure()).isNull();
        List<GatewayPayment> payments = SANDBOX.sandbox().gateway().payments();
        // search 5, start 20, 5 status reads, continue 10, 5 status reads, start 10, cancel
        assertThat(payments).extracting(GatewayPayment::operation).containsExactly("search", "deep-research",
                "deep-research-status", "deep-research-status", "deep-research-status", "deep-research-status",
                "deep-research-status", "deep-research-more", "deep-research-status", "deep-research-status",
                "deep-research-status", "deep-research-status", "deep-research-status", "deep-research",
                "deep-research-cancel");
        BigInteger total = payments.stream().map(GatewayPayment::amount).reduce(BigInteger.ZERO, BigInteger::add);
        assertThat(total).isEqualTo(BigInteger.valueOf(495_000));
        List<PaymentRecord> records = ledger.recordsSince(Instant.EPOCH);
        assertThat(records).hasSize(15).allSatisfy(r -> assertThat(r.status()).isEqualTo(PaymentStatus.SETTLED));
        assertThat(SpendReport.report(records)).startsWith("Spend: 15 paid calls, $0.495")
                .contains("clado:deepResearch/status       10 x  $0.030");
    }
}
