package dev.camelclado.mpp.wallet;

import org.web3j.crypto.Sign;

/**
 * The payer's key. Implementations never reveal the private key: not in {@code toString}, logs or exceptions.
 */
public interface Wallet {

    /** The payer's address, EIP-55 checksummed. */
    String address();

    /** A secp256k1 signature of a 32-byte hash: canonical low-s, {@code v} 27 or 28. */
    Sign.SignatureData signHash(byte[] hash);
}
