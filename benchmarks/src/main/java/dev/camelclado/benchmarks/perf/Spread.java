package dev.camelclado.benchmarks.perf;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One figure measured over several rounds: the median is what the report states, the minimum and maximum show how
 * much the rounds disagreed. Warm-up rounds never get here.
 */
public record Spread(double median, double min, double max, int rounds) {

    public static Spread of(List<Double> perRound) {
        if (perRound.isEmpty()) {
            throw new IllegalArgumentException("no measured round");
        }
        double[] values = perRound.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(values);
        return new Spread(Samples.median(values), values[0], values[values.length - 1], values.length);
    }

    /** {@code 1,234 (1,200–1,300)} with the given number of decimals. */
    public String format(int decimals) {
        return number(median, decimals) + " (" + number(min, decimals) + "–" + number(max, decimals) + ")";
    }

    public static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
