package dev.camelclado.component;

/** 402 from the Clado API: the account has too few credits. A plain JSON 402, not a payment challenge. */
public class CladoInsufficientCreditsException extends CladoApiException {

    private static final long serialVersionUID = 1L;

    public CladoInsufficientCreditsException(CladoOperation operation, String apiMessage, String body) {
        super(operation, 402, apiMessage, body, null);
    }
}
