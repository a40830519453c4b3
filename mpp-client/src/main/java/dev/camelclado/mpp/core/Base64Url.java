package dev.camelclado.mpp.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** base64url without padding (RFC 4648 §5), as every MPP header value uses it. */
public final class Base64Url {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    public static String encode(String text) {
        return encode(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes base64url, with or without padding (senders should not pad, but padding is not ambiguous).
     *
     * @throws MppProtocolException for characters outside the base64url alphabet or a truncated value
     */
    public static byte[] decode(String value, String what) {
        if (value == null) {
            throw new MppProtocolException(what + " is missing");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alphabet = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            if (!alphabet && !(c == '=' && i >= value.length() - 2)) {
                throw new MppProtocolException(what + " is not base64url: unexpected character at " + i);
            }
        }
        try {
            return DECODER.decode(value);
        } catch (IllegalArgumentException e) {
            throw new MppProtocolException(what + " is not valid base64url", e);
        }
    }
}
