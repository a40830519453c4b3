package dev.camelclado.component;

/** How calls are paid for. */
public enum CladoMode {
    /** With a Clado API key ({@code Authorization: Bearer lk_...}) against the Clado API; billed in credits. */
    direct,
    /**
     * Per call through the Locus MPP gateway, with no Clado account: each call answers 402 with a price, and a
     * Tempo wallet pays it (HTTP {@code Payment} authentication) within the configured limits.
     */
    mpp
}
