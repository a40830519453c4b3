package dev.camelclado.mpp.policy;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import dev.camelclado.mpp.core.Json;
import dev.camelclado.mpp.core.PaymentChallenge;
import dev.camelclado.mpp.server.ChallengeIssuer;
import dev.camelclado.mpp.tempo.TempoChargeRequest;
import dev.camelclado.mpp.tempo.TempoNetworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentPolicyTest {

    static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");
    static final String RECIPIENT = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    static final ChallengeIssuer ISSUER = new ChallengeIssuer(new byte[32], "clado.mpp.paywithlocus.com",
            java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC), Duration.ofMinutes(5));

    static ObjectNode request(String amount, long chain, String currency) {
        ObjectNode request = Json.MAPPER.createObjectNode();
        request.put("amount", amount);
        request.put("currency", currency);
        request.put("recipient", RECIPIENT);
        request.putObject("methodDetails").put("chainId", chain);
        return request;
    }

    static PaymentChallenge challenge(ObjectNode request) {
        return ISSUER.issue(request, null, false).challenge();
    }

    private static PolicyViolation violation(PaymentPolicy policy, ObjectNode request, Instant at) {
        PaymentChallenge challenge = challenge(request);
        try {
            policy.check(challenge, TempoChargeRequest.of(challenge), at);
            return null;
        } catch (PaymentRefusedException e) {
            assertThat(e.challengeId()).isEqualTo(challenge.id());
            return e.violation();
        }
    }

    /** The defaults, with the one thing they lack: whom to pay. */
    static PaymentPolicy.Builder base() {
        return PaymentPolicy.builder().allowedRecipients(Set.of(RECIPIENT));
    }

    @Test
    void theDefaultsPayNobodyUntilARecipientIsAllowed() {
        assertThat(violation(PaymentPolicy.defaults(), request("3000", TempoNetworks.TESTNET, TempoNetworks.PATH_USD), NOW))
                .isEqualTo(PolicyViolation.RECIPIENT_NOT_ALLOWED);
        assertThat(violation(PaymentPolicy.builder().allowAnyRecipient(true).build(),
                request("3000", TempoNetworks.TESTNET, TempoNetworks.PATH_USD), NOW)).isNull();
    }

    @Test
    void theDefaultsPayTempoStablecoinsUpToOneDollar() {
        PaymentPolicy defaults = base().build();
        assertThat(violation(defaults, request("3000", TempoNetworks.TESTNET, TempoNetworks.PATH_USD), NOW)).isNull();
        assertThat(violation(defaults, request("1000000", TempoNetworks.MAINNET, TempoNetworks.USDC_E), NOW)).isNull();
        assertThat(violation(defaults, request("1000001", TempoNetworks.MAINNET, TempoNetworks.USDC_E), NOW))
                .isEqualTo(PolicyViolation.OVER_CAP);
        assertThat(violation(defaults, request("3000", TempoNetworks.TESTNET, TempoNetworks.USDC_E), NOW))
                .isEqualTo(PolicyViolation.CURRENCY_NOT_ALLOWED);
        assertThat(violation(defaults, request("3000", 1, TempoNetworks.PATH_USD), NOW))
                .isEqualTo(PolicyViolation.CHAIN_NOT_ALLOWED);
    }

    @Test
    void overTheCapTheMessageSaysWhatToDo() {
        PaymentChallenge challenge = challenge(request("303000", TempoNetworks.TESTNET, TempoNetworks.PATH_USD));
        PaymentPolicy policy = base().maxAmount(BigInteger.valueOf(100_000)).build();
        assertThatThrownBy(() -> policy.check(challenge, TempoChargeRequest.of(challenge), NOW))
                .isInstanceOf(PaymentRefusedException.class)
                .hasMessage("payment refused: the challenge asks 303000 base units ($0.303), over the per-call maximum"
                        + " of 100000 ($0.1); raise maxAmount to pay it");
    }

    @Test
    void expiredChallengesWithinTheClockSkewAreRefused() {
        ObjectNode request = request("3000", TempoNetworks.TESTNET, TempoNetworks.PATH_USD);
        assertThat(violation(base().build(), request, NOW.plus(Duration.ofMinutes(4)))).isNull();
        assertThat(violation(base().build(), request, NOW.plus(Duration.ofSeconds(296))))
                .isEqualTo(PolicyViolation.EXPIRED);
        assertThat(violation(base().build(), request, NOW.plus(Duration.ofHours(1)))).isEqualTo(PolicyViolation.EXPIRED);
    }

    @Test
    void recipientsAndRealmsCanBePinned() {
        ObjectNode request = request("3000", TempoNetworks.TESTNET, TempoNetworks.PATH_USD);
        assertThat(violation(PaymentPolicy.builder().allowedRecipients(Set.of(RECIPIENT.toLowerCase())).build(), request, NOW))
                .isNull();
        assertThat(violation(PaymentPolicy.builder().allowedRecipients(Set.of("0x0000000000000000000000000000000000000001"))
                .build(), request, NOW)).isEqualTo(PolicyViolation.RECIPIENT_NOT_ALLOWED);
        assertThat(violation(base().allowedRealms(Set.of("other.example")).build(), request, NOW))
                .isEqualTo(PolicyViolation.REALM_NOT_ALLOWED);
        assertThat(violation(base().allowedCurrencies(Map.of(TempoNetworks.TESTNET,
                Set.of(TempoNetworks.PATH_USD.toUpperCase().replace("0X", "0x")))).build(), request, NOW)).isNull();
    }

    @Test
    void splitsMustLeaveThePrimaryRecipientSomethingAndGoToAllowedRecipients() {
        ObjectNode request = request("3000", TempoNetworks.TESTNET, TempoNetworks.PATH_USD);
        ObjectNode split = ((ObjectNode) request.get("methodDetails")).putArray("splits").addObject();
        split.put("amount", "3000");
        split.put("recipient", "0x0000000000000000000000000000000000000002");
        PaymentPolicy anyone = PaymentPolicy.builder().allowAnyRecipient(true).build();
        assertThat(violation(anyone, request, NOW)).isEqualTo(PolicyViolation.INVALID_SPLITS);
        split.put("amount", "1000");
        assertThat(violation(anyone, request, NOW)).isNull();
        assertThat(violation(base().build(), request, NOW)).isEqualTo(PolicyViolation.RECIPIENT_NOT_ALLOWED);
        assertThat(violation(PaymentPolicy.builder().allowedRecipients(Set.of(RECIPIENT,
                "0x0000000000000000000000000000000000000002")).build(), request, NOW)).isNull();
    }

    @Test
    void pushOnlyServersAreRefused() {
        ObjectNode request = request("3000", TempoNetworks.TESTNET, TempoNetworks.PATH_USD);
        ((ObjectNode) request.get("methodDetails")).putArray("supportedModes").add("push");
        assertThat(violation(base().build(), request, NOW)).isEqualTo(PolicyViolation.MODE_NOT_SUPPORTED);
    }

    @Test
    void aChainIdIsRequired() {
        ObjectNode request = request("3000", TempoNetworks.TESTNET, TempoNetworks.PATH_USD);
        request.remove("methodDetails");
        assertThat(violation(base().build(), request, NOW)).isEqualTo(PolicyViolation.CHAIN_NOT_ALLOWED);
    }

    @Test
    void budgetsRefuseWhatWouldExceedTheWindow() {
        SpendingBudget budget = new SpendingBudget(BigInteger.valueOf(10_000), Duration.ofHours(1));
        assertThatCode(() -> budget.check(BigInteger.valueOf(3000), BigInteger.valueOf(7000), "c")).doesNotThrowAnyException();
        assertThatThrownBy(() -> budget.check(BigInteger.valueOf(3000), BigInteger.valueOf(7001), "c"))
                .isInstanceOf(PaymentRefusedException.class).extracting("violation").isEqualTo(PolicyViolation.OVER_BUDGET);
        assertThatThrownBy(() -> new SpendingBudget(BigInteger.ONE, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
