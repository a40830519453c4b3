package dev.camelclado.component;

/** 401 Unauthorized (missing or wrong API key) or 403 (the job belongs to another key). Retrying will not help. */
public class CladoAuthenticationException extends CladoApiException {

    private static final long serialVersionUID = 1L;

    public CladoAuthenticationException(CladoOperation operation, int statusCode, String apiMessage, String body) {
        super(operation, statusCode, apiMessage, body, null);
    }
}
