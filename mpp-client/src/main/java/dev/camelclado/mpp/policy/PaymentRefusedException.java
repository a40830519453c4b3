package dev.camelclado.mpp.policy;

import java.math.BigInteger;

/**
 * The client refused to pay a challenge: nothing was signed or sent. {@link #violation()} says which rule,
 * the message says what to change.
 */
public class PaymentRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final PolicyViolation violation;
    private final transient BigInteger amount;
    private final String challengeId;

    public PaymentRefusedException(PolicyViolation violation, String message, BigInteger amount, String challengeId) {
        super(message);
        this.violation = violation;
        this.amount = amount;
        this.challengeId = challengeId;
    }

    public PolicyViolation violation() {
        return violation;
    }

    /** The amount asked, in base units, or null. */
    public BigInteger amount() {
        return amount;
    }

    public String challengeId() {
        return challengeId;
    }
}
