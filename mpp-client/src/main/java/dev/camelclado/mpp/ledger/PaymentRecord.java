package dev.camelclado.mpp.ledger;

import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;

/**
 * One payment as the ledger keeps it: what was asked (challenge, amount, token, recipient, chain), who paid, the
 * transaction and receipt references, and the outcome. {@code idempotencyKey} names the logical request, so a
 * second payment for it can be refused.
 */
public record PaymentRecord(String id, String idempotencyKey, String label, String challengeId, String realm, Long chainId,
        String currency, String recipient, BigInteger amount, String payer, String transactionHash,
        String receiptReference, PaymentStatus status, String detail, Instant createdAt, Instant updatedAt) {

    /** A new pending record. */
    public static PaymentRecord pending(String idempotencyKey, String label, String challengeId, String realm, Long chainId,
            String currency, String recipient, BigInteger amount, String payer, Instant now) {
        return new PaymentRecord(UUID.randomUUID().toString(), idempotencyKey, label, challengeId, realm, chainId, currency,
                recipient, amount, payer, null, null, PaymentStatus.PENDING, null, now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    public PaymentRecord withTransaction(String hash, Instant now) {
        return new PaymentRecord(id, idempotencyKey, label, challengeId, realm, chainId, currency, recipient, amount, payer,
                hash, receiptReference, status, detail, createdAt, now);
    }

    public PaymentRecord withOutcome(PaymentStatus outcome, String reference, String why, Instant now) {
        return new PaymentRecord(id, idempotencyKey, label, challengeId, realm, chainId, currency, recipient, amount, payer,
                transactionHash, reference != null ? reference : receiptReference, outcome, why, createdAt, now);
    }
}
