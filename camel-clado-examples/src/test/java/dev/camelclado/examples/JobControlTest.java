package dev.camelclado.examples;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.camelclado.component.CladoMode;
import dev.camelclado.mpp.ledger.PaymentRecord;
import dev.camelclado.mpp.ledger.PaymentStatus;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.JobSpec;
import dev.camelclado.sandbox.JobTimeline;
import dev.camelclado.sandbox.StatusChange;
import dev.camelclado.sandbox.gateway.GatewayApi;
import dev.camelclado.sandbox.gateway.GatewayPayment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job-control example in both modes against a sandbox whose jobs run 600 times faster (the first one's
 * processing ten times longer, see {@link #firstJobSlower}): the first job is
 * cancelled by the rule that fires first (enough results; in mpp mode, with a low control.max-job-cost, its cost),
 * the second completes, is continued and completes again; what each job cost is checked against the sandbox.
 */
class JobControlTest {

    private static final int LIMIT = 50;
    private static final int ENOUGH = 20;
    private static final int SECOND_LIMIT = 15;
    private static final int MORE = 10;
    private static final long READ = 3_000;

    @TempDir
    Path output;

    @ParameterizedTest(name = "{0} mode, control.max-job-cost {1}")
    @CsvSource({ "direct, 530000, enough-results", "mpp, 10000000, enough-results", "mpp, 509000, max-job-cost" })
    void cancelsTheFirstJobContinuesTheSecondAndReportsTheSpend(CladoMode mode, long maxJobCost, String rule)
            throws Exception {
        JobControlRoute routes = new JobControlRoute();
        try (CladoSandbox sandbox = CladoSandbox.builder().speed(600).timelines(JobControlTest::firstJobSlower).start();
                ExampleRun run = (mode == CladoMode.mpp ? ExampleRun.mpp(sandbox, output) : ExampleRun.direct(sandbox, output))
                        .property("control.limit", Integer.toString(LIMIT))
                        .property("control.enough-results", Integer.toString(ENOUGH))
                        .property("control.max-job-cost", Long.toString(maxJobCost))
                        .property("control.second-limit", Integer.toString(SECOND_LIMIT))
                        .property("control.more", Integer.toString(MORE))
                        .routes(routes)
                        .fastConsumer(JobControlRoute.EVENTS_ROUTE, JobControlRoute.EVENTS)) {
            assertThat(run.run(Duration.ofSeconds(30)).failure()).isNull();
            JobControl control = routes.control();
            String first = control.getCappedJob();
            String second = control.getContinuedJob();
            assertThat(first).isNotNull().isNotEqualTo(second);
            assertThat(second).isNotNull();

            // the first job: one decision, by the expected rule, then it ended cancelled with what it had by then
            assertThat(control.cancellations()).containsOnlyKeys(first);
            JobControl.Decision decision = control.cancellations().get(first);
            assertThat(decision.rule()).isEqualTo(rule);
            if (rule.equals(JobControl.ENOUGH_RESULTS)) {
                assertThat(decision.results()).isGreaterThanOrEqualTo(ENOUGH).isLessThan(LIMIT);
            } else {
                assertThat(decision.jobCost()).isGreaterThanOrEqualTo(maxJobCost)
                        .isEqualTo(startPrice(LIMIT) + READ * decision.polls());
                assertThat(decision.results()).isLessThan(ENOUGH);
            }
            List<JobControl.Ending> firstEndings = control.endingsOf(first);
            assertThat(firstEndings).hasSize(1);
            JobControl.Ending cancelled = firstEndings.get(0);
            assertThat(cancelled.status()).isEqualTo("cancelled");
            int kept = cancelled.results();
            assertThat(kept).isGreaterThanOrEqualTo(decision.results()).isLessThan(LIMIT);
            List<StatusChange> firstHistory = sandbox.statusChanges(first);
            assertThat(firstHistory).extracting(StatusChange::status).endsWith("cancelled").doesNotContain("completed");

            // the second job: completed, continued, completed again with more results
            assertThat(control.endingsOf(second)).extracting(JobControl.Ending::status, JobControl.Ending::results)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("completed", SECOND_LIMIT),
                            org.assertj.core.groups.Tuple.tuple("completed", SECOND_LIMIT + MORE));
            assertThat(sandbox.statusChanges(second)).extracting(StatusChange::status).containsExactly("pending",
                    "searching", "processing", "completed", "pending", "searching", "processing", "completed");
            assertThat(control.endings()).extracting(JobControl.Ending::jobId).containsExactly(first, second, second);

            long statusReads = sandbox.stats().statusPolls(first) + sandbox.stats().statusPolls(second);
            assertThat(statusReads).isEqualTo(cancelled.polls() + control.endingsOf(second).get(1).polls());
            // credits: the first job is charged only for what it kept when cancelled
            long creditsCharged = kept + SECOND_LIMIT + MORE;
            if (mode == CladoMode.mpp) {
                assertThat(sandbox.credits(GatewayApi.UPSTREAM_KEY)).isEqualTo(Long.MAX_VALUE / 4 - creditsCharged);
                List<GatewayPayment> payments = sandbox.gateway().payments();
                Map<String, List<Long>> paid = payments.stream().collect(Collectors.groupingBy(GatewayPayment::operation,
                        Collectors.mapping(p -> p.amount().longValueExact(), Collectors.toList())));
                assertThat(paid).containsOnlyKeys("deep-research", "deep-research-status", "deep-research-cancel",
                        "deep-research-more");
                assertThat(paid.get("deep-research")).containsExactly(startPrice(LIMIT), startPrice(SECOND_LIMIT));
                assertThat(paid.get("deep-research-cancel")).containsExactly(READ);
                assertThat(paid.get("deep-research-more")).containsExactly(startPrice(MORE));
                assertThat(paid.get("deep-research-status")).hasSize((int) statusReads).containsOnly(READ);
                assertThat(payments).noneMatch(GatewayPayment::refunded);
                // what the consumer said each job cost: its start (and continue) and its reads
                assertThat(cancelled.jobCost()).isEqualTo(startPrice(LIMIT) + READ * cancelled.polls());
                JobControl.Ending last = control.endingsOf(second).get(1);
                assertThat(last.jobCost()).isEqualTo(startPrice(SECOND_LIMIT) + startPrice(MORE) + READ * last.polls());
                List<PaymentRecord> records = run.ledger().recordsSince(Instant.EPOCH);
                assertThat(records).hasSameSizeAs(payments)
                        .allSatisfy(record -> assertThat(record.status()).isEqualTo(PaymentStatus.SETTLED));
                assertThat(sum(records)).isEqualTo(payments.stream().map(GatewayPayment::amount)
                        .reduce(BigInteger.ZERO, BigInteger::add));
            } else {
                long used = CladoSandbox.DEFAULT_CREDITS - sandbox.credits(sandbox.apiKey());
                assertThat(used).isEqualTo(creditsCharged);
                assertThat(run.calls().creditsUsed()).isEqualTo(used);
                assertThat(run.calls().perOperation()).containsOnly(Map.entry("clado:account/credits", 2L),
                        Map.entry("clado:deepResearch/start", 2L), Map.entry("clado:deepResearch/cancel", 1L),
                        Map.entry("clado:deepResearch/continue", 1L), Map.entry("clado:deepResearch/status", statusReads));
                assertThat(sandbox.gateway().payments()).isEmpty();
            }
        }
    }

    /**
     * The first job finds its results over 10 minutes (1 s at 600x) instead of one: a cancel reaches the job some
     * 10 to 100 ms after the event that decided it (a paid call is signed first), which at 600x is up to a minute
     * of the job's time, and must still find it running.
     */
    private static JobTimeline firstJobSlower(JobSpec job) {
        return job.sequence() == 1 ? new JobTimeline(Duration.ofSeconds(5), Duration.ofSeconds(60),
                Duration.ofSeconds(600), Duration.ZERO) : null;
    }

    /** The gateway's price of a deep research (or a continue) for this many results. */
    private static long startPrice(int results) {
        return READ + 10_000L * results;
    }

    private static BigInteger sum(List<PaymentRecord> records) {
        return records.stream().map(PaymentRecord::amount).reduce(BigInteger.ZERO, BigInteger::add);
    }
}
