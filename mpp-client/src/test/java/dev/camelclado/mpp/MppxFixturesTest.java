package dev.camelclado.mpp;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

import dev.camelclado.mpp.core.ChallengeParser;
import dev.camelclado.mpp.core.PaymentChallenge;
import dev.camelclado.mpp.core.PaymentCredential;
import dev.camelclado.mpp.core.PaymentReceipt;
import dev.camelclado.mpp.server.ChallengeIssuer;
import dev.camelclado.mpp.server.ChargeVerifier;
import dev.camelclado.mpp.server.FeePayer;
import dev.camelclado.mpp.server.PaymentVerificationException;
import dev.camelclado.mpp.server.VerifiedCharge;
import dev.camelclado.mpp.tempo.GasSettings;
import dev.camelclado.mpp.tempo.GasSource;
import dev.camelclado.mpp.tempo.TempoChargeRequest;
import dev.camelclado.mpp.tempo.TempoChargeSigner;
import dev.camelclado.mpp.wallet.Wallets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The exchanges recorded between mppx 0.11.0's client and server (mppx-fixtures/README.md). Client side: from the
 * same challenge, key, clock and gas figures we build the same credential, to the byte. Server side: we issue the
 * same challenge header, accept the recorded credentials of 01, 06 and 07 and refuse the tampered one of 05.
 */
class MppxFixturesTest {

    /** Hardhat account #2, the fee payer of fixture 06 (config.feePayer). */
    static final String FEE_PAYER_KEY = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";
    static final String SECRET = "mppx-peer-fixture-secret-v1-0123456789abcdef0123";

    private static TempoChargeSigner signerLike(MppxFixture fixture) {
        JsonNode chain = fixture.config().path("fakeChain");
        BigInteger gas = new BigInteger(chain.path("eth_estimateGas").asText()).add(BigInteger.valueOf(5_000));
        BigInteger priority = new BigInteger(chain.path("eth_maxPriorityFeePerGas").asText());
        BigInteger maxFee = new BigInteger(chain.path("baseFeePerGas").asText()).multiply(BigInteger.valueOf(12))
                .divide(BigInteger.TEN).add(priority);
        long validAfter = fixture.transaction().path("decoded").path("validAfter").asLong();
        return new TempoChargeSigner(Wallets.fromPrivateKey(fixture.privateKey()),
                GasSource.fixed(new GasSettings(gas, maxFee, priority)), new GasSettings(BigInteger.valueOf(2_000_000),
                        BigInteger.valueOf(100_000_000_000L), BigInteger.ZERO), TempoChargeSigner.FeeToken.NONE,
                TempoChargeSigner.DEFAULT_VALIDITY, null, fixture.clock(), () -> validAfter);
    }

    @ParameterizedTest
    @ValueSource(strings = { "01-pull-deep-research-status", "06-sponsored-bulk-contacts-status",
        "07-payment-authorization-header" })
    void weBuildTheCredentialMppxBuilt(String name) {
        MppxFixture fixture = MppxFixture.load(name);
        PaymentChallenge challenge = ChallengeParser.parse(fixture.wwwAuthenticate()).get(0);
        assertThat(challenge.params()).isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper()
                .convertValue(fixture.json().path("challenge").path("params"), java.util.Map.class));

        TempoChargeSigner.SignedCharge signed = signerLike(fixture).sign(challenge, TempoChargeRequest.of(challenge));

        JsonNode recorded = fixture.transaction();
        assertThat(Numeric.toHexString(signed.transaction().senderHash())).isEqualTo(recorded.path("senderSignPayload").asText());
        assertThat(signed.transaction().rawHex()).isEqualTo(recorded.path("raw").asText());
        assertThat(signed.transaction().hash()).isEqualTo(recorded.path("hashOfRawBytes").asText());
        assertThat(signed.transaction().isFeePayerEnvelope())
                .isEqualTo("0x78".equals(recorded.path("decoded").path("envelopeType").asText()));

        PaymentCredential credential = signed.credential();
        assertThat(credential.headerName()).isEqualTo(fixture.credential().path("headerName").asText());
        assertThat(credential.toJson()).isEqualTo(fixture.credential().path("decoded"));
        assertThat(credential.headerValue()).isEqualTo(fixture.credential().path("headerValue").asText());
    }

    @Test
    void theAttributionMemoIsTheRecordedOne() {
        for (String name : List.of("01-pull-deep-research-status", "06-sponsored-bulk-contacts-status",
                "07-payment-authorization-header")) {
            MppxFixture fixture = MppxFixture.load(name);
            PaymentChallenge challenge = ChallengeParser.parse(fixture.wwwAuthenticate()).get(0);
            assertThat(dev.camelclado.mpp.tempo.AttributionMemo.computeHex(challenge.realm(), challenge.id(), null))
                    .isEqualTo(fixture.json().path("challenge").path("attributionMemo").asText());
        }
    }

    private static ChallengeIssuer issuer(MppxFixture fixture) {
        return new ChallengeIssuer(SECRET.getBytes(StandardCharsets.UTF_8), fixture.config().path("realm").asText(),
                fixture.clock(), Duration.ofSeconds(300));
    }

    @ParameterizedTest
    @ValueSource(strings = { "01-pull-deep-research-status", "06-sponsored-bulk-contacts-status",
        "07-payment-authorization-header" })
    void weIssueTheChallengeMppxIssued(String name) {
        MppxFixture fixture = MppxFixture.load(name);
        JsonNode challenge = fixture.json().path("challenge");
        ChallengeIssuer.Issued issued = issuer(fixture).issue(challenge.path("requestDecoded"),
                challenge.path("params").path("description").asText(), challenge.path("params").has("header"));
        assertThat(issued.headerValue()).isEqualTo(fixture.wwwAuthenticate());
    }

    @ParameterizedTest
    @ValueSource(strings = { "01-pull-deep-research-status", "06-sponsored-bulk-contacts-status",
        "07-payment-authorization-header" })
    void ourVerifierAcceptsMppxsCredentialOnceAndSettlesToTheRecordedReference(String name) {
        MppxFixture fixture = MppxFixture.load(name);
        ChargeVerifier verifier = new ChargeVerifier(issuer(fixture));
        JsonNode expected = fixture.json().path("challenge").path("requestDecoded");
        String credential = fixture.credential().path("headerValue").asText();

        VerifiedCharge verified = verifier.verify(credential, expected);

        assertThat(verified.payer()).isEqualTo(fixture.config().path("payerAddress").asText());
        assertThat(verified.amount()).isEqualTo(BigInteger.valueOf(3000));
        String reference = PaymentReceipt.parse(fixture.json().path("receipt").path("headerValue").asText()).reference();
        if (verified.transaction().sponsored()) {
            FeePayer feePayer = new FeePayer(Wallets.fromPrivateKey(FEE_PAYER_KEY));
            assertThat(feePayer.address()).isEqualTo(fixture.config().path("feePayer").asText());
            assertThat(feePayer.cosign(verified.transaction(), verified.request().currency()).hash()).isEqualTo(reference);
        } else {
            assertThat(verified.transaction().hash()).isEqualTo(reference);
        }
        assertThatThrownBy(() -> verifier.verify(credential, expected))
                .isInstanceOf(PaymentVerificationException.class)
                .hasMessageContaining("has already been used")
                .extracting("code").isEqualTo("invalid-challenge");
    }

    @Test
    void ourVerifierRefusesTheTamperedCredentialAsMppxDid() {
        MppxFixture fixture = MppxFixture.load("05-rejected-tampered-challenge-id");
        ChargeVerifier verifier = new ChargeVerifier(issuer(fixture));
        JsonNode expected = MppxFixture.load("01-pull-deep-research-status").json().path("challenge").path("requestDecoded");
        JsonNode recordedProblem = fixture.json().path("response").path("bodyDecoded");
        assertThatThrownBy(() -> verifier.verify(fixture.json().path("tamperedCredential").path("headerValue").asText(), expected))
                .isInstanceOf(PaymentVerificationException.class)
                .hasMessage(recordedProblem.path("detail").asText())
                .extracting("code").isEqualTo("invalid-challenge");
        // the fresh challenge mppx answered with is the one we would issue
        assertThat(issuer(fixture).issue(expected, "Clado deep-research-status", false).headerValue())
                .isEqualTo(fixture.json().path("response").path("headers").path("www-authenticate").asText());
    }

    @Test
    void receiptsRead() {
        PaymentReceipt receipt = PaymentReceipt.parse(MppxFixture.load("01-pull-deep-research-status").json()
                .path("receipt").path("headerValue").asText());
        assertThat(receipt.status()).isEqualTo("success");
        assertThat(receipt.method()).isEqualTo("tempo");
        assertThat(receipt.timestamp()).isEqualTo("2026-10-01T12:00:00.000Z");
        assertThat(receipt.reference()).isEqualTo("0x92999a578451191989d590e52671e71179d34a94816d83d961bbab73ba5d3e0f");
    }
}
