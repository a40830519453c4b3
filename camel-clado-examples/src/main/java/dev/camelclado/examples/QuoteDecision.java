package dev.camelclado.examples;

/** What the quote example did with one request: its price, made or skipped, why, and what was paid (mpp mode). */
public record QuoteDecision(String request, long price, String priceSource, String decision, String reason, Long paid) {

    public static final String MADE = "made";
    public static final String SKIPPED = "skipped";
}
