package dev.camelclado.component;

import java.util.List;

import dev.camelclado.component.service.PaymentInfo;

/**
 * The gateway refused the payment credential(s) (e.g. {@code verification-failed}, {@code payment-expired},
 * {@code internal-payment-error} for an empty wallet). A refused pull-mode payment is never broadcast: no money moved.
 */
public class CladoPaymentRejectedException extends CladoPaymentException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String problem;

    public CladoPaymentRejectedException(CladoOperation operation, int statusCode, String problem, String message,
            List<PaymentInfo> payments, Throwable cause) {
        super(operation, message, payments, cause);
        this.statusCode = statusCode;
        this.problem = problem;
    }

    public int getStatusCode() {
        return statusCode;
    }

    /** The RFC 9457 problem code, e.g. {@code verification-failed}, or null. */
    public String getProblem() {
        return problem;
    }
}
