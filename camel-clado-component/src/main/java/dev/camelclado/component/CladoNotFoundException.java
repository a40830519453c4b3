package dev.camelclado.component;

/** 404: the job (or resource) does not exist or has expired. */
public class CladoNotFoundException extends CladoApiException {

    private static final long serialVersionUID = 1L;

    public CladoNotFoundException(CladoOperation operation, String apiMessage, String body) {
        super(operation, 404, apiMessage, body, null);
    }
}
