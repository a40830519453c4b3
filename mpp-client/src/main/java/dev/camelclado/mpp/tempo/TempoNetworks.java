package dev.camelclado.mpp.tempo;

import java.util.Map;
import java.util.Set;

/** Tempo chains and the stablecoins MPP servers charge in (TIP-20 tokens, 6 decimals). */
public final class TempoNetworks {

    public static final long MAINNET = 4217;
    /** The Moderato testnet. */
    public static final long TESTNET = 42431;

    /** USDC.e on mainnet: what the Locus gateway charges in. */
    public static final String USDC_E = "0x20c000000000000000000000b9537d11c60e8b50";
    /** pathUSD: on testnet, and also on mainnet. */
    public static final String PATH_USD = "0x20c0000000000000000000000000000000000000";

    /** Chains and currencies accepted unless configured otherwise. */
    public static final Map<Long, Set<String>> DEFAULT_CURRENCIES = Map.of(
            MAINNET, Set.of(USDC_E, PATH_USD),
            TESTNET, Set.of(PATH_USD));

    public static final int DECIMALS = 6;

    private TempoNetworks() {
    }
}
