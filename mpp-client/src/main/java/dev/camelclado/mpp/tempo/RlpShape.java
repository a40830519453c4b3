package dev.camelclado.mpp.tempo;

import dev.camelclado.mpp.core.MppProtocolException;

/**
 * Checks that bytes are exactly one well-formed RLP item before web3j's decoder sees them: every item lies within
 * its parent and lists nest at most {@link #MAX_DEPTH} deep. web3j 4.13's {@code RlpDecoder} does not check the first:
 * lists that overrun their parent are read again and again, and 164 hostile bytes fill a gigabyte of heap (found by
 * the fuzz run). One pass, no allocation.
 */
final class RlpShape {

    /** A Tempo transaction nests four deep (transaction, access list, entry, storage keys); anything far deeper is hostile. */
    static final int MAX_DEPTH = 16;

    private RlpShape() {
    }

    static void check(byte[] data, int from) {
        int end = item(data, from, data.length, 0);
        if (end != data.length) {
            throw new MppProtocolException("RLP: " + (data.length - end) + " bytes after the item");
        }
    }

    /** Checks the item at {@code pos}, which must end by {@code limit}; returns where it ends. */
    private static int item(byte[] data, int pos, int limit, int depth) {
        if (pos >= limit) {
            throw new MppProtocolException("RLP: an item is missing at byte " + pos);
        }
        int prefix = data[pos] & 0xff;
        if (prefix < 0x80) {
            return pos + 1;
        }
        boolean list = prefix >= 0xc0;
        int shortBase = list ? 0xc0 : 0x80;
        int longBase = list ? 0xf7 : 0xb7;
        int start;
        long length;
        if (prefix <= longBase) {
            start = pos + 1;
            length = prefix - shortBase;
        } else {
            int lengthBytes = prefix - longBase;
            if (lengthBytes > 4 || pos + 1 + lengthBytes > limit) {
                throw new MppProtocolException("RLP: the length of the item at byte " + pos + " overruns its parent");
            }
            length = 0;
            for (int i = 1; i <= lengthBytes; i++) {
                length = length << 8 | data[pos + i] & 0xff;
            }
            start = pos + 1 + lengthBytes;
        }
        if (start + length > limit) {
            throw new MppProtocolException("RLP: the item at byte " + pos + " overruns its parent");
        }
        int end = (int) (start + length);
        if (list) {
            if (depth + 1 > MAX_DEPTH) {
                throw new MppProtocolException("RLP: lists nest deeper than " + MAX_DEPTH);
            }
            for (int child = start; child < end; ) {
                child = item(data, child, end, depth + 1);
            }
        }
        return end;
    }
}
