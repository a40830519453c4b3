package dev.camelclado.mpp.core;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads {@code Payment} challenges from {@code WWW-Authenticate} values (RFC 9110 §11.6.1 grammar): several
 * challenges in separate header values or comma-joined in one, other schemes skipped, quoted strings with
 * backslash escapes (and the {@code \\uXXXX} escapes mppx writes for non-Latin-1 text), case-insensitive parameter
 * names. A Payment challenge with a duplicate parameter, a missing or empty required parameter, a malformed method
 * or {@code request}, or an unreadable {@code expires} is an error: nothing about it can be trusted.
 */
public final class ChallengeParser {

    private static final Pattern METHOD = Pattern.compile("[a-z][a-z0-9:_-]*");
    private static final Pattern INTENT = Pattern.compile("[A-Za-z0-9-]+");
    private static final String[] REQUIRED = { "id", "realm", "method", "intent", "request" };
    /** A header longer than this is not a challenge we will read. */
    public static final int MAX_HEADER_LENGTH = 16 * 1024;

    private ChallengeParser() {
    }

    /** Every Payment challenge in the given {@code WWW-Authenticate} values, in order. */
    public static List<PaymentChallenge> parse(List<String> headerValues) {
        List<PaymentChallenge> challenges = new ArrayList<>();
        for (String value : headerValues) {
            if (value.length() > MAX_HEADER_LENGTH) {
                throw new MppProtocolException("WWW-Authenticate value is longer than " + MAX_HEADER_LENGTH + " characters");
            }
            for (RawChallenge raw : new Lexer(value).challenges()) {
                if ("payment".equals(raw.scheme.toLowerCase(Locale.ROOT))) {
                    challenges.add(toChallenge(raw));
                }
            }
        }
        return challenges;
    }

    public static List<PaymentChallenge> parse(String headerValue) {
        return parse(List.of(headerValue));
    }

    private static PaymentChallenge toChallenge(RawChallenge raw) {
        if (raw.duplicate != null) {
            throw new MppProtocolException("Payment challenge has the parameter '" + raw.duplicate + "' twice");
        }
        Map<String, String> params = raw.params;
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            String value = params.get(name);
            if (value == null || value.isEmpty()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new MppProtocolException("Payment challenge lacks required parameter(s) " + missing);
        }
        if (!METHOD.matcher(params.get("method")).matches()) {
            throw new MppProtocolException("Payment challenge method '" + params.get("method") + "' is not a method name");
        }
        if (!INTENT.matcher(params.get("intent")).matches()) {
            throw new MppProtocolException("Payment challenge intent '" + params.get("intent") + "' is not an intent name");
        }
        String header = params.get("header");
        if (header != null && !PaymentChallenge.PAYMENT_AUTHORIZATION.equalsIgnoreCase(header)) {
            throw new MppProtocolException("Payment challenge asks for the credential in header '" + header
                    + "'; only " + PaymentChallenge.PAYMENT_AUTHORIZATION + " is accepted");
        }
        JsonNode request = Json.object(Base64Url.decode(params.get("request"), "request"), "request");
        Instant expiresAt = null;
        String expires = params.get("expires");
        if (expires != null) {
            try {
                expiresAt = OffsetDateTime.parse(expires).toInstant();
            } catch (DateTimeParseException e) {
                throw new MppProtocolException("Payment challenge expires '" + expires + "' is not an RFC 3339 time", e);
            }
        }
        return new PaymentChallenge(params, request, expiresAt);
    }

    private static final class RawChallenge {
        final String scheme;
        final Map<String, String> params = new LinkedHashMap<>();
        String duplicate;

        RawChallenge(String scheme) {
            this.scheme = scheme;
        }
    }

    /** A hand-written lexer: the grammar is small, and a regex over quoted strings is where parsers go wrong. */
    private static final class Lexer {
        private final String s;
        private int pos;

        Lexer(String s) {
            this.s = s;
        }

        List<RawChallenge> challenges() {
            List<RawChallenge> result = new ArrayList<>();
            RawChallenge current = null;
            while (true) {
                skipSeparators();
                if (pos >= s.length()) {
                    return result;
                }
                int start = pos;
                String token = token();
                if (token.isEmpty()) {
                    throw new MppProtocolException("WWW-Authenticate: unexpected '" + s.charAt(pos) + "' at " + pos);
                }
                int afterToken = pos;
                skipSpaces();
                if (current != null && pos < s.length() && s.charAt(pos) == '=' && !isToken68Tail()) {
                    pos++;
                    skipSpaces();
                    String value = pos < s.length() && s.charAt(pos) == '"' ? quoted() : token();
                    String name = token.toLowerCase(Locale.ROOT);
                    if (current.params.containsKey(name) && current.duplicate == null) {
                        current.duplicate = name;
                    }
                    current.params.put(name, value);
                    continue;
                }
                // a new scheme; what follows may be a token68 (Basic, Bearer) rather than parameters
                pos = afterToken;
                current = new RawChallenge(s.substring(start, afterToken));
                result.add(current);
                skipSpaces();
                int mark = pos;
                String maybeToken68 = token68();
                if (!maybeToken68.isEmpty()) {
                    skipSpaces();
                    if (pos >= s.length() || s.charAt(pos) == ',') {
                        continue;
                    }
                }
                pos = mark;
            }
        }

        /** Whether the '=' at pos ends a token68 ("abc==") rather than starting a parameter value. */
        private boolean isToken68Tail() {
            int p = pos;
            while (p < s.length() && s.charAt(p) == '=') {
                p++;
            }
            while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
                p++;
            }
            return p - pos > 1 || p >= s.length() || s.charAt(p) == ',';
        }

        private void skipSpaces() {
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
                pos++;
            }
        }

        private void skipSeparators() {
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t' || s.charAt(pos) == ',')) {
                pos++;
            }
        }

        private String token() {
            int start = pos;
            while (pos < s.length() && isTokenChar(s.charAt(pos))) {
                pos++;
            }
            return s.substring(start, pos);
        }

        private String token68() {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || "-._~+/".indexOf(s.charAt(pos)) >= 0)) {
                pos++;
            }
            if (pos == start) {
                return "";
            }
            while (pos < s.length() && s.charAt(pos) == '=') {
                pos++;
            }
            return s.substring(start, pos);
        }

        private String quoted() {
            pos++; // opening quote
            StringBuilder value = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\') {
                    if (pos >= s.length()) {
                        break;
                    }
                    char escaped = s.charAt(pos++);
                    if (escaped == 'u' && pos + 4 <= s.length() && isHex(s, pos, 4)) {
                        value.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                    } else {
                        value.append(escaped);
                    }
                } else if (c < 0x20 && c != '\t' || c == 0x7f) {
                    throw new MppProtocolException("WWW-Authenticate: control character in a quoted string");
                } else {
                    value.append(c);
                }
            }
            throw new MppProtocolException("WWW-Authenticate: unterminated quoted string");
        }

        private static boolean isHex(String s, int from, int count) {
            for (int i = from; i < from + count; i++) {
                if (Character.digit(s.charAt(i), 16) < 0) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isTokenChar(char c) {
            return c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
        }
    }
}
