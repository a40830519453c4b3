package dev.camelclado.mpp.tempo;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.web3j.utils.Numeric;

import dev.camelclado.mpp.core.Json;
import dev.camelclado.mpp.core.PaymentChallenge;
import dev.camelclado.mpp.core.PaymentCredential;
import dev.camelclado.mpp.policy.PaymentRefusedException;
import dev.camelclado.mpp.policy.PolicyViolation;
import dev.camelclado.mpp.wallet.Wallet;

/**
 * Builds the credential for a {@code tempo}/{@code charge} challenge the policy has accepted: a signed pull-mode
 * transaction ({@code transferWithMemo} with the challenge-bound memo, expiring nonce, {@code validBefore =
 * min(now + validity, expires)}), the {@code 0x78} envelope when fees are sponsored, or the EIP-712 proof for a
 * zero amount.
 */
public final class TempoChargeSigner {

    /** What fee token a transaction names when the client pays its own fees. */
    public enum FeeToken {
        /** None: the chain picks (the called token, then pathUSD). What mppx 0.11 does. */
        NONE,
        /** The token being paid. What pympp does. */
        CURRENCY
    }

    /** mppx's validity window for pull transactions; the chain allows at most 30 s. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofSeconds(25);

    /**
     * A signed charge: the credential, the transaction in it and until when it can settle (both null for a proof).
     */
    public record SignedCharge(PaymentCredential credential, SignedTempoTransaction transaction, GasSettings gas,
            java.time.Instant validBefore) {
    }

    /** 1 base unit (10^-6 USD) is 10^12 attodollars. */
    private static final BigInteger ATTODOLLARS_PER_BASE_UNIT = BigInteger.TEN.pow(12);

    private final Wallet wallet;
    private final GasSource gasSource;
    private final GasSettings feeBounds;
    private final FeeToken feeToken;
    private final Duration validity;
    private final String clientId;
    private final Clock clock;
    private final LongSupplier validAfter;

    /**
     * @param feeBounds  the largest gas limit and max fee per gas this client signs
     * @param clientId   names the client in the attribution memo, or null
     * @param validAfter the {@code valid_after} to set, or null to leave it empty
     */
    public TempoChargeSigner(Wallet wallet, GasSource gasSource, GasSettings feeBounds, FeeToken feeToken, Duration validity,
            String clientId, Clock clock, LongSupplier validAfter) {
        this.wallet = wallet;
        this.gasSource = gasSource;
        this.feeBounds = feeBounds;
        this.feeToken = feeToken;
        this.validity = validity;
        this.clientId = clientId;
        this.clock = clock;
        this.validAfter = validAfter;
    }

    public Wallet wallet() {
        return wallet;
    }

    /** The payer's DID for {@code source}: {@code did:pkh:eip155:<chain>:<address>}. */
    public String source(long chainId) {
        return "did:pkh:eip155:" + chainId + ":" + wallet.address();
    }

    /**
     * The gas and fee figures a payment of this charge would use (null for a zero-amount proof), within the fee
     * bounds.
     *
     * @throws PaymentRefusedException {@code FEE_TOO_HIGH} when the gas source asks for more
     */
    public GasSettings gasFor(PaymentChallenge challenge, TempoChargeRequest request) {
        if (request.amount().signum() == 0) {
            return null;
        }
        GasSettings gas = gasSource.settingsFor(new GasSource.Context(request.chainId(), wallet.address(),
                primaryCall(challenge, request), request.feePayer()));
        if (gas.gasLimit().compareTo(feeBounds.gasLimit()) > 0 || gas.maxFeePerGas().compareTo(feeBounds.maxFeePerGas()) > 0) {
            throw new PaymentRefusedException(PolicyViolation.FEE_TOO_HIGH, "payment refused: gas " + gas.gasLimit()
                    + " at " + gas.maxFeePerGas() + " per gas is over the bounds (gas " + feeBounds.gasLimit() + ", "
                    + feeBounds.maxFeePerGas() + " per gas)", request.amount(), challenge.id());
        }
        return gas;
    }

    /** The most the network fee of a payment can cost the payer, in base units: nothing when sponsored. */
    public static BigInteger networkFeeLimit(TempoChargeRequest request, GasSettings gas) {
        if (gas == null || request.feePayer()) {
            return BigInteger.ZERO;
        }
        BigInteger[] division = gas.maxFee().divideAndRemainder(ATTODOLLARS_PER_BASE_UNIT);
        return division[1].signum() == 0 ? division[0] : division[0].add(BigInteger.ONE);
    }

    public SignedCharge sign(PaymentChallenge challenge, TempoChargeRequest request) {
        return sign(challenge, request, gasFor(challenge, request));
    }

    /** Signs with the given gas figures (from {@link #gasFor}). */
    public SignedCharge sign(PaymentChallenge challenge, TempoChargeRequest request, GasSettings gas) {
        long chainId = request.chainId();
        ObjectNode payload = Json.MAPPER.createObjectNode();
        if (request.amount().signum() == 0) {
            payload.put("signature", PaymentProof.sign(wallet, chainId, challenge.id(), challenge.realm()));
            payload.put("type", "proof");
            return new SignedCharge(new PaymentCredential(challenge, payload, source(chainId)), null, null, null);
        }
        long validBefore = validBefore(challenge);
        TempoTransaction.Builder tx = TempoTransaction.builder().chainId(chainId).gasLimit(gas.gasLimit())
                .maxFeePerGas(gas.maxFeePerGas()).maxPriorityFeePerGas(gas.maxPriorityFeePerGas())
                .call(primaryCall(challenge, request)).validBefore(validBefore).sponsored(request.feePayer());
        for (TempoChargeRequest.Split split : request.splits()) {
            tx.call(new TempoCall(request.currency(), BigInteger.ZERO, split.memo() != null
                    ? Tip20.transferWithMemo(split.recipient(), split.amount(), Numeric.hexStringToByteArray(split.memo()))
                    : Tip20.transfer(split.recipient(), split.amount())));
        }
        if (validAfter != null) {
            tx.validAfter(validAfter.getAsLong());
        }
        if (!request.feePayer() && feeToken == FeeToken.CURRENCY) {
            tx.feeToken(request.currency());
        }
        SignedTempoTransaction signed = tx.build().sign(wallet);
        payload.put("signature", signed.rawHex());
        payload.put("type", "transaction");
        return new SignedCharge(new PaymentCredential(challenge, payload, source(chainId)), signed, gas,
                Instant.ofEpochSecond(validBefore));
    }

    private TempoCall primaryCall(PaymentChallenge challenge, TempoChargeRequest request) {
        byte[] memo = request.legacyMemo() != null ? Numeric.hexStringToByteArray(request.legacyMemo())
                : AttributionMemo.compute(challenge.realm(), challenge.id(), clientId);
        return new TempoCall(request.currency(), BigInteger.ZERO,
                Tip20.transferWithMemo(request.recipient(), request.primaryAmount(), memo));
    }

    private long validBefore(PaymentChallenge challenge) {
        Instant limit = clock.instant().plus(validity);
        if (challenge.expiresAt() != null && challenge.expiresAt().isBefore(limit)) {
            limit = challenge.expiresAt();
        }
        return limit.getEpochSecond();
    }
}
