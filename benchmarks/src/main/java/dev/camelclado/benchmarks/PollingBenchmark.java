package dev.camelclado.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelclado.component.CladoMode;

/**
 * How many status reads (and, in mpp mode, how many dollars) the consumer spends per deep-research job, and how
 * soon after each status change it emits it, for the adaptive schedule and for fixed 2 s and 10 s polling. The jobs
 * run in the sandbox on a fast clock (60 × by default), and so does the consumer's schedule, so the figures are in
 * job time as on the real API.
 *
 * <pre>
 * ./mvnw -q -Pbench -DskipTests package -pl benchmarks -am -Dbenchmark=dev.camelclado.benchmarks.PollingBenchmark
 *   [-Dbenchmark.args="-Dbenchmark.jobs=60 -Dbenchmark.speed=60 -Dbenchmark.seed=42"]
 * </pre>
 */
public final class PollingBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(PollingBenchmark.class);

    private PollingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int jobs = Integer.getInteger("benchmark.jobs", 60);
        double speed = Double.parseDouble(System.getProperty("benchmark.speed", "60"));
        long seed = Long.getLong("benchmark.seed", 42L);
        Path output = Path.of(System.getProperty("benchmark.output",
                System.getProperty("benchmark.target", "target") + "/polling-benchmark.adoc"));
        String report = run(jobs, speed, seed);
        System.out.println(report);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.writeString(output, report);
        LOG.info("written to {}", output.toAbsolutePath());
    }

    public static String run(int size, double speed, long seed) throws Exception {
        List<BenchmarkJob> population = JobPopulation.generate(size, Duration.ofMinutes(5), seed);
        List<Strategy> strategies = List.of(Strategy.adaptive(CladoMode.direct), Strategy.adaptive(CladoMode.mpp),
                Strategy.fixed(10), Strategy.fixed(2));
        List<Report.Figures> figures = new ArrayList<>();
        Map<String, Map<String, Double>> byLength = new LinkedHashMap<>();
        for (Strategy strategy : strategies) {
            long started = System.nanoTime();
            List<JobOutcome> outcomes = StrategyRun.run(strategy, population, speed);
            figures.add(Report.figures(strategy, outcomes));
            byLength.put(strategy.name(), Report.readsByLength(outcomes));
            LOG.info("{}: done in {} s", strategy.name(), (System.nanoTime() - started) / 1_000_000_000);
        }
        return asciidoc(population, speed, seed, figures, byLength);
    }

    private static String asciidoc(List<BenchmarkJob> population, double speed, long seed, List<Report.Figures> figures,
            Map<String, Map<String, Double>> byLength) {
        Report.Figures tenSeconds = figures.stream().filter(f -> f.strategy().equals("fixed 10 s")).findFirst()
                .orElseThrow();
        double medianMinutes = Report.percentile(population.stream()
                .map(j -> j.duration().toMillis() / 60_000.0).toList(), 0.5);
        StringBuilder doc = new StringBuilder();
        doc.append(String.format(Locale.ROOT, "%d deep-research jobs (median %.1f min, 30 s to 15 min), arriving over"
                + " 5 minutes; sandbox clock %.0f x, seed %d.%n%n", population.size(), medianMinutes, speed, seed));
        doc.append("[cols=\"3,2,2,2,2,2,2,1\",options=\"header\"]\n|===\n");
        doc.append("| Schedule | Reads per job | vs fixed 10 s | Dollars per job (mpp) | Median delay"
                + " | 90th pct delay | Median delay of the end | Missed / repeated\n");
        for (Report.Figures f : figures) {
            doc.append("| ").append(f.strategy())
                    .append(" | ").append(Report.number(f.readsPerJob()))
                    .append(" | ").append(Report.percent(f.readsPerJob() / tenSeconds.readsPerJob()))
                    .append(" | ").append(Report.dollars(f.dollarsPerJob())).append(f.dollarsMeasured() ? " (paid)" : "")
                    .append(" | ").append(Report.percent(f.medianDelayShare())).append(" (")
                    .append(Report.number(f.medianDelaySeconds())).append(" s)")
                    .append(" | ").append(Report.percent(f.p90DelayShare()))
                    .append(" | ").append(Report.percent(f.medianCompletionShare()))
                    .append(" | ").append(f.missed()).append(" / ").append(f.duplicates())
                    .append('\n');
        }
        doc.append("|===\n\n");
        doc.append("Reads per job by job length:\n\n[cols=\"3,2,2,2\",options=\"header\"]\n|===\n| Schedule");
        byLength.values().iterator().next().keySet().forEach(bucket -> doc.append(" | ").append(bucket));
        doc.append('\n');
        byLength.forEach((strategy, reads) -> {
            doc.append("| ").append(strategy);
            reads.values().forEach(value -> doc.append(" | ").append(Report.number(value)));
            doc.append('\n');
        });
        doc.append("|===\n");
        return doc.toString();
    }

}
