package dev.camelclado.mpp.ledger;

import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One payment as the ledger keeps it: what was asked (challenge, amount, token, recipient, chain), the most the
 * network fee can be, who paid, the transaction (and until when it can settle), the receipt reference, and the
 * outcome. {@code idempotencyKey} names the logical request, so a second payment for it can be refused.
 */
public record PaymentRecord(String id, String idempotencyKey, String label, String challengeId, String realm, Long chainId,
        String currency, String recipient, BigInteger amount, BigInteger networkFee, String payer, String transactionHash,
        Instant validBefore, String receiptReference, PaymentStatus status, String detail, Instant createdAt,
        Instant updatedAt) {

    /**
     * A new pending record.
     *
     * @param networkFee the most the transaction's fee can cost the payer, in base units (zero when sponsored)
     */
    public static PaymentRecord pending(String idempotencyKey, String label, String challengeId, String realm, Long chainId,
            String currency, String recipient, BigInteger amount, BigInteger networkFee, String payer, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        return new PaymentRecord(UUID.randomUUID().toString(), idempotencyKey, label, challengeId, realm, chainId, currency,
                recipient, amount, networkFee == null ? BigInteger.ZERO : networkFee, payer, null, null, null,
                PaymentStatus.PENDING, null, at, at);
    }

    /** The amount plus the network-fee limit: what this payment can take from the wallet. */
    public BigInteger exposure() {
        return amount.add(networkFee);
    }

    /**
     * Whether the payment counts against a budget at {@code now}: it moved or may have moved money, or it was
     * refused but its signed transaction could still settle (a server holding it could broadcast it until then).
     */
    public boolean committedAt(Instant now) {
        return status.mayHaveMovedMoney()
                || status == PaymentStatus.REFUSED && transactionHash != null && validBefore != null && now.isBefore(validBefore);
    }

    public PaymentRecord withTransaction(String hash, Instant validUntil, Instant now) {
        return new PaymentRecord(id, idempotencyKey, label, challengeId, realm, chainId, currency, recipient, amount,
                networkFee, payer, hash, validUntil, receiptReference, status, detail, createdAt, now);
    }

    public PaymentRecord withOutcome(PaymentStatus outcome, String reference, String why, Instant now) {
        return new PaymentRecord(id, idempotencyKey, label, challengeId, realm, chainId, currency, recipient, amount,
                networkFee, payer, transactionHash, validBefore, reference != null ? reference : receiptReference, outcome,
                why, createdAt, now);
    }
}
