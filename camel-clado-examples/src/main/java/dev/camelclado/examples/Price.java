package dev.camelclado.examples;

import java.math.BigInteger;

/**
 * What a call would cost, in base units (6 decimals; a Clado credit is $0.01, 10000 base units), where the figure
 * comes from, and whether the component's own payment limits would pay it (with the reason when not).
 */
public record Price(long amount, String source, boolean acceptable, String refusal) {

    @Override
    public String toString() {
        return SpendReport.usd(BigInteger.valueOf(amount)) + " (" + source + ")";
    }
}
