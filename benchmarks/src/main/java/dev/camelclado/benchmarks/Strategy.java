package dev.camelclado.benchmarks;

import java.util.Map;

import dev.camelclado.component.CladoMode;

/** A way of polling to measure: its name in the report, the payment mode and the consumer's URI options. */
record Strategy(String name, CladoMode mode, Map<String, String> options) {

    static Strategy adaptive(CladoMode mode) {
        return new Strategy(mode == CladoMode.mpp ? "adaptive (paid, mpp)" : "adaptive (default)", mode, Map.of());
    }

    static Strategy fixed(int seconds) {
        return new Strategy("fixed " + seconds + " s", CladoMode.direct,
                Map.of("pollSchedule", "fixed", "minPollInterval", seconds + "s"));
    }
}
