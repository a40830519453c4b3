package dev.camelclado.benchmarks;

import java.time.Duration;

import dev.camelclado.sandbox.JobTimeline;
import dev.camelclado.sandbox.ProgressCurve;

/**
 * One deep-research job of the simulated population: when it is started (after the run begins), how long each
 * status lasts, how its progress grows, and how many results it asks for.
 */
record BenchmarkJob(int number, Duration arrival, Duration pending, Duration searching, Duration processing,
        ProgressCurve curve, int limit) {

    /** The query the job is started with; the sandbox's timeline policy reads the number back from it. */
    String query() {
        return "benchmark job " + number;
    }

    static int numberOf(String query) {
        return Integer.parseInt(query.substring("benchmark job ".length()));
    }

    Duration duration() {
        return pending.plus(searching).plus(processing);
    }

    JobTimeline timeline() {
        return JobTimeline.of(pending, searching, processing).withCurve(curve);
    }
}
