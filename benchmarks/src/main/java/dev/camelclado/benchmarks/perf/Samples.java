package dev.camelclado.benchmarks.perf;

import java.util.Arrays;

/** The latencies (or any long values) of one round, growing as they come; not thread-safe: one per thread. */
public final class Samples {

    private long[] values = new long[1024];
    private int size;

    public void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    public void addAll(Samples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    public int size() {
        return size;
    }

    /** Nearest-rank percentile, {@code p} in [0, 1]; NaN when empty. */
    public double percentile(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, index))];
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
