package dev.camelclado.mpp;

import java.util.List;

/** Base of the payment failures the client reports; carries the payments attempted (each in the ledger). */
public class MppPaymentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Payment> payments;

    public MppPaymentException(String message, List<Payment> payments, Throwable cause) {
        super(message, cause);
        this.payments = List.copyOf(payments);
    }

    /** The payments attempted for this request, oldest first. */
    public List<Payment> payments() {
        return payments;
    }
}
