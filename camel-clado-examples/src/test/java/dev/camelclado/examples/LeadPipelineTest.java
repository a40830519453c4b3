package dev.camelclado.examples;

import java.io.Reader;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.camelclado.component.CladoComponent;
import dev.camelclado.component.CladoMode;
import dev.camelclado.mpp.ledger.PaymentRecord;
import dev.camelclado.mpp.ledger.PaymentStatus;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.StatusChange;
import dev.camelclado.sandbox.gateway.GatewayPayment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead pipeline, in the Java and the YAML DSL, in both modes, against a sandbox whose jobs run 600 times faster:
 * its CSV, the summary the CRM received, and what it spent.
 */
class LeadPipelineTest {

    private static final int TOP = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path output;

    @ParameterizedTest(name = "{0} DSL, {1} mode")
    @CsvSource({ "java, direct", "java, mpp", "yaml, direct", "yaml, mpp" })
    void findsEnrichesWritesPostsAndReportsTheSpend(String dsl, CladoMode mode) throws Exception {
        try (CladoSandbox sandbox = CladoSandbox.builder().speed(600).start();
                ExampleRun run = pipeline(dsl, mode, sandbox)) {
            ExampleOutcome outcome = run.run(Duration.ofSeconds(60));
            assertThat(outcome.failure()).isNull();

            JsonNode summary = onlySummary(run);
            String jobId = summary.get("jobId").asText();
            List<StatusChange> history = sandbox.statusChanges(jobId);
            assertThat(history.get(history.size() - 1).status()).isEqualTo("completed");
            assertThat(summary.get("peopleResearched").asInt()).isEqualTo(30);
            assertThat(summary.get("leads").asInt()).isEqualTo(TOP);
            assertThat(summary.get("people")).hasSize(TOP);

            List<CSVRecord> rows = csvRows();
            assertThat(rows).hasSize(TOP);
            assertThat(rows).extracting(row -> row.get("linkedin_url"))
                    .containsExactlyElementsOf(summary.get("people").findValuesAsText("linkedinUrl"));
            // the best leads first: decision makers before the others
            List<Boolean> decisionMakers = rows.stream().map(row -> Boolean.valueOf(row.get("decision_maker"))).toList();
            assertThat(decisionMakers).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
            assertThat(rows).allSatisfy(row -> assertThat(row.get("enrichment")).isIn(Lead.FOUND, Lead.NOTHING_FOUND));
            assertThat(rows).anySatisfy(row -> assertThat(row.get("emails")).contains("@"));

            if (mode == CladoMode.mpp) {
                List<GatewayPayment> payments = sandbox.gateway().payments();
                Map<String, Long> paidPerOperation = payments.stream()
                        .collect(Collectors.groupingBy(GatewayPayment::operation, Collectors.counting()));
                assertThat(paidPerOperation).containsEntry("search", 3L).containsEntry("deep-research", 1L)
                        .containsEntry("contacts", (long) TOP).containsKey("deep-research-status");
                List<PaymentRecord> records = run.ledger().recordsSince(Instant.EPOCH);
                assertThat(records).hasSameSizeAs(payments)
                        .allSatisfy(record -> assertThat(record.status()).isEqualTo(PaymentStatus.SETTLED));
                assertThat(sum(records)).isEqualTo(payments.stream().map(GatewayPayment::amount)
                        .reduce(BigInteger.ZERO, BigInteger::add)).isLessThanOrEqualTo(BigInteger.valueOf(1_500_000));
            } else {
                long used = CladoSandbox.DEFAULT_CREDITS - sandbox.credits(sandbox.apiKey());
                assertThat(used).isPositive();
                assertThat(run.calls().creditsUsed()).isEqualTo(used);
                assertThat(run.calls().perOperation()).containsEntry("clado:search/people", 3L)
                        .containsEntry("clado:deepResearch/start", 1L).containsEntry("clado:contacts/get", (long) TOP)
                        .containsEntry("clado:account/credits", 2L).containsKey("clado:deepResearch/status");
            }
        }
    }

    @Test
    void aLookupThatWouldBreakTheBudgetIsSkippedAndNotPaid() throws Exception {
        // searches 3 x $0.103, the research $0.303 and its status reads, each with its network fee limit ($0.0042),
        // leave room for two $0.043 lookups
        BigInteger budget = BigInteger.valueOf(800_000);
        try (CladoSandbox sandbox = CladoSandbox.builder().speed(600).start();
                ExampleRun run = pipeline("java", CladoMode.mpp, sandbox).property("leads.budget", budget.toString())) {
            assertThat(run.run(Duration.ofSeconds(60)).failure()).isNull();

            List<CSVRecord> rows = csvRows();
            assertThat(rows).hasSize(TOP);
            long skipped = rows.stream().filter(row -> Lead.OVER_BUDGET.equals(row.get("enrichment"))).count();
            long paidLookups = sandbox.gateway().payments().stream().filter(p -> p.operation().equals("contacts")).count();
            assertThat(paidLookups).isPositive();
            assertThat(skipped).isPositive().isEqualTo(TOP - paidLookups);
            assertThat(onlySummary(run).get("skippedOverBudget").asLong()).isEqualTo(skipped);
            List<PaymentRecord> records = run.ledger().recordsSince(Instant.EPOCH);
            assertThat(records).hasSameSizeAs(sandbox.gateway().payments());
            assertThat(sum(records)).isLessThanOrEqualTo(budget);
        }
    }

    private ExampleRun pipeline(String dsl, CladoMode mode, CladoSandbox sandbox) throws Exception {
        ExampleRun run = mode == CladoMode.mpp ? ExampleRun.mpp(sandbox, output) : ExampleRun.direct(sandbox, output);
        if (dsl.equals("yaml")) {
            run.yaml(Examples.LEAD_PIPELINE_YAML);
        } else {
            run.routes(new LeadPipelineRoute());
        }
        assertThat(run.context().getComponent("clado", CladoComponent.class).getConfiguration().getMode()).isEqualTo(mode);
        return run.fastConsumer("lead-research", "clado:deepResearch/status?emitProgress=true");
    }

    private JsonNode onlySummary(ExampleRun run) throws Exception {
        assertThat(run.crm().received()).hasSize(1);
        return JSON.readTree(run.crm().received().get(0));
    }

    private List<CSVRecord> csvRows() throws Exception {
        Path csv = output.resolve("leads.csv");
        assertThat(csv).exists();
        try (Reader in = Files.newBufferedReader(csv)) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
                    .getRecords();
            assertThat(rows).allSatisfy(row -> assertThat(Set.copyOf(row.toMap().keySet()))
                    .containsExactlyInAnyOrder(LeadsCsv.COLUMNS));
            return rows;
        }
    }

    private static BigInteger sum(List<PaymentRecord> records) {
        return records.stream().map(PaymentRecord::amount).reduce(BigInteger.ZERO, BigInteger::add);
    }
}
