package dev.camelclado.mpp.ledger;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import dev.camelclado.mpp.policy.PaymentRefusedException;
import dev.camelclado.mpp.policy.PolicyViolation;
import dev.camelclado.mpp.policy.SpendingBudget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentLedgerTest {

    static final Instant T0 = Instant.parse("2026-10-01T12:00:00Z");
    static final SpendingBudget BUDGET = new SpendingBudget(BigInteger.valueOf(10_000), Duration.ofHours(1));

    static JdbcDataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    static PaymentRecord pending(String key, long amount, Instant at) {
        return PaymentRecord.pending(key, "clado:deepResearch/status", "challenge-" + UUID.randomUUID(),
                "clado.mpp.paywithlocus.com", 42431L, "0x20c0000000000000000000000000000000000000",
                "0x70997970c51812dc3a010c7d01b50e0d17dc79c8", BigInteger.valueOf(amount), BigInteger.ZERO,
                "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", at);
    }

    private static void recordsAndBudgets(PaymentLedger ledger) {
        PaymentRecord first = ledger.reserve(pending("req-1", 3000, T0), BUDGET);
        ledger.transactionSigned(first.id(), "0xabc", T0.plusSeconds(25), T0);
        PaymentRecord settled = ledger.complete(first.id(), PaymentStatus.SETTLED, "0xdef", null, T0.plusSeconds(1));
        assertThat(settled.status()).isEqualTo(PaymentStatus.SETTLED);
        assertThat(settled.transactionHash()).isEqualTo("0xabc");
        assertThat(settled.receiptReference()).isEqualTo("0xdef");
        assertThat(settled.amount()).isEqualTo(BigInteger.valueOf(3000));
        assertThat(settled.chainId()).isEqualTo(42431L);

        PaymentRecord refused = ledger.reserve(pending("req-2", 6000, T0.plusSeconds(2)), BUDGET);
        ledger.complete(refused.id(), PaymentStatus.REFUSED, null, "verification-failed (402)", T0.plusSeconds(3));
        PaymentRecord unknown = ledger.reserve(pending("req-3", 6000, T0.plusSeconds(4)), BUDGET);
        ledger.complete(unknown.id(), PaymentStatus.UNKNOWN, null, "timeout", T0.plusSeconds(5));
        // spent: 3000 settled + 6000 unknown; refused money never moved
        assertThat(ledger.spentSince(T0)).isEqualTo(BigInteger.valueOf(9000));
        assertThatThrownBy(() -> ledger.reserve(pending("req-4", 1001, T0.plusSeconds(6)), BUDGET))
                .isInstanceOf(PaymentRefusedException.class).extracting("violation").isEqualTo(PolicyViolation.OVER_BUDGET);
        ledger.reserve(pending("req-5", 1000, T0.plusSeconds(7)), BUDGET);
        // an hour later the window has moved on
        ledger.reserve(pending("req-6", 9000, T0.plus(Duration.ofMinutes(61))), BUDGET);
        assertThat(ledger.recordsSince(T0)).extracting(PaymentRecord::idempotencyKey)
                .containsExactly("req-1", "req-2", "req-3", "req-5", "req-6");
        assertThat(ledger.find(refused.id()).orElseThrow().detail()).isEqualTo("verification-failed (402)");
    }

    private static void refusesASecondPaymentForOneRequest(PaymentLedger ledger) {
        PaymentRecord first = ledger.reserve(pending("same-exchange", 3000, T0), null);
        assertThatThrownBy(() -> ledger.reserve(pending("same-exchange", 3000, T0), null))
                .isInstanceOf(PaymentRefusedException.class).extracting("violation").isEqualTo(PolicyViolation.ALREADY_PAID);
        ledger.complete(first.id(), PaymentStatus.UNKNOWN, null, "timeout", T0);
        assertThatThrownBy(() -> ledger.reserve(pending("same-exchange", 3000, T0), null))
                .hasMessageContaining("may still settle");
        PaymentRecord other = ledger.reserve(pending("refused-once", 3000, T0), null);
        ledger.complete(other.id(), PaymentStatus.REFUSED, null, "invalid-challenge", T0);
        ledger.reserve(pending("refused-once", 3000, T0), null);
    }

    @Test
    void inMemory() {
        recordsAndBudgets(new InMemoryPaymentLedger());
        refusesASecondPaymentForOneRequest(new InMemoryPaymentLedger());
    }

    @Test
    void jdbc() {
        recordsAndBudgets(new JdbcPaymentLedger(h2("ledger-" + UUID.randomUUID())));
        refusesASecondPaymentForOneRequest(new JdbcPaymentLedger(h2("ledger-" + UUID.randomUUID())));
    }

    @Test
    void aJdbcLedgerKeepsBudgetAndHistoryAcrossARestart() {
        JdbcDataSource database = h2("restart-" + UUID.randomUUID());
        PaymentLedger before = new JdbcPaymentLedger(database, "payments");
        PaymentRecord paid = before.reserve(pending("r1", 8000, T0), BUDGET);
        before.complete(paid.id(), PaymentStatus.SETTLED, "0x01", null, T0);

        PaymentLedger after = new JdbcPaymentLedger(database, "payments");
        assertThat(after.find(paid.id()).orElseThrow().status()).isEqualTo(PaymentStatus.SETTLED);
        assertThat(after.spentSince(T0)).isEqualTo(BigInteger.valueOf(8000));
        assertThatThrownBy(() -> after.reserve(pending("r2", 3000, T0.plusSeconds(1)), BUDGET))
                .isInstanceOf(PaymentRefusedException.class).extracting("violation").isEqualTo(PolicyViolation.OVER_BUDGET);
        assertThatThrownBy(() -> after.reserve(pending("r1", 10, T0.plusSeconds(1)), null))
                .extracting("violation").isEqualTo(PolicyViolation.ALREADY_PAID);
    }

    @Test
    void concurrentReservationsNeverOverspendTheBudget() throws Exception {
        for (PaymentLedger ledger : List.of(new InMemoryPaymentLedger(),
                (PaymentLedger) new JdbcPaymentLedger(h2("race-" + UUID.randomUUID())))) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                tasks.add(() -> {
                    try {
                        ledger.reserve(pending("k" + n, 1000, T0), BUDGET);
                        return true;
                    } catch (PaymentRefusedException e) {
                        return false;
                    }
                });
            }
            int accepted = 0;
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                accepted += result.get() ? 1 : 0;
            }
            pool.shutdown();
            assertThat(accepted).as(ledger.toString()).isEqualTo(10);
            assertThat(ledger.spentSince(T0)).isEqualTo(BigInteger.valueOf(10_000));
        }
    }

    @Test
    void tableNamesAreIdentifiersOnly() {
        assertThatThrownBy(() -> new JdbcPaymentLedger(h2("x"), "payments; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain SQL identifier");
    }
}
