package dev.camelclado.mpp.ledger;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.camelclado.mpp.policy.PaymentRefusedException;
import dev.camelclado.mpp.policy.PolicyViolation;
import dev.camelclado.mpp.policy.SpendingBudget;

/**
 * A ledger in memory, the default: budgets and history last as long as the JVM. Finished records older than the
 * retention (7 days unless set; keep it at least as long as any budget window) are dropped, so a long-running
 * application does not grow without bound.
 */
public class InMemoryPaymentLedger implements PaymentLedger {

    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

    private final Duration retention;
    /** In creation order, which the pruning relies on. */
    private final Map<String, PaymentRecord> records = new LinkedHashMap<>();
    private final Map<String, List<String>> byIdempotencyKey = new HashMap<>();

    public InMemoryPaymentLedger() {
        this(DEFAULT_RETENTION);
    }

    public InMemoryPaymentLedger(Duration retention) {
        this.retention = retention;
    }

    @Override
    public synchronized PaymentRecord reserve(PaymentRecord pending, SpendingBudget budget) {
        Instant now = pending.createdAt();
        prune(now);
        if (pending.idempotencyKey() != null) {
            for (String id : byIdempotencyKey.getOrDefault(pending.idempotencyKey(), List.of())) {
                PaymentRecord earlier = records.get(id);
                if (earlier != null && earlier.status().mayHaveMovedMoney()) {
                    throw alreadyPaid(pending, earlier);
                }
            }
        }
        if (budget != null) {
            budget.check(pending.exposure(), committedSince(budget.windowStart(now), now), pending.challengeId());
        }
        records.put(pending.id(), pending);
        if (pending.idempotencyKey() != null) {
            byIdempotencyKey.computeIfAbsent(pending.idempotencyKey(), k -> new ArrayList<>()).add(pending.id());
        }
        return pending;
    }

    private void prune(Instant now) {
        Instant cutoff = now.minus(retention);
        for (Iterator<PaymentRecord> it = records.values().iterator(); it.hasNext();) {
            PaymentRecord record = it.next();
            if (!record.createdAt().isBefore(cutoff)) {
                break;
            }
            if (record.status() != PaymentStatus.PENDING && !record.committedAt(now)) {
                it.remove();
                List<String> ids = record.idempotencyKey() == null ? null : byIdempotencyKey.get(record.idempotencyKey());
                if (ids != null) {
                    ids.remove(record.id());
                    if (ids.isEmpty()) {
                        byIdempotencyKey.remove(record.idempotencyKey());
                    }
                }
            }
        }
    }

    static PaymentRefusedException alreadyPaid(PaymentRecord pending, PaymentRecord earlier) {
        return new PaymentRefusedException(PolicyViolation.ALREADY_PAID, "payment refused: request "
                + pending.idempotencyKey() + " already has a payment that " + (earlier.status() == PaymentStatus.SETTLED
                        ? "settled" : "may still settle") + " (ledger record " + earlier.id() + ", challenge "
                + earlier.challengeId() + ", " + earlier.status() + ")", pending.amount(), pending.challengeId());
    }

    @Override
    public synchronized PaymentRecord transactionSigned(String id, String transactionHash, Instant validBefore, Instant now) {
        PaymentRecord record = records.get(id);
        return replace(id, record == null ? null : record.withTransaction(transactionHash, validBefore, now));
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
                .map(PaymentRecord::exposure).reduce(BigInteger.ZERO, BigInteger::add);
    }

    @Override
    public synchronized BigInteger committedSince(Instant since, Instant now) {
        return records.values().stream()
                .filter(r -> r.committedAt(now) && !r.createdAt().isBefore(since))
                .map(PaymentRecord::exposure).reduce(BigInteger.ZERO, BigInteger::add);
    }

    @Override
    public synchronized List<PaymentRecord> recordsSince(Instant since) {
        List<PaymentRecord> result = new ArrayList<>();
        for (PaymentRecord record : records.values()) {
            if (!record.createdAt().isBefore(since)) {
                result.add(record);
            }
        }
        result.sort(java.util.Comparator.comparing(PaymentRecord::createdAt));
        return result;
    }

    @Override
    public synchronized Optional<PaymentRecord> find(String id) {
        return Optional.ofNullable(records.get(id));
    }
}
