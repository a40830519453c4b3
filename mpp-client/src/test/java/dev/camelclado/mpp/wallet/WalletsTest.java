package dev.camelclado.mpp.wallet;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.WalletFile;
import org.web3j.utils.Numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WalletsTest {

    static final String KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    static final String ADDRESS = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

    @Test
    void privateKeysWithOrWithout0x() {
        assertThat(Wallets.fromPrivateKey(KEY).address()).isEqualTo(ADDRESS);
        assertThat(Wallets.fromPrivateKey("0x" + KEY.toUpperCase()).address()).isEqualTo(ADDRESS);
    }

    @Test
    void badKeysAreRefusedWithoutRepeatingThem() {
        assertThatThrownBy(() -> Wallets.fromPrivateKey(KEY.substring(2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the private key must be 32 bytes of hex (64 digits, optional 0x); the value given has 62 characters")
                .hasMessageNotContaining(KEY.substring(2, 20));
        assertThatThrownBy(() -> Wallets.fromPrivateKey("0".repeat(64))).hasMessage("the private key is outside the secp256k1 range");
        assertThatThrownBy(() -> Wallets.fromPrivateKey("f".repeat(64))).hasMessage("the private key is outside the secp256k1 range");
        assertThatThrownBy(() -> Wallets.fromPrivateKey((String) null)).hasMessage("no private key given");
    }

    @Test
    void toStringShowsTheAddressOnly() {
        assertThat(Wallets.fromPrivateKey(KEY).toString()).isEqualTo("PrivateKeyWallet[" + ADDRESS + "]").doesNotContain(KEY);
    }

    @Test
    void keystoresWrittenByWeb3jAreRead(@TempDir Path dir) throws Exception {
        ECKeyPair pair = ECKeyPair.create(Numeric.toBigInt(KEY));
        WalletFile light = org.web3j.crypto.Wallet.createLight("correct horse", pair);
        Path file = dir.resolve("light.json");
        new com.fasterxml.jackson.databind.ObjectMapper().writeValue(file.toFile(), light);
        assertThat(Wallets.fromKeystore(file, "correct horse".toCharArray()).address()).isEqualTo(ADDRESS);
        assertThatThrownBy(() -> Wallets.fromKeystore(file, "wrong".toCharArray()))
                .hasMessage("wrong keystore password (the keystore MAC does not match)");
        assertThat(Keys.toChecksumAddress(light.getAddress())).isEqualTo(ADDRESS);
    }

    /** The PBKDF2 test vector of the Web3 Secret Storage definition (password "testpassword"). */
    @Test
    void thePbkdf2VectorOfTheKeystoreSpecification(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pbkdf2.json");
        Files.writeString(file, "{\"crypto\":{\"cipher\":\"aes-128-ctr\",\"cipherparams\":{\"iv\":\"6087dab2f9fdbbfaddc31a909735c1e6\"},"
                + "\"ciphertext\":\"5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46\",\"kdf\":\"pbkdf2\","
                + "\"kdfparams\":{\"c\":262144,\"dklen\":32,\"prf\":\"hmac-sha256\",\"salt\":"
                + "\"ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd\"},\"mac\":"
                + "\"517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2\"},"
                + "\"id\":\"3198bc9c-6672-5ab3-d995-4942343ae5b6\",\"version\":3}");
        Wallet wallet = Wallets.fromKeystore(file, "testpassword".toCharArray());
        assertThat(wallet.address()).isEqualTo(Keys.toChecksumAddress(Keys.getAddress(
                ECKeyPair.create(Numeric.toBigInt("7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d")))));
    }

    @Test
    void hostileKeystoresAreRefused(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.json");
        Files.writeString(huge, "{\"version\":3,\"crypto\":{\"cipher\":\"aes-128-ctr\",\"cipherparams\":{\"iv\":\"00\"},"
                + "\"ciphertext\":\"00\",\"mac\":\"00\",\"kdf\":\"scrypt\",\"kdfparams\":{\"n\":1073741824,\"r\":8,\"p\":1,"
                + "\"dklen\":32,\"salt\":\"00\"}}}");
        assertThatThrownBy(() -> Wallets.fromKeystore(huge, "x".toCharArray())).hasMessageContaining("scrypt parameters");
        Path notJson = dir.resolve("nope.json");
        Files.writeString(notJson, "hello");
        assertThatThrownBy(() -> Wallets.fromKeystore(notJson, "x".toCharArray())).hasMessageContaining("is not JSON");
        assertThatThrownBy(() -> Wallets.fromKeystore(dir.resolve("missing.json"), "x".toCharArray()))
                .hasMessageContaining("cannot read keystore");
    }
}
