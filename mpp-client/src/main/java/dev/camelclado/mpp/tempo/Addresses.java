package dev.camelclado.mpp.tempo;

import java.util.Locale;
import java.util.regex.Pattern;

import org.web3j.utils.Numeric;

/** 20-byte hex addresses, compared without regard to EIP-55 case. */
public final class Addresses {

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    private Addresses() {
    }

    public static boolean isAddress(String value) {
        return value != null && ADDRESS.matcher(value).matches();
    }

    /** Lower-case form, for comparison and allow-lists. */
    public static String normalize(String address) {
        if (!isAddress(address)) {
            throw new IllegalArgumentException("not a 20-byte hex address: " + address);
        }
        return address.toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }

    public static byte[] bytes(String address) {
        return Numeric.hexStringToByteArray(normalize(address));
    }
}
