package dev.camelclado.fuzz;

import java.util.function.Supplier;

import dev.camelclado.mpp.core.MppProtocolException;

/**
 * The contract of every MPP parser, as {@code HostileInputPropertiesTest} states it: an input is read, or refused with
 * {@link MppProtocolException} saying why. Anything else that escapes (a NullPointerException, an index error, a
 * StackOverflowError, an OutOfMemoryError) reaches Jazzer, which reports it as a finding.
 */
final class Contract {

    private Contract() {
    }

    static void parsedOrRefusedTyped(Supplier<?> parse) {
        try {
            parse.get();
        } catch (MppProtocolException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new AssertionError("refused without saying why", refused);
            }
        }
    }
}
