package dev.camelclado.component;

import java.time.Duration;

/** 5xx: the Clado API failed. Usually worth retrying with a redelivery policy. */
public class CladoServerException extends CladoApiException {

    private static final long serialVersionUID = 1L;

    public CladoServerException(CladoOperation operation, int statusCode, String apiMessage, String body, Duration retryAfter) {
        super(operation, statusCode, apiMessage, body, retryAfter);
    }
}
