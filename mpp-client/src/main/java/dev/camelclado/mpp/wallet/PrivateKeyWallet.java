package dev.camelclado.mpp.wallet;

import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/** A wallet holding a secp256k1 key in memory. */
public final class PrivateKeyWallet implements Wallet {

    private final ECKeyPair keyPair;
    private final String address;

    PrivateKeyWallet(ECKeyPair keyPair) {
        this.keyPair = keyPair;
        this.address = Keys.toChecksumAddress(Keys.getAddress(keyPair.getPublicKey()));
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public Sign.SignatureData signHash(byte[] hash) {
        if (hash.length != 32) {
            throw new IllegalArgumentException("a hash to sign is 32 bytes, got " + hash.length);
        }
        return Sign.signMessage(hash, keyPair, false);
    }

    @Override
    public String toString() {
        return "PrivateKeyWallet[" + address + "]";
    }
}
