package dev.camelclado.component;

/**
 * Some status reads of a consumer run failed (rate limit, server error, network, payment refused). The jobs stay
 * watched and are read again later; raised from the poll so that Camel's poll strategy, backoff
 * ({@code backoffErrorThreshold}) and {@code bridgeErrorHandler} see it.
 */
public class CladoPollException extends CladoException {

    private static final long serialVersionUID = 1L;

    private final int failedReads;
    private final int reads;

    public CladoPollException(CladoOperation operation, int failedReads, int reads, Throwable firstFailure) {
        super(operation, failedReads + " of " + reads + " status reads failed; the jobs stay watched and are read again"
                + " later. First failure: " + firstFailure.getMessage(), firstFailure);
        this.failedReads = failedReads;
        this.reads = reads;
    }

    public int getFailedReads() {
        return failedReads;
    }

    public int getReads() {
        return reads;
    }
}
