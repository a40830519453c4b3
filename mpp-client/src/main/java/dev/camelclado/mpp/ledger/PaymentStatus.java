package dev.camelclado.mpp.ledger;

/** Where a payment stands. */
public enum PaymentStatus {
    /** Recorded and about to be (or being) sent; the outcome is not known yet. Counts against the budget. */
    PENDING(true),
    /** The server accepted it and answered 2xx. */
    SETTLED(true),
    /** The server refused the credential (a 402 or 500 payment problem): no money moved. */
    REFUSED(false),
    /** Signed but never sent (the request failed before the credential left). */
    NOT_SENT(false),
    /** Sent, but no definitive answer: it may still settle until the transaction's valid-before. Counts against the budget. */
    UNKNOWN(true);

    private final boolean mayHaveMovedMoney;

    PaymentStatus(boolean mayHaveMovedMoney) {
        this.mayHaveMovedMoney = mayHaveMovedMoney;
    }

    /** Whether this payment counts as spent: settled, or possibly settled. */
    public boolean mayHaveMovedMoney() {
        return mayHaveMovedMoney;
    }
}
