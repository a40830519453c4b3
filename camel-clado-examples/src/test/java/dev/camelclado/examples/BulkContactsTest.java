package dev.camelclado.examples;

import java.io.Reader;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.camelclado.component.CladoMode;
import dev.camelclado.mpp.ledger.PaymentRecord;
import dev.camelclado.mpp.ledger.PaymentStatus;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.StatusChange;
import dev.camelclado.sandbox.gateway.GatewayPayment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk-contacts example in both modes against a sandbox whose jobs run 600 times faster: the shipped sample (25
 * URLs, one "not-found", one "sandbox-error" in the second batch) copied into the input directory, read, enriched in
 * batches of 10 and merged back in order; and a file of one's own in the input directory, which is read instead.
 */
class BulkContactsTest {

    private static final int EMAIL_CREDITS = 4;
    private static final long EMAIL_PRICE = 40_000;
    private static final long FEE = 3_000;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} mode")
    @EnumSource(CladoMode.class)
    void enrichesTheSampleInBatchesAndMergesTheResultsInOrder(CladoMode mode) throws Exception {
        List<String> input = BulkBatches.urls(BulkContactsRoute.sample());
        assertThat(input).hasSize(25).doesNotHaveDuplicates();
        int errorRow = indexOf(input, "sandbox-error");
        int notFoundRow = indexOf(input, "not-found");
        // the scripted URLs are where the test expects them: one in each of the first two batches
        assertThat(notFoundRow / 10).isZero();
        assertThat(errorRow / 10).isEqualTo(1);

        BulkContactsRoute routes = new BulkContactsRoute();
        try (CladoSandbox sandbox = CladoSandbox.builder().speed(600).start();
                ExampleRun run = bulk(mode, sandbox, routes, 10)) {
            assertThat(run.run(Duration.ofSeconds(30)).failure()).isNull();

            // the sample was copied into the input directory and left there
            assertThat(dir.resolve("in/linkedin-urls.csv")).hasContent(BulkContactsRoute.sample());
            List<CSVRecord> rows = outputRows();
            assertThat(rows).extracting(row -> row.get("linkedin_url")).containsExactlyElementsOf(input);

            BulkBatches batches = routes.batches();
            assertThat(batches.batches()).extracting(b -> b.urls().size()).containsExactly(10, 10, 5);
            List<String> jobs = List.of(batches.jobOf(1), batches.jobOf(2), batches.jobOf(3));
            assertThat(jobs).doesNotContainNull().doesNotHaveDuplicates();
            assertThat(lastStatus(sandbox, jobs.get(0))).isEqualTo("completed");
            assertThat(lastStatus(sandbox, jobs.get(1))).isEqualTo("error");
            assertThat(lastStatus(sandbox, jobs.get(2))).isEqualTo("completed");

            // the failed batch: the sandbox fails it half-way, so its first 5 URLs have results and the others say why
            for (int i = 10; i < 20; i++) {
                CSVRecord row = rows.get(i);
                if (i < 15) {
                    assertThat(row.get("success")).isEqualTo("true");
                    assertThat(row.get("emails")).contains("@");
                    assertThat(row.get("error")).isEmpty();
                } else {
                    assertThat(row.get("success")).isEqualTo("false");
                    assertThat(row.get("emails")).isEmpty();
                    assertThat(row.get("error")).contains("batch 2").contains(jobs.get(1)).contains("ended error")
                            .contains("sandbox-error URL");
                }
            }
            assertThat(rows.get(errorRow).get("error")).contains("ended error");
            // the other batches: every URL enriched but the one Clado finds nothing for
            for (int i : rangeExcept(0, 25, 10, 20)) {
                CSVRecord row = rows.get(i);
                if (i == notFoundRow) {
                    assertThat(row.get("success")).isEqualTo("false");
                    assertThat(row.get("error")).isEqualTo("No contact information found");
                } else {
                    assertThat(row.get("success")).as("row %d", i).isEqualTo("true");
                    assertThat(row.get("emails")).contains("@");
                    assertThat(row.get("phones")).isEmpty();
                    assertThat(row.get("error")).isEmpty();
                }
            }

            long statusReads = jobs.stream().mapToLong(job -> sandbox.stats().statusPolls(job)).sum();
            assertThat(statusReads).isGreaterThanOrEqualTo(3);
            if (mode == CladoMode.mpp) {
                List<GatewayPayment> payments = sandbox.gateway().payments();
                Map<String, List<Long>> paid = payments.stream().collect(Collectors.groupingBy(GatewayPayment::operation,
                        Collectors.mapping(p -> p.amount().longValueExact(), Collectors.toList())));
                assertThat(paid).containsOnlyKeys("bulk-contacts", "bulk-contacts-status");
                // each batch is priced on its URLs, found or not, in the order they were submitted
                assertThat(paid.get("bulk-contacts")).containsExactly(FEE + 10 * EMAIL_PRICE, FEE + 10 * EMAIL_PRICE,
                        FEE + 5 * EMAIL_PRICE);
                assertThat(paid.get("bulk-contacts-status")).hasSize((int) statusReads).containsOnly(FEE);
                assertThat(payments).noneMatch(GatewayPayment::refunded);
                List<PaymentRecord> records = run.ledger().recordsSince(Instant.EPOCH);
                assertThat(records).hasSameSizeAs(payments)
                        .allSatisfy(record -> assertThat(record.status()).isEqualTo(PaymentStatus.SETTLED));
                assertThat(records.stream().map(PaymentRecord::amount).reduce(BigInteger.ZERO, BigInteger::add))
                        .isEqualTo(payments.stream().map(GatewayPayment::amount).reduce(BigInteger.ZERO, BigInteger::add));
            } else {
                long used = CladoSandbox.DEFAULT_CREDITS - sandbox.credits(sandbox.apiKey());
                // charged per contact found: the URLs the failing batch never reached cost nothing
                assertThat(used).isEqualTo(EMAIL_CREDITS * rows.stream().filter(row -> row.get("success").equals("true")).count())
                        .isLessThan(EMAIL_CREDITS * input.stream().filter(url -> !url.contains("not-found")).count());
                assertThat(run.calls().creditsUsed()).isEqualTo(used);
                assertThat(run.calls().perOperation()).containsOnly(Map.entry("clado:account/credits", 2L),
                        Map.entry("clado:bulkContacts/start", 3L), Map.entry("clado:bulkContacts/status", statusReads));
            }
        }
    }

    @Test
    void aFileOfOnesOwnInTheInputDirectoryIsReadInsteadOfTheSample() throws Exception {
        List<String> mine = List.of("https://www.linkedin.com/in/ada-lovelace", "https://www.linkedin.com/in/alan-turing",
                "https://www.linkedin.com/in/grace-hopper", "https://www.linkedin.com/in/edsger-dijkstra-not-found",
                "https://www.linkedin.com/in/barbara-liskov");
        Files.createDirectories(dir.resolve("in"));
        String csv = "name,linkedin_url\n" + mine.stream().map(url -> "someone," + url).collect(Collectors.joining("\n"))
                + "\n";
        Files.writeString(dir.resolve("in/linkedin-urls.csv"), csv);
        BulkContactsRoute routes = new BulkContactsRoute();
        try (CladoSandbox sandbox = CladoSandbox.builder().speed(600).start();
                ExampleRun run = bulk(CladoMode.direct, sandbox, routes, 2)) {
            assertThat(run.run(Duration.ofSeconds(30)).failure()).isNull();

            assertThat(dir.resolve("in/linkedin-urls.csv")).hasContent(csv);
            List<CSVRecord> rows = outputRows();
            assertThat(rows).extracting(row -> row.get("linkedin_url")).containsExactlyElementsOf(mine);
            assertThat(rows).extracting(row -> row.get("success")).containsExactly("true", "true", "true", "false", "true");
            assertThat(routes.batches().batches()).extracting(b -> b.urls().size()).containsExactly(2, 2, 1);
            for (int batch = 1; batch <= 3; batch++) {
                assertThat(lastStatus(sandbox, routes.batches().jobOf(batch))).isEqualTo("completed");
            }
            assertThat(CladoSandbox.DEFAULT_CREDITS - sandbox.credits(sandbox.apiKey())).isEqualTo(4L * EMAIL_CREDITS);
        }
    }

    private ExampleRun bulk(CladoMode mode, CladoSandbox sandbox, BulkContactsRoute routes, int batchSize)
            throws Exception {
        ExampleRun run = mode == CladoMode.mpp ? ExampleRun.mpp(sandbox, dir) : ExampleRun.direct(sandbox, dir);
        return run.property("bulk.input-dir", dir.resolve("in").toString())
                .property("bulk.output-dir", dir.resolve("out").toString())
                .property("bulk.batch-size", Integer.toString(batchSize))
                .routes(routes)
                .fastConsumer(BulkContactsRoute.EVENTS_ROUTE, BulkContactsRoute.EVENTS);
    }

    private List<CSVRecord> outputRows() throws Exception {
        Path csv = dir.resolve("out/contacts.csv");
        assertThat(csv).exists();
        try (Reader in = Files.newBufferedReader(csv)) {
            var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
            assertThat(parser.getHeaderNames()).containsExactly(ContactsCsv.COLUMNS);
            return parser.getRecords();
        }
    }

    private static String lastStatus(CladoSandbox sandbox, String jobId) {
        List<StatusChange> changes = sandbox.statusChanges(jobId);
        return changes.get(changes.size() - 1).status();
    }

    private static int indexOf(List<String> urls, String marker) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            if (urls.get(i).contains(marker)) {
                found.add(i);
            }
        }
        assertThat(found).as("rows containing %s", marker).hasSize(1);
        return found.get(0);
    }

    private static List<Integer> rangeExcept(int from, int to, int exceptFrom, int exceptTo) {
        List<Integer> range = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (i < exceptFrom || i >= exceptTo) {
                range.add(i);
            }
        }
        return range;
    }
}
