package dev.camelclado.mpp.policy;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;

/** At most {@code limit} base units paid within any {@code window} ending now (a sliding window). */
public record SpendingBudget(BigInteger limit, Duration window) {

    public SpendingBudget {
        if (limit == null || limit.signum() < 0) {
            throw new IllegalArgumentException("a budget limit is zero or more base units");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a budget window is a positive duration");
        }
    }

    /**
     * Refuses {@code amount} more when {@code spent} in the window already makes it exceed the limit.
     *
     * @throws PaymentRefusedException {@code OVER_BUDGET}
     */
    public void check(BigInteger amount, BigInteger spent, String challengeId) {
        if (spent.add(amount).compareTo(limit) > 0) {
            throw new PaymentRefusedException(PolicyViolation.OVER_BUDGET, "payment refused: " + PaymentPolicy.usd(amount)
                    + " more would bring spending in the last " + window + " to " + PaymentPolicy.usd(spent.add(amount))
                    + ", over the budget of " + PaymentPolicy.usd(limit) + " (" + PaymentPolicy.usd(spent) + " spent)",
                    amount, challengeId);
        }
    }

    /** Where the window starts for a payment made at {@code now}. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }
}
