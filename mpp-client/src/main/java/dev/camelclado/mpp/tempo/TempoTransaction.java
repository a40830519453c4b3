package dev.camelclado.mpp.tempo;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;
import org.web3j.utils.Numeric;

import dev.camelclado.mpp.wallet.Wallet;

/**
 * A Tempo transaction (EIP-2718 type {@code 0x76}). Fields, in RLP order: chain id, max priority fee, max fee, gas,
 * calls, access list, nonce key, nonce, valid-before, valid-after, fee token, fee-payer signature, AA authorization
 * list. The sender signs {@code keccak256(0x76 ‖ rlp(fields))}; when a fee payer sponsors the fees, the fee token is
 * left empty, the fee-payer slot holds the {@code 0x00} placeholder, and what is sent is the {@code 0x78} envelope
 * {@code 0x78 ‖ rlp([fields 0..9, empty, sender address, [], signature])}.
 */
public final class TempoTransaction {

    public static final byte TYPE = 0x76;
    public static final byte FEE_PAYER_ENVELOPE = 0x78;
    /** TIP-1009 expiring nonces: this key, nonce 0, and a {@code validBefore} within 30 s. */
    public static final BigInteger EXPIRING_NONCE_KEY = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

    private final long chainId;
    private final BigInteger maxPriorityFeePerGas;
    private final BigInteger maxFeePerGas;
    private final BigInteger gasLimit;
    private final List<TempoCall> calls;
    private final BigInteger nonceKey;
    private final BigInteger nonce;
    private final Long validBefore;
    private final Long validAfter;
    private final String feeToken;
    private final boolean sponsored;

    private TempoTransaction(Builder b) {
        this.chainId = b.chainId;
        this.maxPriorityFeePerGas = Objects.requireNonNull(b.maxPriorityFeePerGas, "maxPriorityFeePerGas");
        this.maxFeePerGas = Objects.requireNonNull(b.maxFeePerGas, "maxFeePerGas");
        this.gasLimit = Objects.requireNonNull(b.gasLimit, "gasLimit");
        if (b.calls.isEmpty()) {
            throw new IllegalArgumentException("a Tempo transaction has at least one call");
        }
        this.calls = List.copyOf(b.calls);
        this.nonceKey = b.nonceKey;
        this.nonce = b.nonce;
        this.validBefore = b.validBefore;
        this.validAfter = b.validAfter;
        this.feeToken = b.feeToken;
        this.sponsored = b.sponsored;
        if (sponsored && feeToken != null) {
            throw new IllegalArgumentException("a sponsored transaction leaves the fee token to the fee payer");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The sender's signing preimage: {@code 0x76 ‖ rlp(fields 0..12)}. */
    public byte[] senderSigningPayload() {
        return typed(TYPE, new RlpList(unsignedFields()));
    }

    public byte[] senderHash() {
        return Hash.sha3(senderSigningPayload());
    }

    /** Signs as the sender and returns what goes into a credential's {@code payload.signature}. */
    public SignedTempoTransaction sign(Wallet wallet) {
        byte[] senderHash = senderHash();
        Sign.SignatureData signature = wallet.signHash(senderHash);
        List<RlpType> fields = unsignedFields();
        byte type = TYPE;
        if (sponsored) {
            fields.set(11, RlpString.create(Numeric.hexStringToByteArray(wallet.address())));
            type = FEE_PAYER_ENVELOPE;
        }
        fields.add(RlpString.create(signatureBytes(signature)));
        byte[] raw = typed(type, new RlpList(fields));
        return new SignedTempoTransaction(raw, Numeric.toHexString(Hash.sha3(raw)), wallet.address(), senderHash);
    }

    /**
     * This transaction with a given sender signature, as {@code type} ({@code 0x76}, or the {@code 0x78} envelope
     * naming {@code envelopeSender}): the canonical encoding a decoder compares received bytes with.
     */
    byte[] encodeSigned(byte type, byte[] signature, String envelopeSender) {
        List<RlpType> fields = unsignedFields();
        if (type == FEE_PAYER_ENVELOPE) {
            fields.set(11, RlpString.create(Addresses.bytes(envelopeSender)));
        }
        fields.add(RlpString.create(signature));
        return typed(type, new RlpList(fields));
    }

    /** {@code r ‖ s ‖ v}, 65 bytes. */
    static byte[] signatureBytes(Sign.SignatureData signature) {
        byte[] bytes = new byte[65];
        System.arraycopy(Numeric.toBytesPadded(Numeric.toBigInt(signature.getR()), 32), 0, bytes, 0, 32);
        System.arraycopy(Numeric.toBytesPadded(Numeric.toBigInt(signature.getS()), 32), 0, bytes, 32, 32);
        bytes[64] = signature.getV()[0];
        return bytes;
    }

    private List<RlpType> unsignedFields() {
        List<RlpType> fields = new ArrayList<>();
        fields.add(RlpString.create(BigInteger.valueOf(chainId)));
        fields.add(RlpString.create(maxPriorityFeePerGas));
        fields.add(RlpString.create(maxFeePerGas));
        fields.add(RlpString.create(gasLimit));
        List<RlpType> callList = new ArrayList<>();
        for (TempoCall call : calls) {
            callList.add(new RlpList(RlpString.create(Addresses.bytes(call.to())), RlpString.create(call.value()),
                    RlpString.create(call.data())));
        }
        fields.add(new RlpList(callList));
        fields.add(new RlpList());
        fields.add(RlpString.create(nonceKey));
        fields.add(RlpString.create(nonce));
        fields.add(optionalUint(validBefore));
        fields.add(optionalUint(validAfter));
        fields.add(sponsored || feeToken == null ? RlpString.create(new byte[0]) : RlpString.create(Addresses.bytes(feeToken)));
        fields.add(sponsored ? RlpString.create(new byte[] { 0 }) : RlpString.create(new byte[0]));
        fields.add(new RlpList());
        return fields;
    }

    private static RlpType optionalUint(Long value) {
        return value == null ? RlpString.create(new byte[0]) : RlpString.create(BigInteger.valueOf(value));
    }

    static byte[] typed(byte type, RlpList list) {
        byte[] encoded = RlpEncoder.encode(list);
        byte[] out = new byte[encoded.length + 1];
        out[0] = type;
        System.arraycopy(encoded, 0, out, 1, encoded.length);
        return out;
    }

    public long chainId() {
        return chainId;
    }

    public BigInteger maxFeePerGas() {
        return maxFeePerGas;
    }

    public BigInteger gasLimit() {
        return gasLimit;
    }

    public List<TempoCall> calls() {
        return calls;
    }

    public Long validBefore() {
        return validBefore;
    }

    public boolean sponsored() {
        return sponsored;
    }

    /** Transaction fields; defaults are the expiring nonce and no fee token (the fee payer's or the account's choice). */
    public static final class Builder {
        private long chainId;
        private BigInteger maxPriorityFeePerGas;
        private BigInteger maxFeePerGas;
        private BigInteger gasLimit;
        private final List<TempoCall> calls = new ArrayList<>();
        private BigInteger nonceKey = EXPIRING_NONCE_KEY;
        private BigInteger nonce = BigInteger.ZERO;
        private Long validBefore;
        private Long validAfter;
        private String feeToken;
        private boolean sponsored;

        private Builder() {
        }

        public Builder chainId(long chainId) {
            this.chainId = chainId;
            return this;
        }

        public Builder maxPriorityFeePerGas(BigInteger value) {
            this.maxPriorityFeePerGas = value;
            return this;
        }

        public Builder maxFeePerGas(BigInteger value) {
            this.maxFeePerGas = value;
            return this;
        }

        public Builder gasLimit(BigInteger value) {
            this.gasLimit = value;
            return this;
        }

        public Builder call(TempoCall call) {
            this.calls.add(call);
            return this;
        }

        public Builder nonceKey(BigInteger nonceKey) {
            this.nonceKey = nonceKey;
            return this;
        }

        public Builder nonce(BigInteger nonce) {
            this.nonce = nonce;
            return this;
        }

        /** Unix seconds after which the transaction is invalid. */
        public Builder validBefore(Long validBefore) {
            this.validBefore = validBefore;
            return this;
        }

        /** Unix seconds before which the transaction is invalid; null leaves it empty. */
        public Builder validAfter(Long validAfter) {
            this.validAfter = validAfter;
            return this;
        }

        /** The TIP-20 token fees are paid in; null leaves the choice to the chain (the called token, then pathUSD). */
        public Builder feeToken(String feeToken) {
            this.feeToken = feeToken;
            return this;
        }

        /** Whether a fee payer sponsors the fees ({@code methodDetails.feePayer}). */
        public Builder sponsored(boolean sponsored) {
            this.sponsored = sponsored;
            return this;
        }

        public TempoTransaction build() {
            return new TempoTransaction(this);
        }
    }
}
