package dev.camelclado.mpp.wallet;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.params.KeyParameter;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

import dev.camelclado.mpp.core.Json;
import dev.camelclado.mpp.core.MppProtocolException;

/**
 * Decrypts a Web3 Secret Storage v3 keystore: scrypt or PBKDF2-HMAC-SHA256 derives a key from the password, the MAC
 * {@code keccak256(dk[16..32] ‖ ciphertext)} proves the password right, AES-128-CTR with {@code dk[0..16]} gives the
 * private key. KDF costs are bounded so a hostile file cannot make us allocate gigabytes.
 */
final class KeystoreReader {

    /** geth's "standard" scrypt cost (N = 2^18, r = 8: 256 MiB) is the most we accept. */
    static final long MAX_SCRYPT_MEMORY = 128L * 8 * (1 << 18);
    static final int MAX_PBKDF2_ITERATIONS = 10_000_000;
    static final long MAX_FILE_BYTES = 64 * 1024;

    private KeystoreReader() {
    }

    static BigInteger decrypt(Path keystore, char[] password) {
        JsonNode json;
        try {
            if (Files.size(keystore) > MAX_FILE_BYTES) {
                throw new IllegalArgumentException("keystore " + keystore.getFileName() + " is too large to be a keystore");
            }
            json = Json.object(Files.readAllBytes(keystore), "keystore");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read keystore " + keystore + ": " + e.getMessage(), e);
        } catch (MppProtocolException e) {
            throw new IllegalArgumentException("keystore " + keystore.getFileName() + " is not JSON", e);
        }
        if (json.path("version").asInt() != 3) {
            throw new IllegalArgumentException("keystore " + keystore.getFileName() + " is not a version 3 keystore");
        }
        JsonNode crypto = json.has("crypto") ? json.get("crypto") : json.path("Crypto");
        if (!"aes-128-ctr".equals(crypto.path("cipher").asText())) {
            throw new IllegalArgumentException("keystore cipher must be aes-128-ctr, was " + crypto.path("cipher").asText());
        }
        byte[] ciphertext = hex(crypto.path("ciphertext"), "ciphertext");
        byte[] iv = hex(crypto.path("cipherparams").path("iv"), "cipherparams.iv");
        byte[] mac = hex(crypto.path("mac"), "mac");
        byte[] derived = deriveKey(crypto, passwordBytes(password));
        try {
            byte[] macInput = new byte[16 + ciphertext.length];
            System.arraycopy(derived, 16, macInput, 0, 16);
            System.arraycopy(ciphertext, 0, macInput, 16, ciphertext.length);
            if (!MessageDigest.isEqual(Hash.sha3(macInput), mac)) {
                throw new IllegalArgumentException("wrong keystore password (the keystore MAC does not match)");
            }
            Cipher aes = Cipher.getInstance("AES/CTR/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(Arrays.copyOf(derived, 16), "AES"), new IvParameterSpec(iv));
            byte[] key = aes.doFinal(ciphertext);
            try {
                return new BigInteger(1, key);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CTR is required by the JDK", e);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    private static byte[] deriveKey(JsonNode crypto, byte[] password) {
        JsonNode params = crypto.path("kdfparams");
        byte[] salt = hex(params.path("salt"), "kdfparams.salt");
        int dkLen = params.path("dklen").asInt();
        if (dkLen != 32) {
            throw new IllegalArgumentException("keystore kdfparams.dklen must be 32");
        }
        try {
            switch (crypto.path("kdf").asText().toLowerCase(Locale.ROOT)) {
                case "scrypt": {
                    long n = params.path("n").asLong();
                    int r = params.path("r").asInt();
                    int p = params.path("p").asInt();
                    if (n < 2 || (n & (n - 1)) != 0 || r < 1 || p < 1 || p > 16 || 128L * r * n > MAX_SCRYPT_MEMORY) {
                        throw new IllegalArgumentException("keystore scrypt parameters are out of the accepted range"
                                + " (n a power of two, 128*n*r at most 256 MiB, p at most 16)");
                    }
                    return SCrypt.generate(password, salt, (int) n, r, p, dkLen);
                }
                case "pbkdf2": {
                    int c = params.path("c").asInt();
                    if (!"hmac-sha256".equals(params.path("prf").asText()) || c < 1 || c > MAX_PBKDF2_ITERATIONS) {
                        throw new IllegalArgumentException("keystore pbkdf2 must use hmac-sha256 with 1 to "
                                + MAX_PBKDF2_ITERATIONS + " iterations");
                    }
                    PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
                    generator.init(password, salt, c);
                    return ((KeyParameter) generator.generateDerivedParameters(dkLen * 8)).getKey();
                }
                default:
                    throw new IllegalArgumentException("keystore kdf must be scrypt or pbkdf2, was " + crypto.path("kdf").asText());
            }
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    private static byte[] passwordBytes(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password == null ? new char[0] : password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }

    private static byte[] hex(JsonNode node, String what) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException("keystore " + what + " is missing");
        }
        try {
            return Numeric.hexStringToByteArray(node.textValue());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("keystore " + what + " is not hex", e);
        }
    }
}
