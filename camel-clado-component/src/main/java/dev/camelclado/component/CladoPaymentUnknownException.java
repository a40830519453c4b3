package dev.camelclado.component;

import java.util.List;

import dev.camelclado.component.service.PaymentInfo;

/**
 * A payment credential was sent but no answer came back. The payment may settle until its transaction expires
 * (about 25 s): it is recorded as UNKNOWN, counts against the budget, and redelivering the exchange will not pay
 * for the same call again.
 */
public class CladoPaymentUnknownException extends CladoPaymentException {

    private static final long serialVersionUID = 1L;

    public CladoPaymentUnknownException(CladoOperation operation, String message, List<PaymentInfo> payments, Throwable cause) {
        super(operation, message, payments, cause);
    }
}
