package dev.camelclado.mpp.ledger;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.camelclado.mpp.policy.PaymentRefusedException;
import dev.camelclado.mpp.policy.PolicyViolation;
import dev.camelclado.mpp.policy.SpendingBudget;

/** A ledger in memory: the default; budgets and history last as long as the JVM. */
public class InMemoryPaymentLedger implements PaymentLedger {

    private final Map<String, PaymentRecord> records = new LinkedHashMap<>();

    @Override
    public synchronized PaymentRecord reserve(PaymentRecord pending, SpendingBudget budget) {
        if (pending.idempotencyKey() != null) {
            for (PaymentRecord record : records.values()) {
                if (pending.idempotencyKey().equals(record.idempotencyKey()) && record.status().mayHaveMovedMoney()) {
                    throw alreadyPaid(pending, record);
                }
            }
        }
        if (budget != null) {
            budget.check(pending.amount(), spentSince(budget.windowStart(pending.createdAt())), pending.challengeId());
        }
        records.put(pending.id(), pending);
        return pending;
    }

    static PaymentRefusedException alreadyPaid(PaymentRecord pending, PaymentRecord earlier) {
        return new PaymentRefusedException(PolicyViolation.ALREADY_PAID, "payment refused: request "
                + pending.idempotencyKey() + " already has a payment that " + (earlier.status() == PaymentStatus.SETTLED
                        ? "settled" : "may still settle") + " (ledger record " + earlier.id() + ", challenge "
                + earlier.challengeId() + ", " + earlier.status() + ")", pending.amount(), pending.challengeId());
    }

    @Override
    public synchronized PaymentRecord transactionSigned(String id, String transactionHash, Instant now) {
        return replace(id, records.get(id) == null ? null : records.get(id).withTransaction(transactionHash, now));
    }

    @Override
    public synchronized PaymentRecord complete(String id, PaymentStatus status, String receiptReference, String detail,
            Instant now) {
        PaymentRecord record = records.get(id);
        return replace(id, record == null ? null : record.withOutcome(status, receiptReference, detail, now));
    }

    private PaymentRecord replace(String id, PaymentRecord updated) {
        if (updated == null) {
            throw new IllegalArgumentException("no ledger record " + id);
        }
        records.put(id, updated);
        return updated;
    }

    @Override
    public synchronized BigInteger spentSince(Instant since) {
        return records.values().stream()
                .filter(r -> r.status().mayHaveMovedMoney() && !r.createdAt().isBefore(since))
                .map(PaymentRecord::amount).reduce(BigInteger.ZERO, BigInteger::add);
    }

    @Override
    public synchronized List<PaymentRecord> recordsSince(Instant since) {
        List<PaymentRecord> result = new ArrayList<>();
        for (PaymentRecord record : records.values()) {
            if (!record.createdAt().isBefore(since)) {
                result.add(record);
            }
        }
        result.sort(Comparator.comparing(PaymentRecord::createdAt));
        return result;
    }

    @Override
    public synchronized Optional<PaymentRecord> find(String id) {
        return Optional.ofNullable(records.get(id));
    }
}
