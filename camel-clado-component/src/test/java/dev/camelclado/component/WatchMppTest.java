package dev.camelclado.component;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import dev.camelclado.component.model.DeepResearchStatus;
import dev.camelclado.component.watch.JobWatch;
import dev.camelclado.mpp.ledger.InMemoryPaymentLedger;
import dev.camelclado.mpp.ledger.PaymentRecord;
import dev.camelclado.mpp.ledger.PaymentStatus;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.gateway.GatewayPayment;
import dev.camelclado.sandbox.gateway.PaidFault;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer in mpp mode: every read goes through the sandbox gateway, is paid once, verified for real and
 * recorded in the ledger; what the job's reads cost is in the last event.
 */
class WatchMppTest extends WatchTestSupport {

    private static final long READ_PRICE = 3_000;
    private final InMemoryPaymentLedger ledger = new InMemoryPaymentLedger();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CladoConfiguration configuration = context.getComponent("clado", CladoComponent.class).getConfiguration();
        configuration.setMode(CladoMode.mpp);
        configuration.setApiKey(null);
        configuration.setGatewayUrl(sandbox.baseUrl());
        configuration.setWalletPrivateKey(PAYER_KEY);
        configuration.setAllowedRecipients(CladoSandbox.DEFAULT_RECIPIENT);
        configuration.setLedger(ledger);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(watch("deepResearch/status")).to("mock:events");
            }
        };
    }

    @Test
    void everyReadIsPaidOnceAndRecordedAndTheLastEventSaysWhatTheJobCost() throws Exception {
        String jobId = startDeepResearch("paid watching", 20);
        advance(Duration.ofMinutes(4), Duration.ofSeconds(1));

        MockEndpoint events = getMockEndpoint("mock:events");
        assertThat(statusesOf(events, jobId)).containsExactly("pending", "searching", "processing", "completed");
        Exchange done = events.getReceivedExchanges().get(3);
        assertThat(done.getMessage().getBody(DeepResearchStatus.class).getResults()).hasSize(20);

        List<GatewayPayment> reads = sandbox.sandbox().gateway().payments().stream()
                .filter(p -> p.operation().equals("deep-research-status")).toList();
        long polls = sandbox.sandbox().stats().statusPolls(jobId);
        assertThat(reads).hasSize((int) polls).allMatch(p -> p.amount().equals(BigInteger.valueOf(READ_PRICE)))
                .noneMatch(GatewayPayment::refunded);
        assertThat(done.getMessage().getHeader(CladoConstants.JOB_POLLS, Long.class)).isEqualTo(polls);
        assertThat(done.getMessage().getHeader(CladoConstants.JOB_POLL_COST, Long.class)).isEqualTo(polls * READ_PRICE);
        // and what the producer paid to start it
        long startPrice = sandbox.sandbox().gateway().payments().stream()
                .filter(p -> p.operation().equals("deep-research")).findFirst().orElseThrow().amount().longValueExact();
        assertThat(done.getMessage().getHeader(CladoConstants.JOB_COST, Long.class))
                .isEqualTo(polls * READ_PRICE + startPrice);
        assertThat(done.getMessage().getHeader(CladoConstants.PAID_AMOUNT)).isEqualTo(BigInteger.valueOf(READ_PRICE));

        List<PaymentRecord> records = ledger.recordsSince(Instant.EPOCH);
        assertThat(records).hasSize(reads.size() + 1).allMatch(r -> r.status() == PaymentStatus.SETTLED);
        assertThat(records.stream().filter(r -> r.amount().equals(BigInteger.valueOf(READ_PRICE))).count())
                .isEqualTo(polls);
        // adaptive reading: far fewer than a read every 10 s (13) for this 125 s job, and no read after it ended
        assertThat(polls).isLessThanOrEqualTo(10);
        advance(Duration.ofMinutes(10), Duration.ofMinutes(1));
        assertThat(sandbox.sandbox().stats().statusPolls(jobId)).isEqualTo(polls);
    }

    @Test
    void maxSpendPerJobStopsReadingBeforeTheNextReadWouldCrossIt() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(watch("bulkContacts/status", "maxSpendPerJob=10000", "pollSchedule=fixed", "minPollInterval=5s"))
                        .to("mock:bulk");
            }
        });
        Exchange started = template.request("clado:bulkContacts/start",
                e -> e.getMessage().setBody(List.of("https://www.linkedin.com/in/ada")));
        String jobId = started.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
        advance(Duration.ofMinutes(3), Duration.ofSeconds(1));

        // 3 reads cost 9000; a fourth would make 12000
        assertThat(sandbox.sandbox().stats().statusPolls(jobId)).isEqualTo(3);
        MockEndpoint bulk = getMockEndpoint("mock:bulk");
        Exchange last = bulk.getReceivedExchanges().get(bulk.getReceivedExchanges().size() - 1);
        assertThat(last.getMessage().getHeader(CladoConstants.WATCH_END_REASON)).isEqualTo("maxSpendPerJob");
        assertThat(last.getMessage().getHeader(CladoConstants.JOB_POLL_COST)).isEqualTo(9_000L);
    }

    private long paidStatusReads(String operation) {
        return sandbox.sandbox().gateway().payments().stream().filter(p -> p.operation().equals(operation)).count();
    }

    private String startBulkJob() {
        Exchange started = template.request("clado:bulkContacts/start",
                e -> e.getMessage().setBody(List.of("https://www.linkedin.com/in/ada")));
        return started.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
    }

    @Test
    void aReadWhosePaymentOutcomeIsUnknownCountsTowardsMaxSpendPerJob() throws Exception {
        AnswerLosingHttpClient http = new AnswerLosingHttpClient("/bulk-contacts-status", 2,
                AnswerLosingHttpClient.Mode.DROP);
        context.getComponent("clado", CladoComponent.class).getConfiguration().setHttpClient(http);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(watch("bulkContacts/status", "maxSpendPerJob=10000", "pollSchedule=fixed", "minPollInterval=5s"))
                        .to("mock:bulk");
            }
        });
        String jobId = startBulkJob();
        advance(Duration.ofMinutes(3), Duration.ofSeconds(1));

        assertThat(http.lost.getCount()).as("the second paid read lost its answer").isZero();
        // the lost read was paid (and may settle): 3 paid reads reach 9000, a fourth would make 12000
        assertThat(paidStatusReads("bulk-contacts-status")).isEqualTo(3);
        JobWatch watch = watches().find(jobId).orElseThrow();
        assertThat(watch.getPollCost()).isEqualTo(9_000L);
        assertThat(watch.getPolls()).isEqualTo(3);
        assertThat(watch.getEndReason()).isEqualTo("maxSpendPerJob");
        MockEndpoint bulk = getMockEndpoint("mock:bulk");
        Exchange last = bulk.getReceivedExchanges().get(bulk.getReceivedExchanges().size() - 1);
        assertThat(last.getMessage().getHeader(CladoConstants.WATCH_END_REASON)).isEqualTo("maxSpendPerJob");
        assertThat(last.getMessage().getHeader(CladoConstants.JOB_POLL_COST)).isEqualTo(9_000L);
    }

    @Test
    void aReadUnansweredWhenItsLeaseRunsOutCountsWhatItMayHaveCost() throws Exception {
        AnswerLosingHttpClient http = new AnswerLosingHttpClient("/bulk-contacts-status", 2,
                AnswerLosingHttpClient.Mode.HOLD);
        context.getComponent("clado", CladoComponent.class).getConfiguration().setHttpClient(http);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(watch("bulkContacts/status", "pollSchedule=fixed", "minPollInterval=5s")).routeId("bulk")
                        .to("mock:bulk");
            }
        });
        String jobId = startBulkJob();
        // to the second read, which hangs (the consumer waits in its run)
        clock.advance(Duration.ofSeconds(5));
        settle();
        clock.advance(Duration.ofSeconds(5));
        assertThat(http.lost.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        // the lease (2 x requestTimeout + 30 s) runs out while the consumer waits for the answer
        clock.advance(Duration.ofSeconds(151));
        advance(Duration.ofMinutes(3), Duration.ofSeconds(1));

        CladoConsumer consumer = (CladoConsumer) context.getRoute("bulk").getConsumer();
        assertThat(consumer.getFailedReads()).isEqualTo(1);
        JobWatch watch = watches().find(jobId).orElseThrow();
        assertThat(watch.isActive()).isFalse();
        // every paid read is in the job's cost, the one whose answer never came included
        long paid = paidStatusReads("bulk-contacts-status");
        assertThat(watch.getPollCost()).isEqualTo(paid * READ_PRICE);
        assertThat(watch.getPolls()).isEqualTo((int) paid);
    }

    @Test
    void readsThatGoWrongAfterPaymentArePaidOnceEachBackedOffAndNoStatusComesTwice() throws Exception {
        // this test's consumer alone reads the job, with short intervals so the back-off fits in the job's life
        String adaptive = context.getRoutes().get(0).getRouteId();
        context.getRouteController().stopRoute(adaptive);
        context.removeRoute(adaptive);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(watch("deepResearch/status", "minPollInterval=2s", "maxPollInterval=20s"))
                        .routeId("backingOff").to("mock:backingOff");
            }
        });
        String jobId = startDeepResearch("a gateway that takes the money and fails", 20);
        List<PaidFault> faults = List.of(PaidFault.DROP_CONNECTION, PaidFault.SERVER_ERROR, PaidFault.INVALID_JSON,
                PaidFault.BARE_402, PaidFault.TRUNCATED_BODY, PaidFault.HTML_BODY);
        faults.forEach(fault -> sandbox.sandbox().faults().afterPayment(fault, 1));

        // the paid reads' times by the consumer's clock, one-second resolution
        List<Long> readAt = new java.util.ArrayList<>();
        for (int second = 0; second <= 300; second++) {
            long before = paidStatusReads("deep-research-status");
            advance(Duration.ofSeconds(1), Duration.ofSeconds(1));
            for (long i = before; i < paidStatusReads("deep-research-status"); i++) {
                readAt.add((long) second);
            }
        }

        CladoConsumer consumer = (CladoConsumer) context.getRoute("backingOff").getConsumer();
        assertThat(consumer.getFailedReads()).isEqualTo(faults.size());
        // after the n-th failure in a row the next read waits 2 s x 2^(n-1), at most maxPollInterval
        for (int failure = 1; failure <= faults.size(); failure++) {
            long backoff = Math.min(2L << (failure - 1), 20);
            assertThat(readAt.get(failure) - readAt.get(failure - 1)).as("wait after failure %d", failure)
                    .isBetween(backoff, backoff + 1);
        }
        List<String> statuses = statusesOf(getMockEndpoint("mock:backingOff"), jobId);
        assertThat(statuses).doesNotHaveDuplicates().endsWith("completed");

        // each read paid once, and the ledger holds what the gateway kept: nothing refunded, nothing paid twice
        List<GatewayPayment> reads = sandbox.sandbox().gateway().payments().stream()
                .filter(p -> p.operation().equals("deep-research-status")).toList();
        assertThat(reads).hasSize(readAt.size()).noneMatch(GatewayPayment::refunded);
        List<PaymentRecord> paidReads = ledger.recordsSince(Instant.EPOCH).stream()
                .filter(r -> r.label().equals("clado:deepResearch/status")).toList();
        assertThat(paidReads).allMatch(r -> r.status().mayHaveMovedMoney())
                .extracting(PaymentRecord::challengeId)
                .containsExactlyInAnyOrderElementsOf(reads.stream().map(GatewayPayment::challengeId).toList());
        assertThat(paidReads).filteredOn(r -> r.status() == PaymentStatus.UNKNOWN).hasSize(4);
    }
}
