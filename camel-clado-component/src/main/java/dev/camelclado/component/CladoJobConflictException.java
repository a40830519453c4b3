package dev.camelclado.component;

/** 409: the job is in the wrong state for the operation (continue of an unfinished job, no more results, cancel of an ended job when {@code failOnCancelConflict=true}). */
public class CladoJobConflictException extends CladoApiException {

    private static final long serialVersionUID = 1L;

    public CladoJobConflictException(CladoOperation operation, String apiMessage, String body) {
        super(operation, 409, apiMessage, body, null);
    }
}
