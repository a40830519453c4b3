package dev.camelclado.component;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.camelclado.mpp.ledger.PaymentRecord;
import dev.camelclado.mpp.ledger.PaymentStatus;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.JobTimeline;
import dev.camelclado.sandbox.gateway.GatewayPayment;
import dev.camelclado.sandbox.gateway.PaidFault;

import static dev.camelclado.mpp.ledger.PaymentStatus.REFUSED;
import static dev.camelclado.mpp.ledger.PaymentStatus.SETTLED;
import static dev.camelclado.mpp.ledger.PaymentStatus.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox gateway misbehaves after it has taken a payment, and a route redelivers failed calls (as users
 * configure): whatever the fault, the call is paid at most once, the component's ledger holds exactly what the
 * gateway's books hold, and every attempt ends with the answer or a typed error. A redelivery of a call whose payment
 * may have settled is refused ({@code ALREADY_PAID}) rather than paid again.
 */
class GatewayFaultsTest extends MppTestSupport {

    private static final String URL = "https://www.linkedin.com/in/alexjohnson";
    private static final BigInteger PRICE = BigInteger.valueOf(13_000);

    /** The failure of each attempt that was redelivered, in order. */
    private final List<Exception> redelivered = new CopyOnWriteArrayList<>();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(defaultErrorHandler().maximumRedeliveries(2).redeliveryDelay(0)
                        .onRedelivery(e -> redelivered.add(e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))));
                from("direct:patient").to(mpp("profile/get", "requestTimeout=10000"));
                from("direct:hasty").to(mpp("profile/get", "requestTimeout=1000"));
                from("direct:thrifty").to(mpp("profile/get", "maxAmount=50000"));
            }
        };
    }

    /** What one faulty payment leads to. */
    record Case(PaidFault fault, Duration time, String route, Class<? extends Exception> firstFailure,
            List<PaymentStatus> ledger, boolean answered) {
        @Override
        public String toString() {
            return fault + " (" + time.toMillis() + " ms) via " + route;
        }
    }

    static Stream<Arguments> faults() {
        Duration none = Duration.ZERO;
        return Stream.of(
                new Case(PaidFault.DROP_CONNECTION, none, "patient", CladoPaymentUnknownException.class, List.of(UNKNOWN), false),
                new Case(PaidFault.NO_ANSWER, Duration.ofSeconds(3), "hasty", CladoPaymentUnknownException.class,
                        List.of(UNKNOWN), false),
                new Case(PaidFault.SERVER_ERROR, none, "patient", CladoServerException.class, List.of(UNKNOWN), false),
                new Case(PaidFault.BARE_402, none, "patient", CladoInsufficientCreditsException.class, List.of(UNKNOWN), false),
                new Case(PaidFault.TRUNCATED_BODY, none, "patient", CladoPaymentUnknownException.class, List.of(UNKNOWN), false),
                new Case(PaidFault.INVALID_JSON, none, "patient", CladoResponseException.class, List.of(SETTLED), false),
                new Case(PaidFault.HTML_BODY, none, "patient", CladoResponseException.class, List.of(SETTLED), false),
                new Case(PaidFault.SLOW_BODY, Duration.ofMillis(600), "patient", null, List.of(SETTLED), true),
                new Case(PaidFault.SLOW_BODY, Duration.ofSeconds(3), "hasty", CladoPaymentUnknownException.class,
                        List.of(UNKNOWN), false),
                new Case(PaidFault.TWO_RECEIPTS, none, "patient", null, List.of(SETTLED), true),
                // past the JDK client's bound on response headers (jdk.http.maxHeaderSize, 384 KiB by default)
                new Case(PaidFault.HUGE_HEADERS, none, "patient", CladoPaymentUnknownException.class, List.of(UNKNOWN), false),
                // refused after all, with a fresh challenge: paid instead, within maxPaymentAttempts
                new Case(PaidFault.FRESH_402, none, "patient", null, List.of(REFUSED, SETTLED), true),
                // refused with a dearer challenge over maxAmount: not paid; the redelivery pays the usual price
                new Case(PaidFault.DEARER_402, none, "thrifty", CladoPaymentRefusedException.class,
                        List.of(REFUSED, SETTLED), true),
                // within maxAmount the dearer challenge is paid; this gateway then refuses it (not what it priced),
                // the call fails with nothing kept, and the redelivery pays the usual price
                new Case(PaidFault.DEARER_402, none, "patient", CladoPaymentRejectedException.class,
                        List.of(REFUSED, REFUSED, SETTLED), true))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aFaultAfterPaymentNeverPaysTwiceAndTheLedgerMatchesTheGateway(Case fault) {
        int gatewayBefore = (int) paidToGateway();
        SANDBOX.sandbox().faults().afterPayment(fault.fault(), 1, fault.time());

        Exchange exchange = template.send("direct:" + fault.route(),
                e -> e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, URL));

        List<GatewayPayment> gateway = SANDBOX.sandbox().gateway().payments();
        gateway = gateway.subList(gatewayBefore, gateway.size());
        List<PaymentRecord> records = ledger.recordsSince(Instant.EPOCH);
        assertThat(records).extracting(PaymentRecord::status).containsExactlyElementsOf(fault.ledger());
        assertThat(gateway.stream().filter(p -> !p.refunded())).as("payments the gateway kept").hasSize(1);
        assertLedgerMatches(records, gateway);

        if (fault.firstFailure() == null) {
            assertThat(redelivered).isEmpty();
        } else {
            assertThat(redelivered).first().isInstanceOf(fault.firstFailure());
        }
        if (fault.answered()) {
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getHeader(CladoConstants.PAYMENT_STATUS)).isEqualTo("SETTLED");
        } else {
            // every redelivery met the payment that may have settled, and paid nothing
            assertThat(redelivered).hasSize(2);
            CladoPaymentRefusedException last = failure(exchange, CladoPaymentRefusedException.class);
            assertThat(last.getViolation()).isEqualTo("ALREADY_PAID");
            assertThat(redelivered.get(1)).isInstanceOf(CladoPaymentRefusedException.class);
        }
    }

    @Test
    void twoReceiptsAreRecordedForReconciling() {
        SANDBOX.sandbox().faults().afterPayment(PaidFault.TWO_RECEIPTS, 1);
        template.send("direct:patient", e -> e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, URL));
        assertThat(ledger.recordsSince(Instant.EPOCH)).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("2 different Payment-Receipt headers"));
    }

    @Test
    void anUnreadablePaidAnswerSaysItWasPaid() {
        SANDBOX.sandbox().faults().afterPayment(PaidFault.INVALID_JSON, 1);
        Exchange exchange = template.send(mpp("profile/get"), e -> e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, URL));
        CladoResponseException unreadable = failure(exchange, CladoResponseException.class);
        assertThat(unreadable.getMessage()).isNotBlank();
        PaymentRecord paid = ledger.recordsSince(Instant.EPOCH).get(0);
        assertThat(paid.status()).isEqualTo(SETTLED);
        assertThat(exchange.getMessage().getHeader(CladoConstants.PAYMENT_STATUS)).isEqualTo("SETTLED");
    }

    /** Clocks apart: a challenge that expired by the payer's clock, or a transaction the gateway sees as expired. */
    static Stream<Arguments> skews() {
        return Stream.of(
                // the gateway's clock is 6 minutes slow: its 5-minute challenges expired before they were issued
                Arguments.of(Duration.ofMinutes(-6), CladoPaymentRefusedException.class, List.of()),
                // 2 minutes fast: every transaction (valid for 25 s) looks expired to it, and is refused
                Arguments.of(Duration.ofMinutes(2), CladoPaymentRejectedException.class, List.of(REFUSED, REFUSED)));
    }

    @ParameterizedTest(name = "gateway clock {0} off")
    @MethodSource("skews")
    void clockSkewAroundExpiryPaysNothing(Duration skew, Class<? extends Exception> failure, List<PaymentStatus> statuses)
            throws Exception {
        try (CladoSandbox skewed = CladoSandbox.builder()
                .timeline(new JobTimeline(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .gatewayClock(() -> Instant.now().plus(skew)).start()) {
            String uri = mpp("profile/get").replace(SANDBOX.baseUrl(), skewed.baseUrl());
            Exchange exchange = template.send(uri, e -> e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, URL));
            assertThat(exchange.getException()).isInstanceOf(failure);
            assertThat(skewed.gateway().payments()).isEmpty();
            assertThat(ledger.recordsSince(Instant.EPOCH)).extracting(PaymentRecord::status).containsExactlyElementsOf(statuses);
            assertThat(ledger.spentSince(Instant.EPOCH)).isZero();
        }
    }

    /**
     * Exactly what the gateway took is in the ledger: each payment it kept is a record that may have moved money
     * (SETTLED or UNKNOWN) for the same challenge and amount, each it refunded a REFUSED record, and no record says
     * money may have moved that the gateway does not have.
     */
    private static void assertLedgerMatches(List<PaymentRecord> records, List<GatewayPayment> gateway) {
        Map<String, PaymentRecord> byChallenge = new java.util.HashMap<>();
        records.forEach(record -> byChallenge.put(record.challengeId(), record));
        List<String> kept = new ArrayList<>();
        for (GatewayPayment payment : gateway) {
            PaymentRecord record = byChallenge.get(payment.challengeId());
            assertThat(record).as("ledger record for gateway payment %s", payment.challengeId()).isNotNull();
            assertThat(record.amount()).isEqualTo(payment.amount()).isEqualTo(PRICE);
            assertThat(record.status().mayHaveMovedMoney()).as("record %s", record).isEqualTo(!payment.refunded());
            if (!payment.refunded()) {
                kept.add(payment.challengeId());
            }
        }
        assertThat(records.stream().filter(r -> r.status().mayHaveMovedMoney()).map(PaymentRecord::challengeId))
                .containsExactlyInAnyOrderElementsOf(kept);
    }
}
