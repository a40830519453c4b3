package dev.camelclado.mpp.tempo;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelclado.mpp.core.MppProtocolException;
import dev.camelclado.mpp.core.PaymentChallenge;

/**
 * The {@code request} of a {@code tempo}/{@code charge} challenge: how much, in which token, to whom, on which chain,
 * and how (fee sponsorship, splits, modes). Read strictly: amounts are base-10 integer strings, addresses are 20
 * bytes of hex, and anything malformed is an error before any money is considered.
 */
public record TempoChargeRequest(BigInteger amount, String currency, String recipient, Long chainId, boolean feePayer,
        String legacyMemo, List<Split> splits, List<String> supportedModes, String description, String externalId) {

    /** A part of the amount paid to another recipient. */
    public record Split(BigInteger amount, String recipient, String memo) {
    }

    private static final Pattern AMOUNT = Pattern.compile("0|[1-9][0-9]{0,77}");
    private static final Pattern BYTES32 = Pattern.compile("0x[0-9a-fA-F]{64}");
    public static final int MAX_SPLITS = 10;

    public static TempoChargeRequest of(PaymentChallenge challenge) {
        if (!challenge.is("tempo", "charge")) {
            throw new MppProtocolException("not a tempo/charge challenge: " + challenge.method() + "/" + challenge.intent());
        }
        return parse(challenge.request());
    }

    public static TempoChargeRequest parse(JsonNode request) {
        BigInteger amount = amount(request.get("amount"), "request.amount");
        String currency = address(request.get("currency"), "request.currency");
        String recipient = address(request.get("recipient"), "request.recipient");
        JsonNode details = request.path("methodDetails");
        if (!details.isMissingNode() && !details.isObject()) {
            throw new MppProtocolException("request.methodDetails must be an object");
        }
        Long chainId = null;
        JsonNode chain = details.get("chainId");
        if (chain != null && !chain.isNull()) {
            if (!chain.isIntegralNumber() || !chain.canConvertToLong() || chain.longValue() <= 0) {
                throw new MppProtocolException("request.methodDetails.chainId must be a positive integer");
            }
            chainId = chain.longValue();
        }
        JsonNode feePayerNode = details.get("feePayer");
        if (feePayerNode != null && !feePayerNode.isNull() && !feePayerNode.isBoolean()) {
            throw new MppProtocolException("request.methodDetails.feePayer must be a boolean");
        }
        boolean feePayer = feePayerNode != null && feePayerNode.asBoolean(false);
        String memo = bytes32(details.get("memo"), "request.methodDetails.memo");
        List<Split> splits = new ArrayList<>();
        JsonNode splitNodes = details.get("splits");
        if (splitNodes != null && !splitNodes.isNull()) {
            if (!splitNodes.isArray() || splitNodes.isEmpty() || splitNodes.size() > MAX_SPLITS) {
                throw new MppProtocolException("request.methodDetails.splits must be an array of 1 to " + MAX_SPLITS);
            }
            for (JsonNode split : splitNodes) {
                splits.add(new Split(amount(split.get("amount"), "split.amount"), address(split.get("recipient"),
                        "split.recipient"), bytes32(split.get("memo"), "split.memo")));
            }
        }
        List<String> modes = new ArrayList<>();
        JsonNode modeNodes = details.get("supportedModes");
        if (modeNodes != null && !modeNodes.isNull()) {
            if (!modeNodes.isArray()) {
                throw new MppProtocolException("request.methodDetails.supportedModes must be an array");
            }
            modeNodes.forEach(mode -> modes.add(mode.asText()));
        }
        return new TempoChargeRequest(amount, currency, recipient, chainId, feePayer, memo, List.copyOf(splits),
                List.copyOf(modes), text(request.get("description")), text(request.get("externalId")));
    }

    /** Whether pull mode (the client signs, the server broadcasts) is allowed. */
    public boolean allowsPull() {
        return supportedModes.isEmpty() || supportedModes.contains("pull");
    }

    /** What the primary recipient gets: the amount less the splits. */
    public BigInteger primaryAmount() {
        return amount.subtract(splitTotal());
    }

    public BigInteger splitTotal() {
        return splits.stream().map(Split::amount).reduce(BigInteger.ZERO, BigInteger::add);
    }

    private static BigInteger amount(JsonNode node, String what) {
        if (node == null || !node.isTextual() || !AMOUNT.matcher(node.textValue()).matches()) {
            throw new MppProtocolException(what + " must be a base-10 integer string of base units");
        }
        return new BigInteger(node.textValue());
    }

    private static String address(JsonNode node, String what) {
        if (node == null || !node.isTextual() || !Addresses.isAddress(node.textValue())) {
            throw new MppProtocolException(what + " must be a 0x-prefixed 20-byte address");
        }
        return node.textValue();
    }

    private static String bytes32(JsonNode node, String what) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || !BYTES32.matcher(node.textValue()).matches()) {
            throw new MppProtocolException(what + " must be 0x-prefixed 32 bytes of hex");
        }
        return node.textValue();
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }
}
