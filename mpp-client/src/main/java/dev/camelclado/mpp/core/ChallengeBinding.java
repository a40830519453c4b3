package dev.camelclado.mpp.core;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The recommended stateless binding of a challenge id to its parameters (core spec "Challenge Binding"):
 * {@code base64url(HMAC-SHA256(secret, realm|method|intent|request|expires|digest|opaque))}, with {@code header}
 * before {@code opaque} when the challenge has one (mpp-specs #362). Servers use it to issue ids and to check them.
 */
public final class ChallengeBinding {

    /** mppx refuses shorter secrets. */
    public static final int MIN_SECRET_BYTES = 32;

    private ChallengeBinding() {
    }

    /** The HMAC input for a challenge's parameters (null optional parameters are empty slots). */
    public static String input(String realm, String method, String intent, String request, String expires, String digest,
            String header, String opaque) {
        StringBuilder in = new StringBuilder().append(realm).append('|').append(method).append('|').append(intent)
                .append('|').append(request).append('|').append(nullToEmpty(expires)).append('|').append(nullToEmpty(digest));
        if (header != null) {
            in.append('|').append(header);
        }
        return in.append('|').append(nullToEmpty(opaque)).toString();
    }

    public static String computeId(byte[] secret, String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64Url.encode(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by the JDK", e);
        }
    }

    /** Whether {@code id} is the binding of {@code input}, compared in constant time. */
    public static boolean verify(byte[] secret, String input, String id) {
        if (id == null) {
            return false;
        }
        return MessageDigest.isEqual(computeId(secret, input).getBytes(StandardCharsets.US_ASCII),
                id.getBytes(StandardCharsets.US_ASCII));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
