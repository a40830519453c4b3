package dev.camelclado.benchmarks.perf;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end-to-end measurements run, on a smoke effort, against the sandbox: every client reads for real and every
 * row carries figures. Nothing here judges a figure: timing claims live in the documented benchmark run.
 */
class EndToEndSectionsTest {

    @Test
    void producerOverheadComparesTheComponentWithItsBaselines() throws Exception {
        Section section = ProducerOverheadSection.run(Effort.smoke());
        List<String> clients = List.of("bare java.net.http, send", "bare java.net.http, sendAsync", "camel-http route",
                "clado component");
        assertThat(section.rows()).hasSize(clients.size() * ProducerOverheadSection.LOADS.size());
        assertThat(section.rows()).extracting(row -> row.get(0)).containsOnlyElementsOf(clients);
        assertThat(section.rows()).extracting(row -> row.get(1))
                .contains("1 thread", "4 threads", "1 thread, answers after 20 ms");
        assertThat(section.rows()).allSatisfy(row -> assertThat(row.get(2)).doesNotContain("n/a"));
        assertThat(section.findings()).hasSize(ProducerOverheadSection.LOADS.size())
                .allSatisfy(f -> assertThat(f).containsPattern("goal.*(met|missed)"));
    }

    @Test
    void concurrencyCountsWallTimeThreadsAndHeapPerRead() throws Exception {
        Section section = ConcurrencySection.run(Effort.smoke());
        assertThat(section.rows()).extracting(row -> row.get(0))
                .containsExactly("clado component", "bare java.net.http, sendAsync", "camel-http route + threads()");
        List<String> clado = section.rows().get(0);
        assertThat(clado.get(3)).endsWith("KiB");
        assertThat(section.rows()).allSatisfy(row -> assertThat(row.get(1)).matches("[0-9.,]+ \\(.*\\)"));
    }

    @Test
    void paymentCostTimesPaidAndDirectCallsAndTheDifference() throws Exception {
        Section section = PaymentCostSection.run(Effort.smoke());
        assertThat(section.rows()).extracting(row -> row.get(0))
                .containsExactly("direct (Bearer key)", "mpp (paid per call)", "added by paying");
        assertThat(section.findings()).singleElement().asString().contains("Paying adds");
    }

    @Test
    void resultMemoryWeighsEachFormOfTheLargeResult() throws Exception {
        Section section = ResultMemorySection.run(Effort.smoke());
        assertThat(section.rows()).hasSize(4).allSatisfy(row -> assertThat(row.get(1)).doesNotStartWith("-"));
    }

    @Test
    void aSpreadIsTheMedianAndRangeOfItsRounds() {
        Spread spread = Spread.of(List.of(3.0, 1.0, 10.0, 2.0));
        assertThat(spread.median()).isEqualTo(2.5);
        assertThat(spread.format(1)).isEqualTo("2.5 (1.0–10.0)");
        Samples samples = new Samples();
        for (int i = 1; i <= 2000; i++) {
            samples.add(i);
        }
        assertThat(samples.percentile(0.5)).isEqualTo(1000);
        assertThat(samples.percentile(0.99)).isEqualTo(1980);
    }
}
