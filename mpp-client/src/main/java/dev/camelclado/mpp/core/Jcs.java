package dev.camelclado.mpp.core;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSON Canonicalization Scheme (RFC 8785) for the JSON MPP puts in headers: object keys sorted by UTF-16 code
 * units, no whitespace, ECMAScript string escaping. Numbers must be integers within ±2^53 (MPP amounts are strings;
 * only ids such as {@code chainId} are numbers); anything else is refused rather than serialized differently from
 * other implementations.
 */
public final class Jcs {

    private static final BigInteger MAX_SAFE = BigInteger.valueOf(9007199254740991L);

    private Jcs() {
    }

    public static String canonicalize(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            List<String> names = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                names.add(it.next().getKey());
            }
            names.sort(String::compareTo);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(names.get(i), out);
                out.append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isIntegralNumber()) {
            BigInteger value = node.bigIntegerValue();
            if (value.abs().compareTo(MAX_SAFE) > 0) {
                throw new IllegalArgumentException("JCS: integer outside the IEEE-754 safe range: " + value);
            }
            out.append(value);
        } else if (node.isNumber()) {
            double value = node.doubleValue();
            if (value != Math.rint(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("JCS: only integral numbers are supported, got " + node);
            }
            out.append((long) value);
        } else {
            throw new IllegalArgumentException("JCS: unsupported JSON node " + node.getNodeType());
        }
    }

    private static void string(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
