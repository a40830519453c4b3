package dev.camelclado.fuzz;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.mpp.core.ChallengeParser;
import dev.camelclado.mpp.core.MppProtocolException;
import dev.camelclado.mpp.core.PaymentChallenge;
import dev.camelclado.mpp.policy.PaymentPolicy;
import dev.camelclado.mpp.policy.PaymentRefusedException;
import dev.camelclado.mpp.tempo.TempoChargeRequest;
import dev.camelclado.mpp.tempo.TempoNetworks;

/**
 * The payment decision on damaged challenges (the seeds are real gateway challenges, the fuzzer damages them): each is
 * refused by the parser, the request reader or the policy, or what would be signed is inside the policy. Never a
 * signature outside it. The same contract as
 * {@code HostileInputPropertiesTest.aDamagedChallengeIsRefusedOrStillInsidePolicy}, checked here against every rule the
 * policy below sets.
 */
class ChallengePolicyFuzzTest {

    @RegisterExtension
    static final InputCounter INPUTS = new InputCounter();

    /** The seeds' frozen clock (mppx fixtures): their challenges expire five minutes later, so they pass the policy. */
    static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");
    static final String RECIPIENT = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    static final String REALM = "clado.mpp.paywithlocus.com";
    static final BigInteger MAX_AMOUNT = BigInteger.valueOf(10_000);
    static final PaymentPolicy POLICY = PaymentPolicy.builder().allowedRecipients(Set.of(RECIPIENT))
            .maxAmount(MAX_AMOUNT).allowedCurrencies(Map.of(TempoNetworks.TESTNET, Set.of(TempoNetworks.PATH_USD)))
            .allowedRealms(Set.of(REALM)).build();

    @FuzzTest
    void aDamagedChallengeIsRefusedOrInsidePolicy(FuzzedDataProvider data) {
        INPUTS.count();
        List<PaymentChallenge> challenges;
        try {
            challenges = ChallengeParser.parse(data.consumeRemainingAsString());
        } catch (MppProtocolException refusedByTheParser) {
            return;
        }
        for (PaymentChallenge challenge : challenges) {
            TempoChargeRequest charge;
            try {
                charge = TempoChargeRequest.of(challenge);
                POLICY.check(challenge, charge, NOW);
            } catch (MppProtocolException | PaymentRefusedException refused) {
                continue;
            }
            insidePolicy(challenge, charge);
        }
    }

    private static void insidePolicy(PaymentChallenge challenge, TempoChargeRequest charge) {
        check(charge.amount().signum() >= 0 && charge.amount().compareTo(MAX_AMOUNT) <= 0, "amount", charge);
        check(charge.recipient().equalsIgnoreCase(RECIPIENT), "recipient", charge);
        check(Long.valueOf(TempoNetworks.TESTNET).equals(charge.chainId()), "chain", charge);
        check(charge.currency().equalsIgnoreCase(TempoNetworks.PATH_USD), "currency", charge);
        check(challenge.realm().equalsIgnoreCase(REALM), "realm " + challenge.realm(), charge);
        check(challenge.expiresAt() == null || NOW.isBefore(challenge.expiresAt()), "expiry " + challenge.expires(),
                charge);
        check(charge.allowsPull(), "mode", charge);
        check(charge.splits().isEmpty() || charge.splitTotal().compareTo(charge.amount()) < 0, "split total", charge);
        for (TempoChargeRequest.Split split : charge.splits()) {
            check(split.amount().signum() > 0 && split.recipient().equalsIgnoreCase(RECIPIENT), "split", charge);
        }
    }

    private static void check(boolean inside, String rule, TempoChargeRequest charge) {
        if (!inside) {
            throw new AssertionError("would sign outside the policy (" + rule + "): " + charge);
        }
    }
}
