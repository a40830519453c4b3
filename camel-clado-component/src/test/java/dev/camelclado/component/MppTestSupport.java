package dev.camelclado.component;

import java.time.Duration;

import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.mpp.ledger.InMemoryPaymentLedger;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.JobTimeline;
import dev.camelclado.sandbox.junit.CladoSandboxExtension;

/** Camel tests paying the sandbox gateway from Hardhat account #0 (a well-known test key, no real money). */
public abstract class MppTestSupport extends CamelTestSupport {

    protected static final String PAYER_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    protected static final String PAYER = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    /**
     * Payments are checked against real time on both sides (a challenge's expiry, a transaction's validity), so the
     * sandbox keeps the system clock here and its jobs complete at once instead.
     */
    @RegisterExtension
    protected static final CladoSandboxExtension SANDBOX = new CladoSandboxExtension(CladoSandbox.builder()
            .timeline(new JobTimeline(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO)));

    /** The ledger of the component under test, inspected by the tests. */
    protected final InMemoryPaymentLedger ledger = new InMemoryPaymentLedger();

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) {
        registry.bind("ledger", ledger);
    }

    /** {@code clado:<operation>?mode=mpp&gatewayUrl=<sandbox>&walletPrivateKey=<key>&ledger=#ledger} plus options. */
    protected static String mpp(String operation, String... options) {
        StringBuilder uri = new StringBuilder("clado:").append(operation).append("?mode=mpp&gatewayUrl=")
                .append(SANDBOX.baseUrl()).append("&walletPrivateKey=RAW(").append(PAYER_KEY).append(")&ledger=#ledger");
        if (java.util.Arrays.stream(options).noneMatch(option -> option.startsWith("allowedRecipients="))) {
            uri.append("&allowedRecipients=").append(CladoSandbox.DEFAULT_RECIPIENT);
        }
        for (String option : options) {
            uri.append('&').append(option);
        }
        return uri.toString();
    }

    protected long paidToGateway() {
        return SANDBOX.sandbox().gateway().payments().size();
    }

    protected static <T extends Throwable> T failure(Exchange exchange, Class<T> type) {
        org.assertj.core.api.Assertions.assertThat(exchange.getException()).isInstanceOf(type);
        return type.cast(exchange.getException());
    }
}
