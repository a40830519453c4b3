package dev.camelclado.component;

import java.math.BigInteger;
import java.util.List;

/**
 * The endpoint's limits refused to pay (over maxAmount or the budget, an expired challenge, a chain, token or
 * recipient not allowed, the same call already paid): nothing was signed or sent.
 */
public class CladoPaymentRefusedException extends CladoPaymentException {

    private static final long serialVersionUID = 1L;

    private final String violation;
    private final transient BigInteger amount;

    public CladoPaymentRefusedException(CladoOperation operation, String violation, BigInteger amount, String message,
            Throwable cause) {
        super(operation, message, List.of(), cause);
        this.violation = violation;
        this.amount = amount;
    }

    /** The rule that refused it: OVER_CAP, OVER_BUDGET, EXPIRED, RECIPIENT_NOT_ALLOWED, ALREADY_PAID, ... */
    public String getViolation() {
        return violation;
    }

    /** The price asked, in base units, or null. */
    public BigInteger getAmount() {
        return amount;
    }
}
