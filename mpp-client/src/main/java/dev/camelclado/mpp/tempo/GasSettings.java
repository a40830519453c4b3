package dev.camelclado.mpp.tempo;

import java.math.BigInteger;

/** Gas limit and fee caps of a Tempo transaction (fees in attodollars per gas). */
public record GasSettings(BigInteger gasLimit, BigInteger maxFeePerGas, BigInteger maxPriorityFeePerGas) {

    /**
     * Enough for a TIP-20 {@code transferWithMemo}, even to a new address (~300k gas), at Tempo's base-fee cap
     * (1.2e10 attodollars per gas): at most 350,000 x 1.2e10 = $0.0042 of fees, usually far less.
     */
    public static final GasSettings DEFAULT = new GasSettings(BigInteger.valueOf(350_000),
            BigInteger.valueOf(12_000_000_000L), BigInteger.ZERO);

    public GasSettings {
        if (gasLimit == null || gasLimit.signum() <= 0 || maxFeePerGas == null || maxFeePerGas.signum() < 0
                || maxPriorityFeePerGas == null || maxPriorityFeePerGas.signum() < 0
                || maxPriorityFeePerGas.compareTo(maxFeePerGas) > 0) {
            throw new IllegalArgumentException("gas settings need a positive gas limit and 0 <= priority fee <= max fee");
        }
    }

    /** The most the network fee can be, in attodollars. */
    public BigInteger maxFee() {
        return gasLimit.multiply(maxFeePerGas);
    }
}
