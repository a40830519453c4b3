package dev.camelclado.mpp;

import java.util.List;

/**
 * A credential was sent but no answer came back (connection lost, timeout). The server may have settled the
 * payment, or may still settle it until the transaction's {@code validBefore}: the ledger records it as UNKNOWN,
 * it counts against the budget, and it is never paid again automatically.
 */
public class PaymentOutcomeUnknownException extends MppPaymentException {

    private static final long serialVersionUID = 1L;

    public PaymentOutcomeUnknownException(String message, List<Payment> payments, Throwable cause) {
        super(message, payments, cause);
    }
}
