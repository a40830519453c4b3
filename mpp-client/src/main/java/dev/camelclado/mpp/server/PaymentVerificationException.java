package dev.camelclado.mpp.server;

/** A credential a server refuses, with the RFC 9457 problem code to answer with. */
public class PaymentVerificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String title;

    public PaymentVerificationException(String code, String title, String detail) {
        super(detail);
        this.code = code;
        this.title = title;
    }

    public static PaymentVerificationException malformed(String detail) {
        return new PaymentVerificationException("malformed-credential", "Malformed Credential", detail);
    }

    public static PaymentVerificationException invalidChallenge(String detail) {
        return new PaymentVerificationException("invalid-challenge", "Invalid Challenge", detail);
    }

    public static PaymentVerificationException expired(String detail) {
        return new PaymentVerificationException("payment-expired", "Payment Expired", detail);
    }

    public static PaymentVerificationException failed(String detail) {
        return new PaymentVerificationException("verification-failed", "Payment Verification Failed", detail);
    }

    /** {@code verification-failed}, {@code invalid-challenge}, ... */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
