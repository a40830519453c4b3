package dev.camelclado.mpp.policy;

/** Why a challenge was not paid. */
public enum PolicyViolation {
    /** The challenge's {@code expires} has passed (or is about to, within the clock-skew margin). */
    EXPIRED,
    /** The amount is over the per-call cap. */
    OVER_CAP,
    /** Paying would exceed the spending budget of the current window. */
    OVER_BUDGET,
    /** The chain id is missing or not allowed. */
    CHAIN_NOT_ALLOWED,
    /** The token is not allowed on that chain. */
    CURRENCY_NOT_ALLOWED,
    /** The recipient (or a split recipient) is not on the allow-list. */
    RECIPIENT_NOT_ALLOWED,
    /** The realm is not the one expected. */
    REALM_NOT_ALLOWED,
    /** Splits add up to the whole amount or more. */
    INVALID_SPLITS,
    /** The server allows no payment mode this client uses (pull). */
    MODE_NOT_SUPPORTED,
    /** The network fee figures are above the configured bounds. */
    FEE_TOO_HIGH,
    /** This request was already paid (or its payment may still settle). */
    ALREADY_PAID,
    /** A legacy memo that is not 32 bytes, or another request detail this client will not sign. */
    UNSUPPORTED_REQUEST
}
