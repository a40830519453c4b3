package dev.camelclado.component;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import dev.camelclado.mpp.ledger.JdbcPaymentLedger;
import dev.camelclado.mpp.ledger.PaymentStatus;
import dev.camelclado.mpp.wallet.Wallets;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.JobTimeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MppWalletAndLedgerTest extends MppTestSupport {

    static final String PROFILE = "https://www.linkedin.com/in/alexjohnson";

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) {
        super.bindToRegistry(registry);
        registry.bind("hardhat3", Wallets.fromPrivateKey("0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6"));
    }

    private Exchange profile(String uri) {
        return template.send(uri, e -> e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, PROFILE));
    }

    private static String gatewayOnly(CladoSandbox sandbox, String... options) {
        StringBuilder uri = new StringBuilder("clado:profile/get?mode=mpp&gatewayUrl=").append(sandbox.baseUrl())
                .append("&allowedRecipients=").append(CladoSandbox.DEFAULT_RECIPIENT);
        for (String option : options) {
            uri.append('&').append(option);
        }
        return uri.toString();
    }

    @Test
    void aKeystoreWalletPays() throws Exception {
        Path keystore = Path.of(getClass().getResource("/wallets/pbkdf2-testpassword.json").toURI());
        Exchange exchange = profile(gatewayOnly(SANDBOX.sandbox(), "walletKeystore=" + keystore,
                "walletKeystorePassword=RAW(testpassword)"));
        assertThat(exchange.getException()).isNull();
        String payer = SANDBOX.sandbox().gateway().payments().get((int) paidToGateway() - 1).payer();
        assertThat(payer).isEqualTo(Wallets.fromPrivateKey("7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d").address());
    }

    @Test
    void theOnlyWalletBeanIsAutowiredWhenNoKeyIsGiven() {
        Exchange exchange = profile(gatewayOnly(SANDBOX.sandbox()));
        assertThat(exchange.getException()).isNull();
        assertThat(SANDBOX.sandbox().gateway().payments().get((int) paidToGateway() - 1).payer())
                .isEqualTo("0x90F79bf6EB2c4f870365E785982E1f101E93b906");
    }

    @Test
    void aKeyOnTheEndpointWinsOverTheAutowiredWalletBean() {
        Exchange exchange = profile(mpp("profile/get"));
        assertThat(exchange.getException()).isNull();
        assertThat(SANDBOX.sandbox().gateway().payments().get((int) paidToGateway() - 1).payer()).isEqualTo(PAYER);
    }

    @Test
    void aWalletBeanPays() {
        Exchange exchange = profile(gatewayOnly(SANDBOX.sandbox(), "wallet=#hardhat3"));
        assertThat(exchange.getException()).isNull();
        assertThat(SANDBOX.sandbox().gateway().payments().get((int) paidToGateway() - 1).payer())
                .isEqualTo("0x90F79bf6EB2c4f870365E785982E1f101E93b906");
    }

    @Test
    void withoutAWalletTheEndpointDoesNotStart() {
        // this test's registry holds a wallet bean, which the clado component autowires: use one that does not
        CladoComponent withoutAutowiring = new CladoComponent();
        withoutAutowiring.setAutowiredEnabled(false);
        context.addComponent("cladoNoBeans", withoutAutowiring);
        assertThatThrownBy(() -> context.getEndpoint(gatewayOnly(SANDBOX.sandbox()).replace("clado:", "cladoNoBeans:")))
                .hasRootCauseInstanceOf(CladoConfigurationException.class)
                .hasRootCauseMessage("mode=mpp needs a wallet to pay with: set walletPrivateKey (secret), or walletKeystore"
                        + " and walletKeystorePassword, or a wallet bean");
    }

    @Test
    void aBadKeyIsNamedButNotShown() {
        String bad = "0x1234567890abcdef1234567890abcdef";
        assertThatThrownBy(() -> context.getEndpoint(gatewayOnly(SANDBOX.sandbox(), "walletPrivateKey=RAW(" + bad + ")")))
                .hasRootCauseInstanceOf(CladoConfigurationException.class)
                .hasRootCauseMessage("the wallet cannot be loaded: the private key must be 32 bytes of hex (64 digits, optional"
                        + " 0x); the value given has 32 characters")
                .hasMessageNotContaining("1234567890abcdef");
    }

    @Test
    void theKeyIsMaskedInTheEndpoint() {
        String uri = context.getEndpoint(mpp("profile/get")).toString();
        assertThat(uri).contains("walletPrivateKey=xxxxxx").doesNotContain(PAYER_KEY.substring(2));
    }

    @Test
    void plainHttpGatewaysMustBeLoopback() {
        assertThatThrownBy(() -> context.getEndpoint("clado:profile/get?mode=mpp&walletPrivateKey=RAW(" + PAYER_KEY
                + ")&gatewayUrl=http://clado.mpp.paywithlocus.com"))
                .rootCause().isInstanceOf(CladoConfigurationException.class)
                .hasMessageContaining("plain http is allowed for loopback addresses only");
    }

    @Test
    void sponsoredFeesAndThePaymentAuthorizationHeaderWork() {
        try (CladoSandbox sponsoring = CladoSandbox.builder()
                .timeline(new JobTimeline(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .gatewayFeePayer("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a")
                .gatewayPaymentAuthorizationHeader(true).start()) {
            Exchange exchange = profile(gatewayOnly(sponsoring, "walletPrivateKey=RAW(" + PAYER_KEY + ")"));
            assertThat(exchange.getException()).isNull();
            String signed = exchange.getMessage().getHeader(CladoConstants.PAYMENT_TRANSACTION, String.class);
            String settled = exchange.getMessage().getHeader(CladoConstants.PAYMENT_REFERENCE, String.class);
            assertThat(settled).isNotEqualTo(signed).isEqualTo(sponsoring.gateway().payments().get(0).reference());
            assertThat(sponsoring.gateway().payments().get(0).sponsored()).isTrue();
            assertThat(sponsoring.stats().lastRequest().header("Payment-Authorization")).startsWith("Payment ");
        }
    }

    @Test
    void aJdbcLedgerKeepsTheBudgetAcrossARestart() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:ledger-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        String uri = gatewayOnly(SANDBOX.sandbox(), "walletPrivateKey=RAW(" + PAYER_KEY + ")", "ledger=#jdbc",
                "budgetAmount=40000", "budgetWindow=1h");

        // a profile exposes 13000 plus a network fee of at most 4200: two fit in the budget of 40000, not three
        try (CamelContext first = contextWithLedger(new JdbcPaymentLedger(database))) {
            ProducerTemplate producer = first.createProducerTemplate();
            for (int i = 0; i < 2; i++) {
                Exchange paid = producer.send(uri, e -> e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, PROFILE));
                assertThat(paid.getException()).isNull();
            }
        }
        try (CamelContext second = contextWithLedger(new JdbcPaymentLedger(database))) {
            Exchange third = second.createProducerTemplate().send(uri,
                    e -> e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, PROFILE));
            assertThat(third.getException()).isInstanceOf(CladoPaymentRefusedException.class)
                    .hasMessageContaining("over the budget of $0.04");
            JdbcPaymentLedger ledger = new JdbcPaymentLedger(database);
            assertThat(ledger.recordsSince(Instant.EPOCH)).hasSize(2)
                    .allSatisfy(r -> assertThat(r.status()).isEqualTo(PaymentStatus.SETTLED));
            assertThat(ledger.spentSince(Instant.EPOCH)).isEqualTo(BigInteger.valueOf(2 * (13_000 + 4_200)));
        }
    }

    private static CamelContext contextWithLedger(JdbcPaymentLedger ledger) {
        CamelContext camel = new DefaultCamelContext();
        camel.getRegistry().bind("jdbc", ledger);
        camel.start();
        return camel;
    }
}
