package dev.camelclado.benchmarks.perf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.camelclado.component.CladoConstants;
import dev.camelclado.component.model.DeepResearchStatus;
import dev.camelclado.sandbox.CladoSandbox;

/**
 * Issue 8, measurement 4b: the heap a deep-research result of 1,000 profiles holds once read, as the component's
 * model, as the {@code Map} a camel-http route unmarshals, as raw bytes, and as one page of 100 when read by pages
 * (how the consumer's {@code resultsMode=pages} and the producer's page headers keep memory flat).
 */
final class ResultMemorySection {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Several copies held at once, so that one measurement is well above the collector's noise. */
    private static final int COPIES = 5;
    private static final int PAGE_SIZE = 100;

    private ResultMemorySection() {
    }

    static Section run(Effort effort) throws Exception {
        List<Double> bytes = new ArrayList<>();
        List<Double> model = new ArrayList<>();
        List<Double> map = new ArrayList<>();
        List<Double> page = new ArrayList<>();
        int bodyLength;
        try (CladoSandbox sandbox = BenchSandbox.start(Duration.ZERO)) {
            CamelContext context = BenchSandbox.directApplication(sandbox);
            context.start();
            try (ProducerTemplate template = context.createProducerTemplate()) {
                HttpClient client = HttpClient.newHttpClient();
                HttpRequest request = HttpRequest.newBuilder(URI.create(
                        BenchSandbox.statusUrl(sandbox, BenchSandbox.LARGE_JOB)))
                        .header("Authorization", "Bearer " + BenchSandbox.API_KEY).build();
                Callable<byte[]> raw = () -> client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
                Callable<DeepResearchStatus> all = () -> results(template, null, BenchSandbox.LARGE_JOB_RESULTS);
                Callable<DeepResearchStatus> onePage = () -> results(template, PAGE_SIZE, PAGE_SIZE);
                Callable<Map<?, ?>> asMap = () -> MAPPER.readValue(raw.call(), Map.class);
                bodyLength = raw.call().length;
                for (int round = 0; round < effort.warmups() + effort.rounds(); round++) {
                    double b = retained(raw);
                    double m = retained(all);
                    double j = retained(asMap);
                    double p = retained(onePage);
                    if (round >= effort.warmups()) {
                        bytes.add(b);
                        model.add(m);
                        map.add(j);
                        page.add(p);
                    }
                }
            } finally {
                context.close();
            }
        }
        Section section = new Section("4b. Memory: a deep-research result of 1,000 profiles",
                "Held as", "Retained heap KiB", "Per profile bytes");
        section.describe(String.format(Locale.ROOT, "A completed deep research of %,d profiles read from the sandbox:"
                + " its JSON answer is %,d bytes. Retained heap: used heap after a full collection with %d copies"
                + " held, minus before, divided by %d; %d warm-up round(s) discarded, median (min–max) over %d rounds.",
                BenchSandbox.LARGE_JOB_RESULTS, bodyLength, COPIES, COPIES, effort.warmups(), effort.rounds()));
        row(section, "raw JSON bytes", bytes, BenchSandbox.LARGE_JOB_RESULTS);
        row(section, "clado component: `DeepResearchStatus` (all results)", model, BenchSandbox.LARGE_JOB_RESULTS);
        row(section, "camel-http + `unmarshal().json()`: `Map`", map, BenchSandbox.LARGE_JOB_RESULTS);
        row(section, "clado component: one page of " + PAGE_SIZE + " (`CamelCladoPageSize`)", page, PAGE_SIZE);
        double modelMedian = Spread.of(model).median();
        double mapMedian = Spread.of(map).median();
        section.finding(String.format(Locale.ROOT, "The typed result holds %.2f× the heap of the generic `Map` and"
                + " %.1f× its JSON size; read by pages of %d, what is held at a time stays at one page (%.0f KiB),"
                + " whatever the job's size.", modelMedian / mapMedian, modelMedian / bodyLength, PAGE_SIZE,
                Spread.of(page).median() / 1024));
        return section;
    }

    private static DeepResearchStatus results(ProducerTemplate template, Integer pageSize, int expected)
            throws Exception {
        DeepResearchStatus status = template.request("clado:deepResearch/status?jobId=" + BenchSandbox.LARGE_JOB, e -> {
            if (pageSize != null) {
                e.getMessage().setHeader(CladoConstants.PAGE, 1);
                e.getMessage().setHeader(CladoConstants.PAGE_SIZE, pageSize);
            }
        }).getMessage().getMandatoryBody(DeepResearchStatus.class);
        if (status.getResults() == null || status.getResults().size() != expected) {
            throw new IllegalStateException("expected " + expected + " results, got "
                    + (status.getResults() == null ? null : status.getResults().size()));
        }
        return status;
    }

    private static double retained(Callable<?> read) throws Exception {
        List<Object> held = new ArrayList<>(COPIES);
        long before = ConcurrencySection.usedHeapAfterGc();
        for (int i = 0; i < COPIES; i++) {
            held.add(read.call());
        }
        long after = ConcurrencySection.usedHeapAfterGc();
        java.lang.ref.Reference.reachabilityFence(held);
        return (double) (after - before) / COPIES;
    }

    private static void row(Section section, String heldAs, List<Double> perCopy, int profiles) {
        Spread spread = Spread.of(perCopy);
        section.row(heldAs, Spread.of(perCopy.stream().map(b -> b / 1024).toList()).format(0),
                Spread.number(spread.median() / profiles, 0));
    }
}
