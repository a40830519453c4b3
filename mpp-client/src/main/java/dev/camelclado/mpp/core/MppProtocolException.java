package dev.camelclado.mpp.core;

/** Something on the wire does not follow the Payment authentication scheme: a challenge, receipt or credential. */
public class MppProtocolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MppProtocolException(String message) {
        super(message);
    }

    public MppProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
