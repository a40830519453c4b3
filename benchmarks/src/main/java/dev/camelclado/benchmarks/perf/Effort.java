package dev.camelclado.benchmarks.perf;

/**
 * How hard a run measures. The documented run uses {@link #full()}; the unit test runs every section with
 * {@link #smoke()} only to prove the harness works end to end (its figures mean nothing and are never asserted).
 *
 * @param warmups rounds run first and thrown away (JIT, connection pools, class loading)
 * @param rounds  measured rounds; the report gives their median and range
 * @param scale   1 for the documented run; smaller shortens rounds and request counts proportionally
 */
public record Effort(int warmups, int rounds, double scale, boolean quick) {

    public static Effort full() {
        return new Effort(2, 5, 1.0, false);
    }

    public static Effort smoke() {
        return new Effort(1, 2, 0.05, true);
    }

    public static Effort fromSystemProperties() {
        return Boolean.getBoolean("benchmark.quick") ? smoke() : full();
    }

    /** {@code full} scaled down in a smoke run, never below {@code floor}. */
    public int scaled(int full, int floor) {
        return Math.max(floor, (int) Math.round(full * scale));
    }
}
