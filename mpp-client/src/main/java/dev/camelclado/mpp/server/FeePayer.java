package dev.camelclado.mpp.server;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;
import org.web3j.utils.Numeric;

import dev.camelclado.mpp.tempo.Addresses;
import dev.camelclado.mpp.tempo.SignedTempoTransaction;
import dev.camelclado.mpp.tempo.TempoTransaction;
import dev.camelclado.mpp.tempo.TempoTransactionDecoder;
import dev.camelclado.mpp.wallet.Wallet;

/**
 * Co-signs a sponsored payment as its fee payer (Tempo transaction spec, fee sponsorship): signs
 * {@code keccak256(0x78 ‖ rlp([fields 0..9, fee token, sender address, aa list]))} and fills the fee-payer slot with
 * {@code [v, r, s]}, giving the {@code 0x76} transaction that is broadcast. Its hash is the receipt's reference.
 */
public final class FeePayer {

    private final Wallet wallet;

    public FeePayer(Wallet wallet) {
        this.wallet = wallet;
    }

    public String address() {
        return wallet.address();
    }

    public SignedTempoTransaction cosign(TempoTransactionDecoder.Decoded tx, String feeToken) {
        if (!tx.sponsored()) {
            throw new IllegalArgumentException("only a sponsored transaction is co-signed");
        }
        List<RlpType> fields = tx.fields();
        RlpString token = RlpString.create(Addresses.bytes(feeToken));
        RlpString sender = RlpString.create(Addresses.bytes(tx.sender()));
        List<RlpType> preimage = new ArrayList<>(fields.subList(0, 10));
        preimage.add(token);
        preimage.add(sender);
        preimage.add(fields.get(12));
        byte[] encoded = RlpEncoder.encode(new RlpList(preimage));
        byte[] typed = new byte[encoded.length + 1];
        typed[0] = TempoTransaction.FEE_PAYER_ENVELOPE;
        System.arraycopy(encoded, 0, typed, 1, encoded.length);
        byte[] feePayerHash = Hash.sha3(typed);
        Sign.SignatureData signature = wallet.signHash(feePayerHash);
        List<RlpType> settled = new ArrayList<>(fields.subList(0, 10));
        settled.add(token);
        settled.add(new RlpList(RlpString.create(BigInteger.valueOf(signature.getV()[0] - 27L)),
                RlpString.create(Numeric.toBigInt(signature.getR())), RlpString.create(Numeric.toBigInt(signature.getS()))));
        settled.add(fields.get(12));
        settled.add(fields.get(13));
        byte[] body = RlpEncoder.encode(new RlpList(settled));
        byte[] raw = new byte[body.length + 1];
        raw[0] = TempoTransaction.TYPE;
        System.arraycopy(body, 0, raw, 1, body.length);
        return new SignedTempoTransaction(raw, Numeric.toHexString(Hash.sha3(raw)), tx.sender(), feePayerHash);
    }
}
