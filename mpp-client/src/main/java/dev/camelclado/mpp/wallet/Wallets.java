package dev.camelclado.mpp.wallet;

import java.math.BigInteger;
import java.nio.file.Path;

import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

/** Ways to get a {@link Wallet}. Errors never repeat the key or password. */
public final class Wallets {

    private static final BigInteger N = Sign.CURVE_PARAMS.getN();

    private Wallets() {
    }

    /** A wallet from a hex private key (64 hex digits, with or without 0x). */
    public static Wallet fromPrivateKey(String privateKeyHex) {
        if (privateKeyHex == null) {
            throw new IllegalArgumentException("no private key given");
        }
        String hex = privateKeyHex.trim();
        if (hex.startsWith("0x") || hex.startsWith("0X")) {
            hex = hex.substring(2);
        }
        if (!hex.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("the private key must be 32 bytes of hex (64 digits, optional 0x);"
                    + " the value given has " + hex.length() + " characters");
        }
        return fromPrivateKey(new BigInteger(hex, 16));
    }

    static Wallet fromPrivateKey(BigInteger key) {
        if (key.signum() <= 0 || key.compareTo(N) >= 0) {
            throw new IllegalArgumentException("the private key is outside the secp256k1 range");
        }
        return new PrivateKeyWallet(ECKeyPair.create(key));
    }

    /** A wallet from a Web3 Secret Storage (v3) keystore file, as web3j, geth and Foundry write them. */
    public static Wallet fromKeystore(Path keystore, char[] password) {
        return fromPrivateKey(KeystoreReader.decrypt(keystore, password));
    }
}
