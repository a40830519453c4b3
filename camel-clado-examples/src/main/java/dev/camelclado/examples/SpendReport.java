package dev.camelclado.examples;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.camel.Exchange;
import org.apache.camel.Handler;

import dev.camelclado.mpp.ledger.PaymentLedger;
import dev.camelclado.mpp.ledger.PaymentRecord;

/**
 * Prints what the run spent: in mpp mode the paid calls and dollars from the payment ledger, in direct mode the calls
 * counted by {@link CladoCalls} and the credits they used; in all and per operation.
 */
public class SpendReport {

    @Handler
    public void print(Exchange exchange) {
        PaymentLedger ledger = exchange.getContext().getRegistry().lookupByNameAndType(ExampleSandbox.LEDGER_BEAN,
                PaymentLedger.class);
        if (ledger != null) {
            System.out.println(report(ledger.recordsSince(Instant.EPOCH)));
            return;
        }
        CladoCalls calls = exchange.getContext().getRegistry().lookupByNameAndType(CladoCalls.BEAN, CladoCalls.class);
        if (calls != null) {
            System.out.println(report(calls.perOperation(), calls.creditsUsed()));
        }
    }

    static String report(Map<String, Long> callsPerOperation, long creditsUsed) {
        long calls = callsPerOperation.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder out = new StringBuilder("Spend: ").append(calls).append(" calls");
        if (creditsUsed >= 0) {
            // a credit is $0.01
            out.append(", ").append(creditsUsed).append(" credits (").append(usd(BigInteger.valueOf(creditsUsed * 10_000)))
                    .append(")");
        }
        callsPerOperation.forEach((operation, count) -> out.append(System.lineSeparator())
                .append(String.format("  %-30s %3d x", operation, count)));
        return out.toString();
    }

    static String report(List<PaymentRecord> records) {
        Map<String, long[]> perOperation = new TreeMap<>();
        BigInteger total = BigInteger.ZERO;
        int calls = 0;
        for (PaymentRecord record : records) {
            if (!record.status().mayHaveMovedMoney()) {
                continue;
            }
            calls++;
            total = total.add(record.amount());
            long[] line = perOperation.computeIfAbsent(record.label(), k -> new long[2]);
            line[0]++;
            line[1] += record.amount().longValueExact();
        }
        StringBuilder out = new StringBuilder("Spend: ").append(calls).append(" paid calls, ").append(usd(total));
        perOperation.forEach((operation, line) -> out.append(System.lineSeparator()).append(String.format("  %-30s %3d x  %s",
                operation, line[0], usd(BigInteger.valueOf(line[1])))));
        return out.toString();
    }

    static String usd(BigInteger baseUnits) {
        return "$" + new BigDecimal(baseUnits, 6).setScale(3, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
