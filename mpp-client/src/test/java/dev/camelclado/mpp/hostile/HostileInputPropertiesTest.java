package dev.camelclado.mpp.hostile;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import dev.camelclado.mpp.core.Base64Url;
import dev.camelclado.mpp.core.ChallengeParser;
import dev.camelclado.mpp.core.Json;
import dev.camelclado.mpp.core.MppProtocolException;
import dev.camelclado.mpp.core.PaymentChallenge;
import dev.camelclado.mpp.core.PaymentCredential;
import dev.camelclado.mpp.core.PaymentReceipt;
import dev.camelclado.mpp.core.ProblemDetails;
import dev.camelclado.mpp.policy.PaymentPolicy;
import dev.camelclado.mpp.policy.PaymentRefusedException;
import dev.camelclado.mpp.server.ChallengeIssuer;
import dev.camelclado.mpp.tempo.TempoChargeRequest;
import dev.camelclado.mpp.tempo.TempoNetworks;
import dev.camelclado.mpp.tempo.TempoTransactionDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a hostile gateway can put in front of the parsers: each input is read, or refused with the protocol's typed
 * exception, and a challenge that gets past parsing and the policy is always one the policy allows to be paid. Any
 * other exception (a NullPointerException, an index error, a stack overflow) fails the property.
 */
class HostileInputPropertiesTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final String RECIPIENT = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    static final long MAX_AMOUNT = 10_000;
    static final ChallengeIssuer ISSUER = new ChallengeIssuer("hostile-input-secret-0123456789abcdef"
            .getBytes(StandardCharsets.UTF_8), "clado.mpp.paywithlocus.com", Clock.fixed(NOW, ZoneOffset.UTC),
            Duration.ofMinutes(5));
    static final PaymentPolicy POLICY = PaymentPolicy.builder().allowedRecipients(Set.of(RECIPIENT))
            .maxAmount(BigInteger.valueOf(MAX_AMOUNT)).build();

    static String validChallengeHeader() {
        ObjectNode request = Json.MAPPER.createObjectNode();
        request.put("amount", "3000");
        request.put("currency", TempoNetworks.PATH_USD);
        request.put("recipient", RECIPIENT);
        request.putObject("methodDetails").put("chainId", TempoNetworks.TESTNET);
        return ISSUER.issue(request, "deep research status", false).headerValue();
    }

    @Property(tries = 3_000)
    void anyHeaderParsesOrIsRefusedTyped(@ForAll @StringLength(max = 400) String tail) {
        typedOrParsed(() -> ChallengeParser.parse("Payment " + tail));
        typedOrParsed(() -> ChallengeParser.parse(tail));
    }

    @Property(tries = 3_000)
    void headersOfPlausibleParametersParseOrAreRefusedTyped(@ForAll("parameterLists") String header) {
        typedOrParsed(() -> ChallengeParser.parse(List.of(header, header)));
    }

    /**
     * The gateway's own challenge, damaged in up to six places: refused (parser, request or policy), or a challenge
     * whose payment is inside the policy. Never a signature outside it.
     */
    @Property(tries = 3_000)
    void aDamagedChallengeIsRefusedOrStillInsidePolicy(@ForAll("damagedChallenges") String header) {
        List<PaymentChallenge> challenges;
        try {
            challenges = ChallengeParser.parse(header);
        } catch (MppProtocolException refused) {
            net.jqwik.api.statistics.Statistics.label("damaged challenge").collect("refused by the parser");
            return;
        }
        for (PaymentChallenge challenge : challenges) {
            TempoChargeRequest charge;
            try {
                charge = TempoChargeRequest.of(challenge);
                POLICY.check(challenge, charge, NOW);
            } catch (MppProtocolException | PaymentRefusedException refused) {
                net.jqwik.api.statistics.Statistics.label("damaged challenge").collect("refused by request or policy");
                continue;
            }
            net.jqwik.api.statistics.Statistics.label("damaged challenge").collect("inside policy: would be paid");
            assertThat(charge.amount()).isLessThanOrEqualTo(BigInteger.valueOf(MAX_AMOUNT)).isNotNegative();
            assertThat(charge.recipient()).isEqualToIgnoringCase(RECIPIENT);
            assertThat(charge.chainId()).isEqualTo(TempoNetworks.TESTNET);
            assertThat(charge.currency()).isEqualToIgnoringCase(TempoNetworks.PATH_USD);
        }
    }

    @Property(tries = 3_000)
    void base64urlDecodesOrIsRefusedTyped(@ForAll @StringLength(max = 300) String value) {
        typedOrParsed(() -> Base64Url.decode(value, "value"));
    }

    @Property(tries = 3_000)
    void receiptsParseOrAreRefusedTyped(@ForAll("jsonish") String json) {
        typedOrParsed(() -> PaymentReceipt.parse(Base64Url.encode(json)));
        typedOrParsed(() -> PaymentReceipt.parse(json));
    }

    @Property(tries = 3_000)
    void credentialsDecodeOrAreRefusedTyped(@ForAll("jsonish") String json) {
        typedOrParsed(() -> PaymentCredential.decode("Payment " + Base64Url.encode(json)));
    }

    @Property(tries = 3_000)
    void problemBodiesNeverThrow(@ForAll("jsonish") String json) {
        ProblemDetails.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 3_000)
    void transactionsDecodeOrAreRefusedTyped(@ForAll("hexish") String hex) {
        typedOrParsed(() -> TempoTransactionDecoder.decode(hex));
    }

    @Example
    void deeplyNestedJsonIsRefusedTypedNotByAStackOverflow() {
        String nested = "[".repeat(200_000) + "]".repeat(200_000);
        assertThatThrownBy(() -> PaymentReceipt.parse(Base64Url.encode(nested)))
                .isInstanceOf(MppProtocolException.class);
        assertThatThrownBy(() -> PaymentCredential.decode("Payment " + Base64Url.encode(nested)))
                .isInstanceOf(MppProtocolException.class);
    }

    @Example
    void anOversizedChallengeHeaderIsRefusedBeforeParsing() {
        String header = validChallengeHeader() + ", x=\"" + "a".repeat(ChallengeParser.MAX_HEADER_LENGTH) + "\"";
        assertThatThrownBy(() -> ChallengeParser.parse(header)).isInstanceOf(MppProtocolException.class);
    }

    @Provide
    Arbitrary<String> parameterLists() {
        Arbitrary<String> name = Arbitraries.of("id", "realm", "method", "intent", "request", "expires", "digest",
                "opaque", "description", "x", "", "ID", "re quest");
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40).map(v -> "\"" + v + "\""),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("\"\\,=; ").ofMaxLength(10));
        Arbitrary<String> pair = Combinators.combine(name, Arbitraries.of("=", " = ", "==", ""), value)
                .as((n, eq, v) -> n + eq + v);
        return Combinators.combine(Arbitraries.of("Payment ", "payment ", "Payment", "Bearer ", ""),
                pair.list().ofMaxSize(9)).as((scheme, pairs) -> scheme + String.join(", ", pairs));
    }

    @Provide
    Arbitrary<String> damagedChallenges() {
        String valid = validChallengeHeader();
        Arbitrary<Integer> position = Arbitraries.integers().between(0, valid.length());
        Arbitrary<Character> character = Arbitraries.chars().with("\"=,; \\AZaz09-_{}[]:".toCharArray())
                .ascii();
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 2), position, character)
                .as((kind, at, c) -> new int[] { kind, at, c });
        return edit.list().ofMinSize(1).ofMaxSize(6).map(edits -> {
            StringBuilder header = new StringBuilder(valid);
            for (int[] e : edits) {
                int at = Math.min(e[1], header.length());
                switch (e[0]) {
                    case 0 -> header.insert(at, (char) e[2]);
                    case 1 -> {
                        if (at < header.length()) {
                            header.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < header.length()) {
                            header.setCharAt(at, (char) e[2]);
                        }
                    }
                }
            }
            return header.toString();
        });
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> token = Arbitraries.of("{", "}", "[", "]", ":", ",", "\"status\"", "\"success\"",
                "\"reference\"", "\"0xabc\"", "\"method\"", "\"challenge\"", "\"payload\"", "null", "true", "1e999",
                "-0", "\"\\u0000\"", "\"", "\\", "12345678901234567890123");
        return Arbitraries.oneOf(token.list().ofMaxSize(40).map(t -> String.join("", t)),
                Arbitraries.strings().ofMaxLength(200));
    }

    @Provide
    Arbitrary<String> hexish() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789abcdefABCDEFxg ").ofMaxLength(300);
        return Arbitraries.oneOf(digits, digits.map(d -> "0x76" + d), digits.map(d -> "0x78" + d),
                digits.map(d -> "0x" + d));
    }

    interface Parse {
        Object run();
    }

    private static void typedOrParsed(Parse parse) {
        try {
            parse.run();
        } catch (MppProtocolException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
