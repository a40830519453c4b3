package dev.camelclado.mpp;

import java.math.BigInteger;

import dev.camelclado.mpp.core.PaymentChallenge;
import dev.camelclado.mpp.policy.PaymentRefusedException;
import dev.camelclado.mpp.tempo.TempoChargeRequest;

/**
 * What a request would cost, read from its 402 without paying: the challenge, its terms, and whether the policy and
 * budget would pay it ({@link #refusal()} null) or not.
 */
public record PaymentQuote(int statusCode, PaymentChallenge challenge, TempoChargeRequest charge,
        PaymentRefusedException refusal) {

    /** Whether the resource asked for payment. */
    public boolean paymentRequired() {
        return challenge != null;
    }

    /** The price in base units; zero when no payment is required. */
    public BigInteger amount() {
        return charge == null ? BigInteger.ZERO : charge.amount();
    }

    /** Whether this client would pay it now. */
    public boolean acceptable() {
        return refusal == null;
    }
}
