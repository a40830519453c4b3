package dev.camelclado.component;

import org.apache.camel.RuntimeCamelException;

/** Base of every error the {@code clado:} component raises; names the operation when there is one. */
public class CladoException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    private final transient CladoOperation operation;

    public CladoException(CladoOperation operation, String message) {
        super(prefix(operation) + message);
        this.operation = operation;
    }

    public CladoException(CladoOperation operation, String message, Throwable cause) {
        super(prefix(operation) + message, cause);
        this.operation = operation;
    }

    private static String prefix(CladoOperation operation) {
        return operation == null ? "" : "clado:" + operation.uriName() + ": ";
    }

    /** The operation that failed, or null if the failure came before one was chosen. */
    public CladoOperation getOperation() {
        return operation;
    }
}
