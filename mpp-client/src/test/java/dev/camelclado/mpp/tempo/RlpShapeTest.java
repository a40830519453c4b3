package dev.camelclado.mpp.tempo;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

import dev.camelclado.mpp.core.MppProtocolException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RlpShapeTest {

    /** The fuzz run's finding, made small: before RlpShape it filled a 1 GiB heap in web3j's RlpDecoder. */
    static final String OVERLAPPING_LISTS = "0x76f90060" + "c1c1c3".repeat(32) + "00".repeat(64);

    /** The fuzzer's own input (352 bytes), which held the decoder past its 10 s per-input limit. */
    static final String FUZZER_INPUT = "dlp2wcHBwcHBwcHFLstBeADBwcUuy0F4AMHBwcHBwcHBxXbBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBweLBePkAANXV1dX"
            + "V1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXBwcHBwcHBwcFBwcHBwdzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3NzcwcHBwcHBwcV2wcHBwcHBwc"
            + "HBwcHBwcHBwcHBwcHBwcHBwcHiwXj5AADV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXVwcHBwcHBwcHBQcHBwcHc3Nzc3Nzc3Nzc3Nzc3Nzc3Nz"
            + "c3Nzc3Nzc3NzBwcHBwcHBwcHBwcHBwcHBwcHBwcHBeV3IAAAAAAAAAMHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBAABBAAAAAEDAAAAAAAAAAAAAAAAe1x"
            + "IB////////wcHBwcHBwcHBwf/////////mcICEag==";

    @Test
    void listsOverrunningTheirParentAreRefusedBeforeWeb3jDecodes() {
        assertThatThrownBy(() -> TempoTransactionDecoder.decode(OVERLAPPING_LISTS))
                .isInstanceOf(MppProtocolException.class).hasMessageContaining("overruns its parent");
    }

    @Test
    void theFuzzersInputIsRefusedTyped() {
        String hex = Numeric.toHexString(Base64.getDecoder().decode(FUZZER_INPUT));
        assertThatThrownBy(() -> TempoTransactionDecoder.decode(hex)).isInstanceOf(MppProtocolException.class);
    }

    @Test
    void nestingIsBoundedAndTrailingBytesRefused() {
        byte[] deepest = nested(RlpShape.MAX_DEPTH);
        assertThatCode(() -> RlpShape.check(deepest, 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RlpShape.check(nested(RlpShape.MAX_DEPTH + 1), 0))
                .isInstanceOf(MppProtocolException.class).hasMessageContaining("nest deeper");
        assertThatThrownBy(() -> RlpShape.check(new byte[] {(byte) 0xc0, 0x01}, 0))
                .isInstanceOf(MppProtocolException.class).hasMessageContaining("after the item");
    }

    @Test
    void longFormLengthsAreRead() {
        byte[] longString = new byte[2 + 60];
        longString[0] = (byte) 0xb8;
        longString[1] = 60;
        RlpShape.check(longString, 0);
        longString[1] = 61;
        assertThat(longString).hasSize(62);
        assertThatThrownBy(() -> RlpShape.check(longString, 0)).isInstanceOf(MppProtocolException.class);
    }

    /** {@code depth} lists, each holding the next, the innermost empty. */
    private static byte[] nested(int depth) {
        byte[] bytes = new byte[depth];
        for (int i = 0; i < depth; i++) {
            bytes[i] = (byte) (0xc0 + depth - 1 - i);
        }
        return bytes;
    }
}
