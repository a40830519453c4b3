package dev.camelclado.mpp.server;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import dev.camelclado.mpp.core.Base64Url;
import dev.camelclado.mpp.core.Json;
import dev.camelclado.mpp.core.PaymentChallenge;
import dev.camelclado.mpp.core.PaymentCredential;
import dev.camelclado.mpp.tempo.AttributionMemo;
import dev.camelclado.mpp.tempo.GasSettings;
import dev.camelclado.mpp.tempo.GasSource;
import dev.camelclado.mpp.tempo.TempoCall;
import dev.camelclado.mpp.tempo.TempoChargeRequest;
import dev.camelclado.mpp.tempo.TempoChargeSigner;
import dev.camelclado.mpp.tempo.TempoNetworks;
import dev.camelclado.mpp.tempo.TempoTransaction;
import dev.camelclado.mpp.tempo.Tip20;
import dev.camelclado.mpp.wallet.Wallet;
import dev.camelclado.mpp.wallet.Wallets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a server must refuse: every way a credential can be wrong, tampered with or replayed. */
class ChargeVerifierTest {

    static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String RECIPIENT = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    static final Wallet PAYER = Wallets.fromPrivateKey("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    /** Hardhat account #3: neither the payer nor the recipient. */
    static final Wallet OTHER = Wallets.fromPrivateKey("0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6");

    /** Issues each challenge a millisecond after the previous one, so that each has its own id. */
    final Clock issuing = new dev.camelclado.mpp.TickingClock(NOW);
    final ChallengeIssuer issuer = new ChallengeIssuer("verifier-test-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8),
            "api.test", issuing, Duration.ofMinutes(5));
    final ChargeVerifier verifier = new ChargeVerifier(issuer);

    static ObjectNode request(long amount) {
        ObjectNode request = Json.MAPPER.createObjectNode();
        request.put("amount", Long.toString(amount));
        request.put("currency", TempoNetworks.PATH_USD);
        request.putObject("methodDetails").put("chainId", TempoNetworks.TESTNET);
        request.put("recipient", RECIPIENT);
        return request;
    }

    static TempoChargeSigner signer(Wallet wallet, Clock clock) {
        return new TempoChargeSigner(wallet, GasSource.fixed(GasSettings.DEFAULT), GasSettings.DEFAULT,
                TempoChargeSigner.FeeToken.NONE, Duration.ofSeconds(25), null, clock, null);
    }

    PaymentChallenge challenge(long amount) {
        return issuer.issue(request(amount), "test", false).challenge();
    }

    static String sign(PaymentChallenge challenge) {
        return signer(PAYER, CLOCK).sign(challenge, TempoChargeRequest.of(challenge)).credential().headerValue();
    }

    /** A credential for {@code challenge} whose transaction is built by hand. */
    static String credential(PaymentChallenge challenge, TempoTransaction tx, Wallet wallet, String source) {
        ObjectNode payload = Json.MAPPER.createObjectNode();
        payload.put("signature", tx.sign(wallet).rawHex());
        payload.put("type", "transaction");
        return new PaymentCredential(challenge, payload, source).headerValue();
    }

    static TempoTransaction.Builder tx(long chain, String token, byte[] calldata) {
        return TempoTransaction.builder().chainId(chain).gasLimit(BigInteger.valueOf(300_000))
                .maxFeePerGas(BigInteger.valueOf(24_000_000_000L)).maxPriorityFeePerGas(BigInteger.ZERO)
                .call(new TempoCall(token, BigInteger.ZERO, calldata)).validBefore(NOW.getEpochSecond() + 25);
    }

    static byte[] memo(PaymentChallenge challenge) {
        return AttributionMemo.compute(challenge.realm(), challenge.id(), null);
    }

    static String source() {
        return "did:pkh:eip155:42431:" + PAYER.address();
    }

    private void refused(String credential, long expectedAmount, String code, String message) {
        assertThatThrownBy(() -> verifier.verify(credential, request(expectedAmount)))
                .isInstanceOf(PaymentVerificationException.class).hasMessageContaining(message)
                .extracting("code").isEqualTo(code);
    }

    @Test
    void aGoodCredentialIsAcceptedOnce() {
        PaymentChallenge challenge = challenge(3000);
        String credential = sign(challenge);
        VerifiedCharge charge = verifier.verify(credential, request(3000));
        assertThat(charge.payer()).isEqualTo(PAYER.address());
        assertThat(charge.amount()).isEqualTo(BigInteger.valueOf(3000));
        refused(credential, 3000, "invalid-challenge", "has already been used");
    }

    @Test
    void aCredentialForACheaperRequestIsRefused() {
        refused(sign(challenge(3000)), 303_000, "invalid-challenge", "was issued for another request");
    }

    @Test
    void aForgedOrForeignChallengeIsRefused() {
        ChallengeIssuer foreign = new ChallengeIssuer("another-server-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8),
                "api.test", CLOCK, Duration.ofMinutes(5));
        refused(sign(foreign.issue(request(3000), null, false).challenge()), 3000, "invalid-challenge", "not issued by this server");
    }

    @Test
    void anExpiredChallengeIsRefused() {
        PaymentChallenge challenge = challenge(3000);
        String credential = sign(challenge);
        ChargeVerifier later = new ChargeVerifier(new ChallengeIssuer("verifier-test-secret-0123456789abcdef"
                .getBytes(StandardCharsets.UTF_8), "api.test", Clock.offset(CLOCK, Duration.ofMinutes(6)), Duration.ofMinutes(5)));
        assertThatThrownBy(() -> later.verify(credential, request(3000))).extracting("code").isEqualTo("payment-expired");
    }

    @Test
    void theWrongAmountRecipientTokenOrChainIsRefused() {
        PaymentChallenge c1 = challenge(3000);
        refused(credential(c1, tx(42431, TempoNetworks.PATH_USD, Tip20.transferWithMemo(RECIPIENT, BigInteger.valueOf(2999),
                memo(c1))).build(), PAYER, source()), 3000, "verification-failed", "Transfer pays 2999");
        PaymentChallenge c2 = challenge(3000);
        refused(credential(c2, tx(42431, TempoNetworks.PATH_USD, Tip20.transferWithMemo("0x0000000000000000000000000000000000000009", BigInteger.valueOf(3000),
                memo(c2))).build(), PAYER, source()), 3000, "verification-failed", "Transfer pays 3000 to");
        PaymentChallenge c3 = challenge(3000);
        refused(credential(c3, tx(42431, TempoNetworks.USDC_E, Tip20.transferWithMemo(RECIPIENT, BigInteger.valueOf(3000),
                memo(c3))).build(), PAYER, source()), 3000, "verification-failed", "must call the token");
        PaymentChallenge c4 = challenge(3000);
        refused(credential(c4, tx(4217, TempoNetworks.PATH_USD, Tip20.transferWithMemo(RECIPIENT, BigInteger.valueOf(3000),
                memo(c4))).build(), PAYER, "did:pkh:eip155:4217:" + PAYER.address()), 3000, "verification-failed", "for chain 4217");
    }

    @Test
    void aTransferWhoseMemoIsNotBoundToThisChallengeIsRefused() {
        PaymentChallenge challenge = challenge(3000);
        PaymentChallenge earlier = challenge(3000);
        refused(credential(challenge, tx(42431, TempoNetworks.PATH_USD, Tip20.transferWithMemo(RECIPIENT,
                BigInteger.valueOf(3000), memo(earlier))).build(), PAYER, source()), 3000, "verification-failed",
                "memo is not bound");
        PaymentChallenge plain = challenge(3000);
        refused(credential(plain, tx(42431, TempoNetworks.PATH_USD, Tip20.transfer(RECIPIENT, BigInteger.valueOf(3000)))
                .build(), PAYER, source()), 3000, "verification-failed", "memo is not bound");
    }

    @Test
    void aSourceThatDidNotSignIsRefused() {
        PaymentChallenge challenge = challenge(3000);
        refused(credential(challenge, tx(42431, TempoNetworks.PATH_USD, Tip20.transferWithMemo(RECIPIENT,
                BigInteger.valueOf(3000), memo(challenge))).build(), OTHER, source()), 3000, "verification-failed",
                "is not the transaction's signer");
    }

    @Test
    void aTamperedTransactionNamesSomeoneElseAndIsRefused() {
        PaymentChallenge challenge = challenge(3000);
        ObjectNode credential = (ObjectNode) PaymentCredential.decode(sign(challenge));
        String raw = credential.path("payload").path("signature").asText();
        // change one byte of the max fee: the signature now recovers another address
        String tampered = raw.substring(0, 20) + (raw.charAt(20) == '0' ? '1' : '0') + raw.substring(21);
        ((ObjectNode) credential.get("payload")).put("signature", tampered);
        refused("Payment " + Base64Url.encode(credential.toString()), 3000, "verification-failed",
                "is not the transaction's signer");
        // and without a source to compare with, it is not accepted either
        credential.remove("source");
        refused("Payment " + Base64Url.encode(credential.toString()), 3000, "verification-failed",
                "needs the payer's did:pkh source");
    }

    @Test
    void aNonCanonicalEncodingIsRefusedBeforeAnyoneIsRecovered() {
        PaymentChallenge challenge = challenge(3000);
        ObjectNode credential = (ObjectNode) PaymentCredential.decode(sign(challenge));
        byte[] raw = org.web3j.utils.Numeric.hexStringToByteArray(credential.path("payload").path("signature").asText());
        java.util.List<org.web3j.rlp.RlpType> items = new java.util.ArrayList<>(((org.web3j.rlp.RlpList) org.web3j.rlp.RlpDecoder
                .decode(java.util.Arrays.copyOfRange(raw, 1, raw.length)).getValues().get(0)).getValues());
        byte[] gas = ((org.web3j.rlp.RlpString) items.get(3)).getBytes();
        byte[] padded = new byte[gas.length + 1];
        System.arraycopy(gas, 0, padded, 1, gas.length);
        items.set(3, org.web3j.rlp.RlpString.create(padded));
        byte[] body = org.web3j.rlp.RlpEncoder.encode(new org.web3j.rlp.RlpList(items));
        byte[] reencoded = new byte[body.length + 1];
        reencoded[0] = 0x76;
        System.arraycopy(body, 0, reencoded, 1, body.length);
        ((ObjectNode) credential.get("payload")).put("signature", org.web3j.utils.Numeric.toHexString(reencoded));
        refused("Payment " + Base64Url.encode(credential.toString()), 3000, "verification-failed", "not canonically encoded");
    }

    @Test
    void transactionsThatCouldNeverBeMinedAreRefused() {
        PaymentChallenge c1 = challenge(3000);
        refused(credential(c1, tx(42431, TempoNetworks.PATH_USD, Tip20.transferWithMemo(RECIPIENT, BigInteger.valueOf(3000),
                memo(c1))).gasLimit(BigInteger.ONE).build(), PAYER, source()), 3000, "verification-failed", "can never be mined");
        PaymentChallenge c2 = challenge(3000);
        refused(credential(c2, tx(42431, TempoNetworks.PATH_USD, Tip20.transferWithMemo(RECIPIENT, BigInteger.valueOf(3000),
                memo(c2))).maxFeePerGas(BigInteger.ZERO).build(), PAYER, source()), 3000, "verification-failed",
                "can never be mined");
        PaymentChallenge c3 = challenge(3000);
        refused(credential(c3, tx(42431, TempoNetworks.PATH_USD, Tip20.transferWithMemo(RECIPIENT, BigInteger.valueOf(3000),
                memo(c3))).nonceKey(BigInteger.ZERO).nonce(BigInteger.valueOf(7)).build(), PAYER, source()), 3000,
                "verification-failed", "must use an expiring nonce");
        PaymentChallenge c4 = challenge(3000);
        refused(credential(c4, tx(42431, TempoNetworks.PATH_USD, Tip20.transferWithMemo(RECIPIENT, BigInteger.valueOf(3000),
                memo(c4))).validAfter(NOW.getEpochSecond() + 20).build(), PAYER, source()), 3000, "verification-failed",
                "is not valid yet");
    }

    @Test
    void aCredentialBoundToAnotherRequestIsRefused() {
        String forStatusOfA = ChallengeIssuer.opaque(java.util.Map.of("route", "deep-research-status", "body", "hash-a"));
        String forCancelOfB = ChallengeIssuer.opaque(java.util.Map.of("route", "deep-research-cancel", "body", "hash-b"));
        PaymentChallenge challenge = issuer.issue(request(3000), "test", false, forStatusOfA).challenge();
        String credential = sign(challenge);
        assertThatThrownBy(() -> verifier.verify(credential, request(3000), forCancelOfB))
                .hasMessageContaining("was issued for another request").extracting("code").isEqualTo("invalid-challenge");
        assertThatThrownBy(() -> verifier.verify(credential, request(3000), null)).extracting("code")
                .isEqualTo("invalid-challenge");
        assertThat(verifier.verify(credential, request(3000), forStatusOfA).payer()).isEqualTo(PAYER.address());
    }

    @Test
    void garbageAndUnsupportedPayloadsAreRefused() {
        PaymentChallenge challenge = challenge(3000);
        ObjectNode payload = Json.MAPPER.createObjectNode();
        payload.put("signature", "0x76deadbeef");
        payload.put("type", "transaction");
        refused(new PaymentCredential(challenge, payload, source()).headerValue(), 3000, "verification-failed",
                "Transaction is invalid");
        ObjectNode hash = Json.MAPPER.createObjectNode();
        hash.put("hash", "0x" + "11".repeat(32));
        hash.put("type", "hash");
        refused(new PaymentCredential(challenge(3000), hash, source()).headerValue(), 3000, "verification-failed",
                "Push mode");
        refused("Payment !!!", 3000, "malformed-credential", "");
        refused("Bearer abc", 3000, "malformed-credential", "");
    }

    @Test
    void aTransactionValidForLongerThanTempoAllowsIsRefused() {
        PaymentChallenge challenge = challenge(3000);
        refused(credential(challenge, tx(42431, TempoNetworks.PATH_USD, Tip20.transferWithMemo(RECIPIENT,
                BigInteger.valueOf(3000), memo(challenge))).validBefore(NOW.getEpochSecond() + 3600).build(), PAYER, source()),
                3000, "verification-failed", "must expire within 30 s");
    }

    @Test
    void sponsorshipOnlyWhenOffered() {
        PaymentChallenge challenge = challenge(3000);
        refused(credential(challenge, tx(42431, TempoNetworks.PATH_USD, Tip20.transferWithMemo(RECIPIENT,
                BigInteger.valueOf(3000), memo(challenge))).sponsored(true).build(), PAYER, source()), 3000,
                "verification-failed", "Fee sponsorship was not offered");
    }

    @Test
    void aZeroAmountIsProvenBySignature() {
        PaymentChallenge challenge = challenge(0);
        VerifiedCharge proof = verifier.verify(sign(challenge), request(0));
        assertThat(proof.transaction()).isNull();
        assertThat(proof.payer()).isEqualTo(PAYER.address());
        PaymentChallenge forged = challenge(0);
        ObjectNode payload = Json.MAPPER.createObjectNode();
        payload.put("signature", dev.camelclado.mpp.tempo.PaymentProof.sign(OTHER, 42431, forged.id(), forged.realm()));
        payload.put("type", "proof");
        refused(new PaymentCredential(forged, payload, source()).headerValue(), 0, "verification-failed",
                "not signed by the source account");
    }
}
