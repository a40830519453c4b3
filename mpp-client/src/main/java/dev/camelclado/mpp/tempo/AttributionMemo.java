package dev.camelclado.mpp.tempo;

import java.nio.charset.StandardCharsets;

import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * The 32-byte memo that binds a Tempo transfer to one challenge (mppx {@code Attribution.ts}); servers refuse a
 * payment whose memo is not bound to the challenge they issued.
 *
 * <pre>
 * [0..3]   keccak256("mpp")[0..3]
 * [4]      version 0x01
 * [5..14]  keccak256(realm)[0..9]
 * [15..24] keccak256(clientId)[0..9], or zeros
 * [25..31] keccak256(challenge id)[0..6]
 * </pre>
 */
public final class AttributionMemo {

    private static final byte VERSION = 0x01;

    private AttributionMemo() {
    }

    public static byte[] compute(String realm, String challengeId, String clientId) {
        byte[] memo = new byte[32];
        System.arraycopy(keccak("mpp"), 0, memo, 0, 4);
        memo[4] = VERSION;
        System.arraycopy(keccak(realm), 0, memo, 5, 10);
        if (clientId != null && !clientId.isEmpty()) {
            System.arraycopy(keccak(clientId), 0, memo, 15, 10);
        }
        System.arraycopy(keccak(challengeId), 0, memo, 25, 7);
        return memo;
    }

    public static String computeHex(String realm, String challengeId, String clientId) {
        return Numeric.toHexString(compute(realm, challengeId, clientId));
    }

    /** Whether a memo is bound to this realm and challenge (whatever client id it names). */
    public static boolean isBound(byte[] memo, String realm, String challengeId) {
        if (memo == null || memo.length != 32) {
            return false;
        }
        byte[] expected = compute(realm, challengeId, null);
        for (int i = 0; i < 15; i++) {
            if (memo[i] != expected[i]) {
                return false;
            }
        }
        for (int i = 25; i < 32; i++) {
            if (memo[i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] keccak(String text) {
        return Hash.sha3(text.getBytes(StandardCharsets.UTF_8));
    }
}
