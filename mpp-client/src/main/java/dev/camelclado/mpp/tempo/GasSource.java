package dev.camelclado.mpp.tempo;

/**
 * Where the gas and fee figures of a payment come from: fixed configuration, or a Tempo node. Called on the signing
 * executor, never on an I/O thread; may block.
 */
public interface GasSource {

    /** What a payment transaction is about to do, for estimation. */
    record Context(long chainId, String from, TempoCall primaryCall, boolean sponsored) {
    }

    GasSettings settingsFor(Context context);

    static GasSource fixed(GasSettings settings) {
        return context -> settings;
    }
}
