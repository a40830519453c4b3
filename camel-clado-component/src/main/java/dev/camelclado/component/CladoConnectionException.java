package dev.camelclado.component;

/**
 * No HTTP answer: the connection failed or the answer did not come within {@code requestTimeout}. Whether the
 * request reached Clado is unknown; retry reads freely, but think before retrying a job start.
 */
public class CladoConnectionException extends CladoException {

    private static final long serialVersionUID = 1L;

    public CladoConnectionException(CladoOperation operation, String message, Throwable cause) {
        super(operation, message, cause);
    }
}
