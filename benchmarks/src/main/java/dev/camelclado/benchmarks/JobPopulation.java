package dev.camelclado.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.camelclado.sandbox.ProgressCurve;

/**
 * A reproducible population of deep-research jobs. Clado says jobs take "several minutes"; durations here are
 * log-normal around 4 minutes (σ 0.7), kept between 30 s and 15 min. A job spends 2–8 % of its time pending, 30–55 %
 * searching and the rest processing. Progress grows linearly for 40 % of jobs; the others start slow (ease-in),
 * start fast (ease-out) or move in four steps, so that a schedule that trusts progress is tested where it is wrong.
 */
final class JobPopulation {

    private static final Duration SHORTEST = Duration.ofSeconds(30);
    private static final Duration LONGEST = Duration.ofMinutes(15);
    private static final ProgressCurve[] CURVES = { ProgressCurve.LINEAR, ProgressCurve.LINEAR, ProgressCurve.EASE_IN,
        ProgressCurve.EASE_OUT, ProgressCurve.STEPS };
    private static final int[] LIMITS = { 10, 20, 30, 50, 100 };

    private JobPopulation() {
    }

    /** {@code size} jobs arriving uniformly over {@code arrivals}, the same for the same seed. */
    static List<BenchmarkJob> generate(int size, Duration arrivals, long seed) {
        Random random = new Random(seed);
        List<BenchmarkJob> jobs = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            double seconds = Math.exp(Math.log(240) + 0.7 * random.nextGaussian());
            seconds = Math.max(SHORTEST.toSeconds(), Math.min(LONGEST.toSeconds(), seconds));
            long total = (long) (seconds * 1000);
            long pending = (long) (total * (0.02 + 0.06 * random.nextDouble()));
            long searching = (long) (total * (0.30 + 0.25 * random.nextDouble()));
            long processing = total - pending - searching;
            Duration arrival = Duration.ofMillis((long) (arrivals.toMillis() * random.nextDouble()));
            jobs.add(new BenchmarkJob(i, arrival, Duration.ofMillis(pending), Duration.ofMillis(searching),
                    Duration.ofMillis(processing), CURVES[random.nextInt(CURVES.length)],
                    LIMITS[random.nextInt(LIMITS.length)]));
        }
        return jobs;
    }
}
