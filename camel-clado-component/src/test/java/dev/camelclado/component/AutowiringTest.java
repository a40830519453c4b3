package dev.camelclado.component;

import java.net.http.HttpClient;
import java.time.Instant;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.camelclado.component.watch.JobWatchRepository;
import dev.camelclado.component.watch.MemoryJobWatchRepository;
import dev.camelclado.mpp.ledger.InMemoryPaymentLedger;
import dev.camelclado.mpp.ledger.PaymentLedger;
import dev.camelclado.mpp.wallet.Wallet;
import dev.camelclado.mpp.wallet.Wallets;
import dev.camelclado.sandbox.CladoSandbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own beans (an HTTP client, a wallet, a payment ledger, a watch repository) are used by the
 * component without being named in any option, as Spring Boot and Camel Main users expect: the only bean of its type
 * is autowired.
 */
class AutowiringTest extends MppTestSupport {

    private final HttpClient httpClient = HttpClient.newBuilder().build();
    private final Wallet wallet = Wallets.fromPrivateKey(PAYER_KEY);
    private final InMemoryPaymentLedger applicationLedger = new InMemoryPaymentLedger();
    private final MemoryJobWatchRepository watchRepository = new MemoryJobWatchRepository();

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) {
        registry.bind("applicationHttpClient", httpClient);
        registry.bind("applicationWallet", wallet);
        registry.bind("applicationLedger", applicationLedger);
        registry.bind("applicationWatches", watchRepository);
    }

    @Test
    void theOnlyBeanOfEachTypeIsUsed() {
        CladoConfiguration configuration = context.getComponent("clado", CladoComponent.class).getConfiguration();
        assertThat(configuration.getHttpClient()).isSameAs(httpClient);
        assertThat(configuration.getWallet()).isSameAs(wallet);
        assertThat(configuration.getLedger()).isSameAs((PaymentLedger) applicationLedger);
        assertThat(configuration.getWatchRepository()).isSameAs((JobWatchRepository) watchRepository);
    }

    @Test
    void aPaidCallSignsWithTheAutowiredWalletAndRecordsInTheAutowiredLedger() {
        Exchange exchange = template.request("clado:search/people?mode=mpp&limit=3&gatewayUrl=" + SANDBOX.baseUrl()
                + "&allowedRecipients=" + CladoSandbox.DEFAULT_RECIPIENT,
                e -> e.getMessage().setHeader(CladoConstants.QUERY, "autowired beans"));

        assertThat(exchange.getException()).isNull();
        assertThat(applicationLedger.recordsSince(Instant.EPOCH)).hasSize(1);
        assertThat(SANDBOX.sandbox().gateway().payments()).last()
                .satisfies(payment -> assertThat(payment.payer()).isEqualToIgnoringCase(PAYER));
    }

    @Test
    void startedJobsAreWatchedInTheAutowiredRepository() {
        Exchange exchange = template.request("clado:deepResearch/start?mode=mpp&limit=5&gatewayUrl=" + SANDBOX.baseUrl()
                + "&allowedRecipients=" + CladoSandbox.DEFAULT_RECIPIENT,
                e -> e.getMessage().setHeader(CladoConstants.QUERY, "autowired watches"));

        assertThat(exchange.getException()).isNull();
        assertThat(watchRepository.find(exchange.getMessage().getHeader(CladoConstants.JOB_ID, String.class))).isPresent();
    }
}
