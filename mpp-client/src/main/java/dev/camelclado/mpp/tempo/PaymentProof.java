package dev.camelclado.mpp.tempo;

import java.io.IOException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.web3j.crypto.Sign;
import org.web3j.crypto.StructuredDataEncoder;
import org.web3j.utils.Numeric;

import dev.camelclado.mpp.core.Json;
import dev.camelclado.mpp.wallet.Wallet;

/**
 * The zero-amount proof of a {@code tempo}/{@code charge} challenge with {@code amount "0"}: an EIP-712 signature of
 * {@code Proof(address account,string challengeId,string realm)} in domain {@code {name:"MPP", version:"3", chainId}},
 * as mppx and mpp-rs sign it (the spec draft's version 1 is obsolete).
 */
public final class PaymentProof {

    public static final String DOMAIN_NAME = "MPP";
    public static final String DOMAIN_VERSION = "3";

    private PaymentProof() {
    }

    /** The EIP-712 digest the payer signs. */
    public static byte[] digest(long chainId, String account, String challengeId, String realm) {
        try {
            return new StructuredDataEncoder(typedData(chainId, account, challengeId, realm)).hashStructuredData();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot encode the proof's typed data", e);
        }
    }

    /** The 65-byte {@code r ‖ s ‖ v} signature as 0x-hex. */
    public static String sign(Wallet wallet, long chainId, String challengeId, String realm) {
        Sign.SignatureData signature = wallet.signHash(digest(chainId, wallet.address(), challengeId, realm));
        return Numeric.toHexString(TempoTransaction.signatureBytes(signature));
    }

    static String typedData(long chainId, String account, String challengeId, String realm) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode types = root.putObject("types");
        types.putArray("EIP712Domain")
                .add(field("name", "string")).add(field("version", "string")).add(field("chainId", "uint256"));
        types.putArray("Proof")
                .add(field("account", "address")).add(field("challengeId", "string")).add(field("realm", "string"));
        root.put("primaryType", "Proof");
        ObjectNode domain = root.putObject("domain");
        domain.put("name", DOMAIN_NAME);
        domain.put("version", DOMAIN_VERSION);
        domain.put("chainId", chainId);
        ObjectNode message = root.putObject("message");
        message.put("account", account);
        message.put("challengeId", challengeId);
        message.put("realm", realm);
        return root.toString();
    }

    private static ObjectNode field(String name, String type) {
        ObjectNode field = Json.MAPPER.createObjectNode();
        field.put("name", name);
        field.put("type", type);
        return field;
    }
}
