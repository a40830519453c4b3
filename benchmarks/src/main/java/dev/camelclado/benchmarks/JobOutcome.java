package dev.camelclado.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * What watching one job took: the status reads the sandbox served for it, what they cost (measured in mpp mode),
 * and for each status change after the start how long after it really happened the route received it.
 *
 * @param delays      detection delays of the changes after the start, in order
 * @param completion  detection delay of the job's end
 * @param missed      changes the route never received (none when the consumer works)
 */
record JobOutcome(BenchmarkJob job, long reads, long readCost, List<Duration> delays, Duration completion,
        int missed, int duplicates) {

    double delayShare(Duration delay) {
        return (double) delay.toNanos() / job.duration().toNanos();
    }
}
