package dev.camelclado.mpp.tempo;

import java.math.BigInteger;
import java.security.SignatureException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;
import org.web3j.utils.Numeric;

import dev.camelclado.mpp.core.MppProtocolException;

/**
 * Reads a signed {@code 0x76} transaction or {@code 0x78} fee-payer envelope and recovers its sender, for servers
 * that verify pull-mode credentials (the sandbox gateway). Only the canonical encoding is accepted: the decoded
 * values are encoded again and must give the received bytes, so that a non-minimal integer cannot make the
 * signature recover some other address.
 */
public final class TempoTransactionDecoder {

    /** Larger payloads are refused before decoding. */
    public static final int MAX_RAW_BYTES = 64 * 1024;
    private static final BigInteger SECP256K1_N = Sign.CURVE_PARAMS.getN();

    /** A decoded transaction and its recovered sender. */
    public record Decoded(byte type, long chainId, BigInteger maxPriorityFeePerGas, BigInteger maxFeePerGas,
            BigInteger gasLimit, List<TempoCall> calls, boolean accessListEmpty, BigInteger nonceKey, BigInteger nonce,
            Long validBefore, Long validAfter, String feeToken, boolean sponsored, String sender, String hash,
            List<RlpType> fields) {

        /** The 14 RLP items as received (13 fields and the sender signature), for a fee payer to co-sign. */
        @Override
        public List<RlpType> fields() {
            return fields;
        }
    }

    private TempoTransactionDecoder() {
    }

    public static Decoded decode(String hex) {
        if (hex == null || !hex.startsWith("0x") || hex.length() > 2 + 2 * MAX_RAW_BYTES || (hex.length() & 1) != 0) {
            throw new MppProtocolException("transaction must be 0x-prefixed hex of at most " + MAX_RAW_BYTES + " bytes");
        }
        byte[] raw;
        try {
            raw = Numeric.hexStringToByteArray(hex);
        } catch (RuntimeException e) {
            throw new MppProtocolException("transaction is not hex", e);
        }
        if (raw.length < 2 || raw[0] != TempoTransaction.TYPE && raw[0] != TempoTransaction.FEE_PAYER_ENVELOPE) {
            throw new MppProtocolException("only Tempo transactions (0x76, or the 0x78 fee-payer envelope) are accepted");
        }
        RlpShape.check(raw, 1);
        List<RlpType> items;
        try {
            RlpList outer = RlpDecoder.decode(Arrays.copyOfRange(raw, 1, raw.length));
            if (outer.getValues().size() != 1 || !(outer.getValues().get(0) instanceof RlpList list)) {
                throw new MppProtocolException("transaction is not one RLP list");
            }
            items = list.getValues();
        } catch (MppProtocolException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MppProtocolException("transaction is not valid RLP", e);
        }
        if (items.size() != 14) {
            throw new MppProtocolException("a Tempo transaction has 13 fields and a signature, this one has " + items.size()
                    + " items (key authorizations are not supported)");
        }
        try {
            return decode(raw, items);
        } catch (MppProtocolException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MppProtocolException("transaction fields are malformed: " + e.getMessage(), e);
        }
    }

    private static Decoded decode(byte[] raw, List<RlpType> items) {
        byte type = raw[0];
        long chainId = uint(items.get(0), "chain_id").longValueExact();
        List<TempoCall> calls = new ArrayList<>();
        for (RlpType callItem : list(items.get(4), "calls").getValues()) {
            List<RlpType> call = list(callItem, "call").getValues();
            if (call.size() != 3) {
                throw new MppProtocolException("a call has to, value and input");
            }
            calls.add(new TempoCall(address(call.get(0), "call.to"), uint(call.get(1), "call.value"),
                    bytes(call.get(2), "call.input")));
        }
        if (calls.isEmpty()) {
            throw new MppProtocolException("transaction has no call");
        }
        boolean accessListEmpty = list(items.get(5), "access_list").getValues().isEmpty();
        byte[] feeTokenBytes = bytes(items.get(10), "fee_token");
        byte[] feePayerSlot = items.get(11) instanceof RlpString s ? s.getBytes() : null;
        boolean sponsored;
        String envelopeSender = null;
        if (type == TempoTransaction.FEE_PAYER_ENVELOPE) {
            if (feeTokenBytes.length != 0 || feePayerSlot == null || feePayerSlot.length != 20) {
                throw new MppProtocolException("a fee-payer envelope has an empty fee token and the sender's address");
            }
            envelopeSender = Numeric.toHexString(feePayerSlot);
            sponsored = true;
        } else if (feePayerSlot != null && feePayerSlot.length == 1 && feePayerSlot[0] == 0) {
            sponsored = true;
        } else if (feePayerSlot != null && feePayerSlot.length == 0) {
            sponsored = false;
        } else {
            throw new MppProtocolException("fee_payer_signature of a client transaction must be empty or the 0x00 placeholder");
        }
        if (feeTokenBytes.length != 0 && feeTokenBytes.length != 20) {
            throw new MppProtocolException("fee_token must be empty or 20 bytes");
        }
        if (!accessListEmpty) {
            throw new MppProtocolException("access lists are not supported");
        }
        if (!list(items.get(12), "aa_authorization_list").getValues().isEmpty()) {
            throw new MppProtocolException("authorization lists are not supported");
        }
        byte[] signature = bytes(items.get(13), "signature");
        Long validBefore = optionalLong(items.get(8), "valid_before");
        Long validAfter = optionalLong(items.get(9), "valid_after");
        String feeToken = feeTokenBytes.length == 0 ? null : Numeric.toHexString(feeTokenBytes);
        TempoTransaction.Builder rebuilt = TempoTransaction.builder().chainId(chainId)
                .maxPriorityFeePerGas(uint(items.get(1), "max_priority_fee_per_gas"))
                .maxFeePerGas(uint(items.get(2), "max_fee_per_gas")).gasLimit(uint(items.get(3), "gas_limit"))
                .nonceKey(uint(items.get(6), "nonce_key")).nonce(uint(items.get(7), "nonce"))
                .validBefore(validBefore).validAfter(validAfter).sponsored(sponsored).feeToken(sponsored ? null : feeToken);
        calls.forEach(rebuilt::call);
        TempoTransaction transaction = rebuilt.build();
        if (!Arrays.equals(transaction.encodeSigned(type, signature, envelopeSender), raw)) {
            throw new MppProtocolException("transaction is not canonically encoded");
        }
        String sender = recover(transaction.senderHash(), signature);
        if (envelopeSender != null && !Addresses.same(envelopeSender, sender)) {
            throw new MppProtocolException("the envelope names " + envelopeSender + " but the signature is " + sender + "'s");
        }
        return new Decoded(type, chainId, uint(items.get(1), "max_priority_fee_per_gas"),
                uint(items.get(2), "max_fee_per_gas"), uint(items.get(3), "gas_limit"), List.copyOf(calls), true,
                uint(items.get(6), "nonce_key"), uint(items.get(7), "nonce"), validBefore, validAfter, feeToken, sponsored,
                sender, Numeric.toHexString(Hash.sha3(raw)), List.copyOf(items));
    }

    private static String recover(byte[] hash, byte[] signature) {
        if (signature.length != 65) {
            throw new MppProtocolException("sender signature must be 65 bytes (r, s, v)");
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        int v = signature[64] & 0xff;
        if (v == 0 || v == 1) {
            v += 27;
        }
        if (v != 27 && v != 28 || r.signum() == 0 || s.signum() == 0 || r.compareTo(SECP256K1_N) >= 0
                || s.compareTo(SECP256K1_N.shiftRight(1)) > 0) {
            throw new MppProtocolException("sender signature is not a canonical secp256k1 signature");
        }
        try {
            BigInteger publicKey = Sign.signedMessageHashToKey(hash, new Sign.SignatureData((byte) v,
                    Arrays.copyOfRange(signature, 0, 32), Arrays.copyOfRange(signature, 32, 64)));
            return Keys.toChecksumAddress(Keys.getAddress(publicKey));
        } catch (SignatureException | RuntimeException e) {
            throw new MppProtocolException("cannot recover the sender from the signature", e);
        }
    }

    private static RlpList list(RlpType item, String what) {
        if (item instanceof RlpList list) {
            return list;
        }
        throw new MppProtocolException(what + " must be an RLP list");
    }

    private static byte[] bytes(RlpType item, String what) {
        if (item instanceof RlpString s) {
            return s.getBytes();
        }
        throw new MppProtocolException(what + " must be an RLP string");
    }

    private static BigInteger uint(RlpType item, String what) {
        byte[] value = bytes(item, what);
        if (value.length > 32) {
            throw new MppProtocolException(what + " is longer than 32 bytes");
        }
        return new BigInteger(1, value);
    }

    private static Long optionalLong(RlpType item, String what) {
        byte[] value = bytes(item, what);
        return value.length == 0 ? null : uint(item, what).longValueExact();
    }

    private static String address(RlpType item, String what) {
        byte[] value = bytes(item, what);
        if (value.length != 20) {
            throw new MppProtocolException(what + " must be 20 bytes");
        }
        return Numeric.toHexString(value);
    }
}
