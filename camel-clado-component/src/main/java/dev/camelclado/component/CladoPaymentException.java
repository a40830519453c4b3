package dev.camelclado.component;

import java.util.List;

import dev.camelclado.component.service.PaymentInfo;

/**
 * A payment problem in mpp mode. Subclasses say whether anything was paid: {@link CladoPaymentRefusedException}
 * (nothing: the limits refused it), {@link CladoPaymentRejectedException} (nothing: the gateway refused the
 * credential), {@link CladoPaymentUnknownException} (maybe: it may still settle, and is never paid again).
 */
public class CladoPaymentException extends CladoException {

    private static final long serialVersionUID = 1L;

    private final transient List<PaymentInfo> payments;

    public CladoPaymentException(CladoOperation operation, String message, List<PaymentInfo> payments, Throwable cause) {
        super(operation, message, cause);
        this.payments = List.copyOf(payments);
    }

    /** The payments attempted for the call, each in the ledger. */
    public List<PaymentInfo> getPayments() {
        return payments;
    }
}
