package dev.camelclado.sandbox.gateway;

/**
 * What the gateway does wrong after it has verified and taken a payment, scripted through
 * {@code CladoSandbox.faults().afterPayment(...)}. Each says whether the payer keeps the money ("kept": a
 * {@link GatewayPayment} that is not refunded) and what reaches the client, so tests can hold the client's ledger
 * against the gateway's books. A kept payment is still refunded when Clado itself fails the call, as always.
 */
public enum PaidFault {

    /** Kept; the call is served and the connection closed before any answer. */
    DROP_CONNECTION(true),
    /** Kept; no answer at all until the fault's duration has passed (a client times out first), then closed. */
    NO_ANSWER(true),
    /** Kept; a 502 from the gateway instead of Clado's answer. */
    SERVER_ERROR(true),
    /** Kept; a 402 without a Payment challenge, as when an upstream's own 402 is passed through. */
    BARE_402(true),
    /** Refunded; the credential is refused after all with a 402 and a fresh challenge at the same price. */
    FRESH_402(false),
    /** Refunded; refused with a 402 and a fresh challenge at ten times the price. */
    DEARER_402(false),
    /** Kept; the answer's length is announced, half of it sent, and the connection closed. */
    TRUNCATED_BODY(true),
    /** Kept; a whole 200 answer with its receipt, whose JSON stops half way. */
    INVALID_JSON(true),
    /** Kept; a 200 answer with its receipt that is an HTML page. */
    HTML_BODY(true),
    /** Kept; the answer is sent a few bytes at a time over the fault's duration. */
    SLOW_BODY(true),
    /** Kept; the answer carries two different {@code Payment-Receipt} headers. */
    TWO_RECEIPTS(true),
    /** Kept; the answer carries a mebibyte of headers, past what an HTTP client should accept. */
    HUGE_HEADERS(true);

    /** A fault due now, with the time it takes where it takes any ({@link #NO_ANSWER}, {@link #SLOW_BODY}). */
    public record Due(PaidFault fault, java.time.Duration time) {
    }

    private final boolean kept;

    PaidFault(boolean kept) {
        this.kept = kept;
    }

    /** Whether the gateway keeps the payment (true) or refunds it (false). */
    public boolean kept() {
        return kept;
    }
}
