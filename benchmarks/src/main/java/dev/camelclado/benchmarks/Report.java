package dev.camelclado.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import dev.camelclado.component.CladoMode;

/** Turns the outcomes of each strategy into the figures the docs publish. */
final class Report {

    /** What the gateway charges per status read ($0.003 in base units of 6 decimals). */
    static final long READ_PRICE = 3_000;

    record Figures(String strategy, CladoMode mode, int jobs, double readsPerJob, double dollarsPerJob,
            boolean dollarsMeasured, double medianDelayShare, double p90DelayShare, double medianCompletionShare,
            double medianDelaySeconds, int missed, int duplicates) {
    }

    private Report() {
    }

    static Figures figures(Strategy strategy, List<JobOutcome> outcomes) {
        double reads = outcomes.stream().mapToLong(JobOutcome::reads).average().orElse(0);
        boolean measured = strategy.mode() == CladoMode.mpp;
        double dollars = measured
                ? outcomes.stream().mapToLong(JobOutcome::readCost).average().orElse(0) / 1e6
                : reads * READ_PRICE / 1e6;
        List<Double> shares = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        List<Double> completions = new ArrayList<>();
        for (JobOutcome outcome : outcomes) {
            for (Duration delay : outcome.delays()) {
                shares.add(outcome.delayShare(delay));
                seconds.add(delay.toNanos() / 1e9);
            }
            if (outcome.completion() != null) {
                completions.add(outcome.delayShare(outcome.completion()));
            }
        }
        return new Figures(strategy.name(), strategy.mode(), outcomes.size(), reads, dollars, measured,
                percentile(shares, 0.5), percentile(shares, 0.9), percentile(completions, 0.5),
                percentile(seconds, 0.5), outcomes.stream().mapToInt(JobOutcome::missed).sum(),
                outcomes.stream().mapToInt(JobOutcome::duplicates).sum());
    }

    /** Reads per job by job length, to show where adaptive reading saves and where it costs. */
    static Map<String, Double> readsByLength(List<JobOutcome> outcomes) {
        Map<String, Predicate<JobOutcome>> buckets = new LinkedHashMap<>();
        buckets.put("under 2 min", o -> o.job().duration().compareTo(Duration.ofMinutes(2)) < 0);
        buckets.put("2 to 6 min", o -> o.job().duration().compareTo(Duration.ofMinutes(2)) >= 0
                && o.job().duration().compareTo(Duration.ofMinutes(6)) < 0);
        buckets.put("6 min and more", o -> o.job().duration().compareTo(Duration.ofMinutes(6)) >= 0);
        Map<String, Double> reads = new LinkedHashMap<>();
        buckets.forEach((name, bucket) -> reads.put(name, outcomes.stream().filter(bucket)
                .mapToLong(JobOutcome::reads).average().orElse(Double.NaN)));
        return reads;
    }

    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String dollars(double value) {
        return String.format(Locale.ROOT, "$%.4f", value);
    }
}
