package dev.camelclado.mpp.tempo;

import org.web3j.utils.Numeric;

/**
 * A signed Tempo transaction ready for a credential: the {@code 0x76} transaction, or the {@code 0x78} fee-payer
 * envelope the server co-signs. {@link #hash()} is keccak256 of these bytes; for a sponsored payment the settled
 * transaction (and so the receipt's reference) has another hash.
 */
public record SignedTempoTransaction(byte[] raw, String hash, String sender, byte[] senderHash) {

    public String rawHex() {
        return Numeric.toHexString(raw);
    }

    public boolean isFeePayerEnvelope() {
        return raw.length > 0 && raw[0] == TempoTransaction.FEE_PAYER_ENVELOPE;
    }

    @Override
    public String toString() {
        return "SignedTempoTransaction[hash=" + hash + ", sender=" + sender + ", type=0x"
                + Integer.toHexString(raw.length > 0 ? raw[0] & 0xff : 0) + "]";
    }
}
