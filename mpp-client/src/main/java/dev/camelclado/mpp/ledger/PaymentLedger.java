package dev.camelclado.mpp.ledger;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.camelclado.mpp.policy.PaymentRefusedException;
import dev.camelclado.mpp.policy.SpendingBudget;

/**
 * Where payments are recorded. A payment is reserved (budget checked, record written) before anything is signed,
 * gets its transaction hash before the paid request is sent, and its outcome after. Implementations make
 * {@link #reserve} atomic, so concurrent requests cannot together overspend a budget.
 */
public interface PaymentLedger {

    /**
     * Records a pending payment if the budget allows its exposure (amount and network-fee limit) on top of what is
     * committed, and no payment for the same idempotency key may have moved money.
     *
     * @throws PaymentRefusedException {@code OVER_BUDGET} or {@code ALREADY_PAID}, with nothing recorded
     */
    PaymentRecord reserve(PaymentRecord pending, SpendingBudget budget);

    /** Notes the signed transaction's hash and until when it can settle; called before the paid request is sent. */
    PaymentRecord transactionSigned(String id, String transactionHash, Instant validBefore, Instant now);

    /** Records the outcome. */
    PaymentRecord complete(String id, PaymentStatus status, String receiptReference, String detail, Instant now);

    /** Base units (amounts and network-fee limits) that were, or may have been, paid since {@code since}. */
    BigInteger spentSince(Instant since);

    /**
     * What budgets count at {@code now}: {@link #spentSince} plus refused payments whose signed transaction could
     * still settle.
     */
    BigInteger committedSince(Instant since, Instant now);

    /** Records created since {@code since}, oldest first. */
    List<PaymentRecord> recordsSince(Instant since);

    Optional<PaymentRecord> find(String id);
}
