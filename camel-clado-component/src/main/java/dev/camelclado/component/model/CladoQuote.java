package dev.camelclado.component.model;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * What a call would cost through the MPP gateway, read from its 402 without paying: the amount, the token and
 * recipient, and whether this endpoint's limits (cap, budget, allow-lists) would pay it.
 */
public class CladoQuote {

    private final String operation;
    private final boolean paymentRequired;
    private final BigInteger amount;
    private final String currency;
    private final String recipient;
    private final Long chainId;
    private final String expires;
    private final boolean acceptable;
    private final String refusal;

    public CladoQuote(String operation, boolean paymentRequired, BigInteger amount, String currency, String recipient,
            Long chainId, String expires, boolean acceptable, String refusal) {
        this.operation = operation;
        this.paymentRequired = paymentRequired;
        this.amount = amount;
        this.currency = currency;
        this.recipient = recipient;
        this.chainId = chainId;
        this.expires = expires;
        this.acceptable = acceptable;
        this.refusal = refusal;
    }

    /** The operation priced, e.g. {@code search/people}. */
    public String getOperation() {
        return operation;
    }

    public boolean isPaymentRequired() {
        return paymentRequired;
    }

    /** The price in base units (6 decimals). */
    public BigInteger getAmount() {
        return amount;
    }

    /** The price in dollars: base units / 10^6. */
    public BigDecimal getAmountUsd() {
        return new BigDecimal(amount, 6);
    }

    public String getCurrency() {
        return currency;
    }

    public String getRecipient() {
        return recipient;
    }

    public Long getChainId() {
        return chainId;
    }

    /** Until when the quoted challenge was valid; a later call gets a new one (possibly at another price). */
    public String getExpires() {
        return expires;
    }

    /** Whether this endpoint would pay it now (cap, budget, allow-lists). */
    public boolean isAcceptable() {
        return acceptable;
    }

    /** Why it would not be paid, or null. */
    public String getRefusal() {
        return refusal;
    }

    @Override
    public String toString() {
        return "CladoQuote[" + operation + ": " + amount + " base units ($" + getAmountUsd().stripTrailingZeros().toPlainString()
                + "), acceptable=" + acceptable + "]";
    }
}
