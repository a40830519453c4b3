package dev.camelclado.mpp.core;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChallengeParserTest {

    /** {"amount":"3000","currency":"0x20c0...","recipient":"0x7099...","methodDetails":{"chainId":42431}} */
    static final String REQUEST = Base64Url.encode("{\"amount\":\"3000\",\"currency\":\"0x20c0000000000000000000000000000000000000\","
            + "\"methodDetails\":{\"chainId\":42431},\"recipient\":\"0x70997970C51812dc3A010C7d01b50e0d17dc79C8\"}");

    static String challenge(String id) {
        return "Payment id=\"" + id + "\", realm=\"api.example.com\", method=\"tempo\", intent=\"charge\", request=\""
                + REQUEST + "\", expires=\"2026-10-01T12:05:00.000Z\"";
    }

    @Test
    void readsAChallenge() {
        PaymentChallenge c = ChallengeParser.parse(challenge("abc")).get(0);
        assertThat(c.id()).isEqualTo("abc");
        assertThat(c.realm()).isEqualTo("api.example.com");
        assertThat(c.is("tempo", "charge")).isTrue();
        assertThat(c.requestEncoded()).isEqualTo(REQUEST);
        assertThat(c.request().path("amount").asText()).isEqualTo("3000");
        assertThat(c.expiresAt()).isEqualTo(java.time.Instant.parse("2026-10-01T12:05:00Z"));
        assertThat(c.credentialHeaderName()).isEqualTo("Authorization");
    }

    @Test
    void readsSeveralChallengesJoinedOrInSeparateHeadersAndSkipsOtherSchemes() {
        String joined = "Bearer realm=\"x\", error=\"invalid_token\", " + challenge("one") + ", Basic dXNlcjpwYXNz, "
                + challenge("two").replace("method=\"tempo\"", "method=\"stripe\"") + ",Negotiate abc==";
        List<PaymentChallenge> challenges = ChallengeParser.parse(List.of(joined, challenge("three")));
        assertThat(challenges).extracting(PaymentChallenge::id).containsExactly("one", "two", "three");
        assertThat(challenges.get(1).method()).isEqualTo("stripe");
    }

    @Test
    void namesAreCaseInsensitiveAndTokensNeedNoQuotes() {
        PaymentChallenge c = ChallengeParser.parse("PAYMENT ID=abc, Realm=r, METHOD=tempo, Intent=charge, Request="
                + REQUEST).get(0);
        assertThat(c.id()).isEqualTo("abc");
        assertThat(c.realm()).isEqualTo("r");
        assertThat(c.expiresAt()).isNull();
    }

    @Test
    void quotedStringsKeepEscapesAndMppxUnicodeEscapes() {
        PaymentChallenge c = ChallengeParser.parse(challenge("abc") + ", description=\"say \\\"hi\\\", \\\\ caf\\u00e9 \\u2603\"").get(0);
        assertThat(c.description()).isEqualTo("say \"hi\", \\ café ☃");
        assertThat(c.params()).containsEntry("description", "say \"hi\", \\ café ☃");
    }

    @Test
    void unknownParametersAreKeptButNotRequired() {
        assertThat(ChallengeParser.parse(challenge("abc") + ", future=\"x\"").get(0).params()).containsEntry("future", "x");
    }

    @Test
    void thePaymentAuthorizationHeaderIsTheOnlyAlternative() {
        assertThat(ChallengeParser.parse(challenge("abc") + ", header=\"Payment-Authorization\"").get(0).credentialHeaderName())
                .isEqualTo("Payment-Authorization");
        assertThatThrownBy(() -> ChallengeParser.parse(challenge("abc") + ", header=\"Cookie\""))
                .isInstanceOf(MppProtocolException.class).hasMessageContaining("only Payment-Authorization is accepted");
    }

    @Test
    void refusesDuplicatesMissingAndEmptyParameters() {
        assertThatThrownBy(() -> ChallengeParser.parse(challenge("abc") + ", ID=\"other\""))
                .isInstanceOf(MppProtocolException.class).hasMessage("Payment challenge has the parameter 'id' twice");
        assertThatThrownBy(() -> ChallengeParser.parse("Payment id=\"a\", realm=\"r\", method=\"tempo\", intent=\"charge\""))
                .hasMessage("Payment challenge lacks required parameter(s) [request]");
        assertThatThrownBy(() -> ChallengeParser.parse(challenge("")))
                .hasMessage("Payment challenge lacks required parameter(s) [id]");
        assertThatThrownBy(() -> ChallengeParser.parse("Payment")).hasMessageContaining("lacks required parameter(s) [id, realm");
    }

    @Test
    void refusesMalformedValues() {
        assertThatThrownBy(() -> ChallengeParser.parse(challenge("a").replace("method=\"tempo\"", "method=\"Tempo!\"")))
                .hasMessageContaining("is not a method name");
        assertThatThrownBy(() -> ChallengeParser.parse(challenge("a").replace(REQUEST, "not base64!")))
                .hasMessage("request is not base64url: unexpected character at 3");
        assertThatThrownBy(() -> ChallengeParser.parse(challenge("a").replace(REQUEST, Base64Url.encode("[1,2]"))))
                .hasMessage("request must be a JSON object");
        assertThatThrownBy(() -> ChallengeParser.parse(challenge("a").replace(REQUEST, Base64Url.encode("{\"a\":1,\"a\":2}"))))
                .hasMessageContaining("request is not valid JSON");
        assertThatThrownBy(() -> ChallengeParser.parse(challenge("a").replace("2026-10-01T12:05:00.000Z", "tomorrow")))
                .hasMessageContaining("is not an RFC 3339 time");
        assertThatThrownBy(() -> ChallengeParser.parse(challenge("a") + ", description=\"never closed"))
                .hasMessage("WWW-Authenticate: unterminated quoted string");
        assertThatThrownBy(() -> ChallengeParser.parse("Payment id=\"a\u0001\""))
                .hasMessageContaining("control character");
        assertThatThrownBy(() -> ChallengeParser.parse("=oops")).isInstanceOf(MppProtocolException.class);
    }

    @Test
    void refusesHostileSizes() {
        assertThatThrownBy(() -> ChallengeParser.parse("Payment id=\"" + "a".repeat(20_000) + "\""))
                .hasMessageContaining("longer than 16384");
        String deep = "{\"a\":".repeat(200) + "1" + "}".repeat(200);
        assertThatThrownBy(() -> ChallengeParser.parse(challenge("a").replace(REQUEST, Base64Url.encode(deep))))
                .isInstanceOf(MppProtocolException.class).hasMessageContaining("request is not valid JSON");
    }
}
