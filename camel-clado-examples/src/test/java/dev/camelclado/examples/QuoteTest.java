package dev.camelclado.examples;

import java.io.Reader;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.camelclado.component.CladoMode;
import dev.camelclado.mpp.ledger.PaymentRecord;
import dev.camelclado.mpp.ledger.PaymentStatus;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.SandboxStats;
import dev.camelclado.sandbox.gateway.GatewayPayment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quote example: in mpp mode each request is quoted by the sandbox gateway (its 402, nothing paid) and paid only
 * when under quote.max-price; in direct mode, which has no quotes, the price comes from Clado's credit prices and the
 * request is made (and charged in credits) only when under the same limit.
 */
class QuoteTest {

    private static final String SEARCH = "search people (limit 50)";
    private static final String RESEARCH = "deep research (limit 30)";
    private static final String CONTACTS = "contacts of https://www.linkedin.com/in/mei-rahman";

    @TempDir
    Path output;

    @ParameterizedTest(name = "max price {0}: {1} made")
    @CsvSource({ "350000, 2", "600000, 3" })
    void paysOnlyTheQuotedCallsUnderTheLimit(long maxPrice, int made) throws Exception {
        try (CladoSandbox sandbox = CladoSandbox.builder().speed(600).start();
                ExampleRun run = quote(CladoMode.mpp, sandbox, maxPrice)) {
            assertThat(run.run(Duration.ofSeconds(30)).failure()).isNull();

            List<CSVRecord> decisions = decisions();
            assertThat(decisions).extracting(row -> row.get("request")).containsExactly(SEARCH, RESEARCH, CONTACTS);
            // the gateway's prices: $0.003 + $0.01 a result asked for; $0.003 + $0.04 for an email
            assertThat(decisions).extracting(row -> Long.parseLong(row.get("price"))).containsExactly(503_000L, 303_000L,
                    43_000L);
            assertThat(decisions).allSatisfy(row -> assertThat(row.get("price_source")).contains("quoted by the gateway"));
            List<String> expected = made == 2 ? List.of("skipped", "made", "made") : List.of("made", "made", "made");
            assertThat(decisions).extracting(row -> row.get("decision")).containsExactlyElementsOf(expected);
            if (made == 2) {
                assertThat(decisions.get(0).get("reason")).contains("over quote.max-price");
            }

            // exactly the calls under the limit were paid, each at its quoted price; the quotes paid nothing
            List<GatewayPayment> payments = sandbox.gateway().payments();
            List<String> paidOperations = made == 2 ? List.of("deep-research", "contacts")
                    : List.of("search", "deep-research", "contacts");
            assertThat(payments).extracting(GatewayPayment::operation).containsExactlyElementsOf(paidOperations);
            List<Long> madePrices = decisions.stream().filter(row -> row.get("decision").equals("made"))
                    .map(row -> Long.parseLong(row.get("price"))).toList();
            assertThat(payments).extracting(p -> p.amount().longValueExact()).containsExactlyElementsOf(madePrices);
            assertThat(decisions.stream().filter(row -> row.get("decision").equals("made"))
                    .map(row -> Long.parseLong(row.get("paid")))).containsExactlyElementsOf(madePrices);
            // every request reached the gateway once unpaid (its quote, answered 402), and the made ones once more, paid
            List<SandboxStats.RecordedRequest> gatewayRequests = sandbox.stats().recentRequests().stream()
                    .filter(r -> r.path().startsWith("/clado/")).toList();
            assertThat(gatewayRequests.stream().filter(r -> r.status() == 402 && r.header("Authorization") == null)
                    .map(SandboxStats.RecordedRequest::path)).containsSubsequence("/clado/search", "/clado/deep-research",
                            "/clado/contacts");
            assertThat(gatewayRequests.stream().filter(r -> r.header("Authorization") != null)).hasSize(made);
            List<PaymentRecord> records = run.ledger().recordsSince(Instant.EPOCH);
            assertThat(records).hasSize(made).allSatisfy(r -> assertThat(r.status()).isEqualTo(PaymentStatus.SETTLED));
            assertThat(records.stream().map(PaymentRecord::amount).reduce(BigInteger.ZERO, BigInteger::add))
                    .isEqualTo(BigInteger.valueOf(madePrices.stream().mapToLong(Long::longValue).sum()));
        }
    }

    @Test
    void inDirectModeThereIsNoQuoteAndTheCreditPriceDecides() throws Exception {
        try (CladoSandbox sandbox = CladoSandbox.builder().speed(600).start();
                ExampleRun run = quote(CladoMode.direct, sandbox, 350_000)) {
            assertThat(run.run(Duration.ofSeconds(30)).failure()).isNull();

            List<CSVRecord> decisions = decisions();
            assertThat(decisions).extracting(row -> row.get("request")).containsExactly(SEARCH, RESEARCH, CONTACTS);
            // a credit is $0.01 (10000 base units): 50 and 30 results at most, one email
            assertThat(decisions).extracting(row -> Long.parseLong(row.get("price"))).containsExactly(500_000L, 300_000L,
                    40_000L);
            assertThat(decisions).allSatisfy(row -> assertThat(row.get("price_source")).contains("credit prices"));
            assertThat(decisions).extracting(row -> row.get("decision")).containsExactly("skipped", "made", "made");
            assertThat(decisions).allSatisfy(row -> assertThat(row.get("paid")).isEmpty());

            // the skipped search never reached Clado; the others were charged in credits, as priced
            assertThat(sandbox.stats().requests("GET /api/search")).isZero();
            assertThat(sandbox.stats().requests("POST /api/search/deep_research")).isEqualTo(1);
            assertThat(sandbox.stats().requests("GET /api/enrich/contacts")).isEqualTo(1);
            long used = CladoSandbox.DEFAULT_CREDITS - sandbox.credits(sandbox.apiKey());
            assertThat(used).isEqualTo(30 + 4);
            assertThat(run.calls().creditsUsed()).isEqualTo(used);
            assertThat(run.calls().perOperation()).containsOnly(Map.entry("clado:account/credits", 2L),
                    Map.entry("clado:deepResearch/start", 1L), Map.entry("clado:contacts/get", 1L));
            assertThat(sandbox.gateway().payments()).isEmpty();
        }
    }

    private ExampleRun quote(CladoMode mode, CladoSandbox sandbox, long maxPrice) throws Exception {
        ExampleRun run = mode == CladoMode.mpp ? ExampleRun.mpp(sandbox, output) : ExampleRun.direct(sandbox, output);
        return run.property("quote.max-price", Long.toString(maxPrice))
                .property("quote.search-limit", "50")
                .property("quote.research-limit", "30")
                .property("quote.contact-url", "https://www.linkedin.com/in/mei-rahman")
                .property("quote.output-dir", output.toString())
                .routes(new QuoteRoute());
    }

    private List<CSVRecord> decisions() throws Exception {
        Path csv = output.resolve("decisions.csv");
        assertThat(csv).exists();
        try (Reader in = Files.newBufferedReader(csv)) {
            var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
            assertThat(parser.getHeaderNames()).containsExactly(QuoteDecisions.COLUMNS);
            return parser.getRecords();
        }
    }
}
