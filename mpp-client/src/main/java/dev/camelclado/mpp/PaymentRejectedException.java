package dev.camelclado.mpp;

import java.util.List;

import dev.camelclado.mpp.core.ProblemDetails;

/**
 * The server refused the credential(s) (RFC 9457 problem such as {@code verification-failed},
 * {@code invalid-challenge}, {@code payment-expired}) and offered no new challenge within the attempts allowed.
 * In pull mode a refused credential is never broadcast: no money moved.
 */
public class PaymentRejectedException extends MppPaymentException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final transient ProblemDetails problem;

    public PaymentRejectedException(int statusCode, ProblemDetails problem, List<Payment> payments) {
        super("payment rejected by the server (HTTP " + statusCode + (problem == null ? "" : ", " + problem) + ")",
                payments, null);
        this.statusCode = statusCode;
        this.problem = problem;
    }

    public int statusCode() {
        return statusCode;
    }

    /** The server's problem, or null if it sent none. */
    public ProblemDetails problem() {
        return problem;
    }

    /** The problem code, e.g. {@code verification-failed}, or null. */
    public String problemCode() {
        return problem == null ? null : problem.code();
    }
}
