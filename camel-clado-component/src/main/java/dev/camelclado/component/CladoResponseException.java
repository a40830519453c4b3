package dev.camelclado.component;

/**
 * A successful HTTP status with a body the component cannot read (not JSON, or not the shape of the operation's
 * model). The request reached Clado and may have been charged.
 */
public class CladoResponseException extends CladoException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String responseBody;

    public CladoResponseException(CladoOperation operation, int statusCode, String problem, String responseBody,
                                  Throwable cause) {
        super(operation, problem, cause);
        this.statusCode = statusCode;
        this.responseBody = responseBody;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public String getResponseBody() {
        return responseBody;
    }
}
