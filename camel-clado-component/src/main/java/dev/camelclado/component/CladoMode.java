package dev.camelclado.component;

/** How calls are paid for. */
public enum CladoMode {
    /** With a Clado API key ({@code Authorization: Bearer lk_...}) against the Clado API; billed in credits. */
    direct
}
