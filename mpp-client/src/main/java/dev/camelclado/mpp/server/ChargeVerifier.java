package dev.camelclado.mpp.server;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

import dev.camelclado.mpp.core.Base64Url;
import dev.camelclado.mpp.core.Jcs;
import dev.camelclado.mpp.core.Json;
import dev.camelclado.mpp.core.MppProtocolException;
import dev.camelclado.mpp.core.PaymentCredential;
import dev.camelclado.mpp.tempo.Addresses;
import dev.camelclado.mpp.tempo.AttributionMemo;
import dev.camelclado.mpp.tempo.PaymentProof;
import dev.camelclado.mpp.tempo.TempoCall;
import dev.camelclado.mpp.tempo.TempoChargeRequest;
import dev.camelclado.mpp.tempo.TempoTransaction;
import dev.camelclado.mpp.tempo.TempoTransactionDecoder;
import dev.camelclado.mpp.tempo.Tip20;

/**
 * Verifies pull-mode {@code tempo}/{@code charge} credentials as a server must: the echoed challenge is one this
 * server issued (HMAC) for this very request, not expired and not used before; the transaction is a Tempo
 * transaction on the right chain whose calls pay the token, recipient(s) and amount asked, with the memo bound to
 * this challenge, valid for a short window, signed by the {@code source} it claims. A challenge id and a
 * transaction are accepted once.
 */
public final class ChargeVerifier {

    /** Tempo's expiring nonces must be valid within 30 s of the block time. */
    static final Duration MAX_VALIDITY = Duration.ofSeconds(30);
    static final BigInteger MAX_SPONSORED_GAS = BigInteger.valueOf(2_000_000);
    static final BigInteger MAX_SPONSORED_FEE_PER_GAS = BigInteger.valueOf(100_000_000_000L);
    static final BigInteger MAX_SPONSORED_PRIORITY_FEE = BigInteger.valueOf(50_000_000_000L);
    /** mppx's sponsor policy: gas x max fee at most 5e16 attodollars ($0.05). */
    static final BigInteger MAX_SPONSORED_FEE = BigInteger.valueOf(50_000_000_000_000_000L);
    /** Less gas than a plain transfer, or a fee under Tempo's base-fee floor, can never be mined. */
    static final BigInteger MIN_GAS = BigInteger.valueOf(21_000);
    static final BigInteger MIN_FEE_PER_GAS = BigInteger.valueOf(600_000_000L);

    private final ChallengeIssuer issuer;
    private final Map<String, Instant> usedChallenges = new ConcurrentHashMap<>();
    private final Map<String, Instant> usedTransactions = new ConcurrentHashMap<>();

    public ChargeVerifier(ChallengeIssuer issuer) {
        this.issuer = issuer;
    }

    /**
     * @param credentialHeader the {@code Authorization} (or {@code Payment-Authorization}) value
     * @param expected         the request this server charges for the HTTP request at hand
     * @throws PaymentVerificationException with the problem code to answer
     */
    public VerifiedCharge verify(String credentialHeader, JsonNode expected) {
        return verify(credentialHeader, expected, null);
    }

    /**
     * @param expectedOpaque the {@code opaque} this server would bind to the request at hand (null when it binds
     *                       none): a credential bought for another request is refused
     */
    public VerifiedCharge verify(String credentialHeader, JsonNode expected, String expectedOpaque) {
        Instant now = issuer.now();
        JsonNode credential;
        try {
            credential = PaymentCredential.decode(credentialHeader);
        } catch (MppProtocolException e) {
            throw PaymentVerificationException.malformed("Credential is malformed: " + e.getMessage());
        }
        JsonNode echoed = credential.path("challenge");
        JsonNode payload = credential.path("payload");
        if (!echoed.isObject() || !payload.isObject()) {
            throw PaymentVerificationException.malformed("Credential needs a challenge and a payload object.");
        }
        String id = echoed.path("id").asText("");
        if (!issuer.isGenuine(echoed)) {
            throw PaymentVerificationException.invalidChallenge("Challenge \"" + id
                    + "\" is invalid: challenge was not issued by this server.");
        }
        Instant expires = expires(echoed);
        if (expires != null && !now.isBefore(expires)) {
            throw PaymentVerificationException.expired("Challenge \"" + id + "\" expired at " + expires + ".");
        }
        TempoChargeRequest request;
        JsonNode echoedRequest;
        try {
            echoedRequest = Json.object(Base64Url.decode(echoed.path("request").asText(), "request"), "request");
            request = TempoChargeRequest.parse(echoedRequest);
        } catch (MppProtocolException e) {
            throw PaymentVerificationException.invalidChallenge("Challenge request is malformed: " + e.getMessage());
        }
        String opaque = echoed.path("opaque").isTextual() ? echoed.path("opaque").textValue() : null;
        if (!java.util.Objects.equals(opaque, expectedOpaque)) {
            throw PaymentVerificationException.invalidChallenge("Challenge \"" + id
                    + "\" was issued for another request.");
        }
        if (!Jcs.canonicalize(echoedRequest).equals(Jcs.canonicalize(expected))) {
            throw PaymentVerificationException.invalidChallenge("Challenge \"" + id
                    + "\" was issued for another request (different price or terms).");
        }
        if (usedChallenges.containsKey(id)) {
            throw PaymentVerificationException.invalidChallenge("Challenge \"" + id + "\" has already been used.");
        }
        String type = payload.path("type").asText("");
        VerifiedCharge verified = switch (type) {
            case "transaction" -> transaction(id, echoed.path("realm").asText(), request, payload, credential, now);
            case "proof" -> proof(id, echoed.path("realm").asText(), request, payload, credential);
            case "hash" -> throw PaymentVerificationException.failed("Push mode (payload type hash) is not supported here.");
            default -> throw PaymentVerificationException.malformed("Unknown payload type \"" + type + "\".");
        };
        if (usedChallenges.putIfAbsent(id, expires != null ? expires : now.plus(Duration.ofMinutes(5))) != null) {
            throw PaymentVerificationException.invalidChallenge("Challenge \"" + id + "\" has already been used.");
        }
        if (verified.transaction() != null
                && usedTransactions.putIfAbsent(verified.transaction().hash(), now.plus(MAX_VALIDITY)) != null) {
            throw PaymentVerificationException.failed("Transaction " + verified.transaction().hash() + " was already used.");
        }
        forgetOld(now);
        return verified;
    }

    private VerifiedCharge transaction(String id, String realm, TempoChargeRequest request, JsonNode payload,
            JsonNode credential, Instant now) {
        if (request.amount().signum() == 0) {
            throw PaymentVerificationException.failed("A zero amount is paid with a proof, not a transaction.");
        }
        TempoTransactionDecoder.Decoded tx;
        try {
            tx = TempoTransactionDecoder.decode(payload.path("signature").asText(null));
        } catch (MppProtocolException e) {
            throw PaymentVerificationException.failed("Transaction is invalid: " + e.getMessage());
        }
        if (request.chainId() != null && tx.chainId() != request.chainId()) {
            throw PaymentVerificationException.failed("Transaction is for chain " + tx.chainId() + ", not " + request.chainId() + ".");
        }
        source(credential, tx.chainId(), tx.sender());
        if (tx.sponsored() && !request.feePayer()) {
            throw PaymentVerificationException.failed("Fee sponsorship was not offered for this challenge.");
        }
        if (tx.gasLimit().compareTo(MIN_GAS) < 0 || tx.maxFeePerGas().compareTo(MIN_FEE_PER_GAS) < 0
                || tx.maxPriorityFeePerGas().compareTo(tx.maxFeePerGas()) > 0) {
            throw PaymentVerificationException.failed("Transaction gas or fees can never be mined.");
        }
        if (tx.sponsored() && (tx.gasLimit().compareTo(MAX_SPONSORED_GAS) > 0
                || tx.maxFeePerGas().compareTo(MAX_SPONSORED_FEE_PER_GAS) > 0
                || tx.maxPriorityFeePerGas().compareTo(MAX_SPONSORED_PRIORITY_FEE) > 0
                || tx.gasLimit().multiply(tx.maxFeePerGas()).compareTo(MAX_SPONSORED_FEE) > 0)) {
            throw PaymentVerificationException.failed("Sponsored transaction asks too much gas or too high a fee.");
        }
        if (!TempoTransaction.EXPIRING_NONCE_KEY.equals(tx.nonceKey()) || tx.nonce().signum() != 0) {
            throw PaymentVerificationException.failed("Transaction must use an expiring nonce (nonce key 2^256-1, nonce 0).");
        }
        if (tx.validBefore() == null || now.getEpochSecond() >= tx.validBefore()) {
            throw PaymentVerificationException.expired("Transaction is no longer valid (validBefore " + tx.validBefore() + ").");
        }
        if (tx.validBefore() > now.plus(MAX_VALIDITY).getEpochSecond()) {
            throw PaymentVerificationException.failed("An expiring-nonce transaction must expire within 30 s.");
        }
        if (tx.validAfter() != null && (tx.validAfter() > now.getEpochSecond() || tx.validAfter() >= tx.validBefore())) {
            throw PaymentVerificationException.failed("Transaction is not valid yet (validAfter " + tx.validAfter() + ").");
        }
        if (tx.calls().size() != 1 + request.splits().size()) {
            throw PaymentVerificationException.failed("Transaction must make exactly " + (1 + request.splits().size())
                    + " transfer call(s).");
        }
        byte[] memo = request.legacyMemo() != null ? Numeric.hexStringToByteArray(request.legacyMemo()) : null;
        checkTransfer(tx.calls().get(0), request.currency(), request.recipient(), request.primaryAmount(), true, memo, realm, id);
        for (int i = 0; i < request.splits().size(); i++) {
            TempoChargeRequest.Split split = request.splits().get(i);
            checkTransfer(tx.calls().get(1 + i), request.currency(), split.recipient(), split.amount(), split.memo() != null,
                    split.memo() == null ? null : Numeric.hexStringToByteArray(split.memo()), null, null);
        }
        return new VerifiedCharge(id, tx.sender(), request, tx);
    }

    private static void checkTransfer(TempoCall call, String currency, String recipient, BigInteger amount, boolean withMemo,
            byte[] expectedMemo, String realm, String challengeId) {
        if (!Addresses.same(call.to(), currency) || call.value().signum() != 0) {
            throw PaymentVerificationException.failed("Transfer must call the token " + currency + " with no value.");
        }
        byte[] data = call.data();
        String selector = Numeric.toHexString(Arrays.copyOf(data, Math.min(4, data.length)));
        int expectedLength = withMemo ? 4 + 96 : 4 + 64;
        if (data.length != expectedLength
                || !selector.equals(withMemo ? Tip20.TRANSFER_WITH_MEMO_SELECTOR : Tip20.TRANSFER_SELECTOR)) {
            throw PaymentVerificationException.failed(withMemo ? "Payment must be a transferWithMemo; memo is not bound."
                    : "Split must be a transfer.");
        }
        for (int i = 4; i < 16; i++) {
            if (data[i] != 0) {
                throw PaymentVerificationException.failed("Transfer recipient is not an address.");
            }
        }
        String to = Numeric.toHexString(Arrays.copyOfRange(data, 16, 36));
        BigInteger value = new BigInteger(1, Arrays.copyOfRange(data, 36, 68));
        if (!Addresses.same(to, recipient) || !value.equals(amount)) {
            throw PaymentVerificationException.failed("Transfer pays " + value + " to " + to + ", not " + amount + " to "
                    + recipient + ".");
        }
        if (withMemo) {
            byte[] memo = Arrays.copyOfRange(data, 68, 100);
            boolean bound = expectedMemo != null ? Arrays.equals(memo, expectedMemo)
                    : AttributionMemo.isBound(memo, realm, challengeId);
            if (!bound) {
                throw PaymentVerificationException.failed("memo is not bound to this challenge.");
            }
        }
    }

    private VerifiedCharge proof(String id, String realm, TempoChargeRequest request, JsonNode payload, JsonNode credential) {
        if (request.amount().signum() != 0) {
            throw PaymentVerificationException.failed("A proof pays nothing: it is only for a zero amount.");
        }
        String source = credential.path("source").asText(null);
        String[] did = source == null ? new String[0] : source.split(":");
        if (did.length != 5 || !source.startsWith("did:pkh:eip155:")) {
            throw PaymentVerificationException.failed("A proof needs the payer's did:pkh source.");
        }
        long chainId;
        try {
            chainId = Long.parseLong(did[3]);
        } catch (NumberFormatException e) {
            throw PaymentVerificationException.failed("Source chain is not a number.");
        }
        if (request.chainId() != null && chainId != request.chainId()) {
            throw PaymentVerificationException.failed("Source chain does not match the challenge.");
        }
        byte[] signature;
        try {
            signature = Numeric.hexStringToByteArray(payload.path("signature").asText(""));
        } catch (RuntimeException e) {
            throw PaymentVerificationException.failed("Proof signature is not hex.");
        }
        if (signature.length != 65 || !Addresses.isAddress(did[4])) {
            throw PaymentVerificationException.failed("Proof signature or source address is malformed.");
        }
        try {
            byte v = signature[64] < 27 ? (byte) (signature[64] + 27) : signature[64];
            BigInteger key = Sign.signedMessageHashToKey(PaymentProof.digest(chainId, did[4], id, realm),
                    new Sign.SignatureData(v, Arrays.copyOfRange(signature, 0, 32), Arrays.copyOfRange(signature, 32, 64)));
            if (!Addresses.same("0x" + Keys.getAddress(key), did[4])) {
                throw PaymentVerificationException.failed("Proof is not signed by the source account.");
            }
        } catch (java.security.SignatureException | RuntimeException e) {
            if (e instanceof PaymentVerificationException p) {
                throw p;
            }
            throw PaymentVerificationException.failed("Proof signature is invalid.");
        }
        return new VerifiedCharge(id, Keys.toChecksumAddress(did[4]), request, null);
    }

    private static void source(JsonNode credential, long chainId, String sender) {
        String source = credential.path("source").asText(null);
        if (source == null) {
            throw PaymentVerificationException.failed("Credential needs the payer's did:pkh source.");
        }
        if (!source.equalsIgnoreCase("did:pkh:eip155:" + chainId + ":" + sender)) {
            throw PaymentVerificationException.failed("Source " + source + " is not the transaction's signer.");
        }
    }

    private static Instant expires(JsonNode echoed) {
        JsonNode expires = echoed.get("expires");
        if (expires == null || !expires.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(expires.textValue()).toInstant();
        } catch (DateTimeParseException e) {
            throw PaymentVerificationException.invalidChallenge("Challenge expires is not a time.");
        }
    }

    private void forgetOld(Instant now) {
        usedChallenges.values().removeIf(until -> until.isBefore(now.minus(Duration.ofMinutes(1))));
        usedTransactions.values().removeIf(until -> until.isBefore(now.minus(Duration.ofMinutes(1))));
    }
}
