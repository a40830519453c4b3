package dev.camelclado.benchmarks.perf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Version;

/**
 * Issue 8, "Payment cost": signatures per second on one core and the client's CPU cost of answering a 402, from
 * {@link PaymentMicroBenchmarks} run by JMH.
 */
public final class PaymentMicroSection {

    /** The goal for everything a payment adds to a call, at the median. */
    static final double GOAL_MICROS = 2_000;
    static final String ALLOCATION = "gc.alloc.rate.norm";

    /** Row order and what each benchmark covers, for the table. */
    static final Map<String, String> BENCHMARKS = new LinkedHashMap<>();

    static {
        BENCHMARKS.put("signCharge", "`TempoChargeSigner.sign`: the transferWithMemo transaction, RLP, keccak,"
                + " secp256k1 signature");
        BENCHMARKS.put("challengeToCredential", "`MppClient`'s turn without the ledger: `ChallengeParser.parse`,"
                + " `PaymentPolicy.check`, `gasFor`, `sign`, `PaymentCredential.headerValue`");
        BENCHMARKS.put("verifyCharge", "the sandbox gateway's `ChargeVerifier.verify` of that credential");
    }

    private PaymentMicroSection() {
    }

    public static Section run(Effort effort) throws RunnerException {
        int warmups = effort.quick() ? 1 : 3;
        int iterations = effort.quick() ? 1 : 5;
        TimeValue iterationTime = effort.quick() ? TimeValue.milliseconds(200) : TimeValue.seconds(1);
        // a fork of its own, so that the suite's earlier sections leave no JIT profile or garbage behind; it takes
        // java.class.path, which exec:exec and surefire both set to the full class path, so the smoke run forks too
        Options options = new OptionsBuilder()
                .include(PaymentMicroBenchmarks.class.getName() + "\\.")
                .forks(1)
                .jvmArgs("-Xms1g", "-Xmx1g", "-XX:+UseG1GC")
                .threads(1)
                .warmupIterations(warmups)
                .warmupTime(iterationTime)
                .measurementIterations(iterations)
                .measurementTime(iterationTime)
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .verbosity(effort.quick() ? VerboseMode.SILENT : VerboseMode.NORMAL)
                .build();
        Collection<RunResult> results = new Runner(options).run();

        Section section = new Section("3b. Payment work on one core (JMH)",
                "Benchmark", "Work measured", "Operations/s", "µs per operation", "Bytes allocated per operation");
        section.describe("JMH " + Version.getPlainVersion() + ", one thread, one fork (`-Xms1g -Xmx1g -XX:+UseG1GC`), "
                + warmups + " warm-up iteration(s) discarded, then " + iterations + " measured iteration(s) of "
                + iterationTime + "; median (min–max) over the measured iterations. Allocation per operation from"
                + " JMH's GC profiler (`" + ALLOCATION + "`). The challenges are the sandbox gateway's for deep-research"
                + " status reads ($0.003, each bound to its request by `opaque`), issued by its `ChallengeIssuer`;"
                + " invocations cycle through " + PaymentMicroBenchmarks.POOL + " of them, so that signatures differ"
                + " as real payments' do. Gas is fixed: no Tempo node is asked and nothing leaves the process.");
        Map<String, RunResult> byName = new LinkedHashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            byName.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), result);
        }
        Spread signatures = null;
        Spread credentialMicros = null;
        for (Map.Entry<String, String> benchmark : BENCHMARKS.entrySet()) {
            RunResult result = byName.get(benchmark.getKey());
            if (result == null) {
                throw new IllegalStateException("JMH ran no " + benchmark.getKey() + ": " + byName.keySet());
            }
            List<Double> perSecond = new ArrayList<>();
            List<Double> micros = new ArrayList<>();
            List<Double> bytes = new ArrayList<>();
            for (BenchmarkResult fork : result.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    double score = iteration.getPrimaryResult().getScore();
                    perSecond.add(score);
                    micros.add(1e6 / score);
                    Result allocated = iteration.getSecondaryResults().get(ALLOCATION);
                    if (allocated != null) {
                        bytes.add(allocated.getScore());
                    }
                }
            }
            Spread rate = Spread.of(perSecond);
            Spread time = Spread.of(micros);
            section.row("`" + benchmark.getKey() + "`", benchmark.getValue(), rate.format(0), time.format(1),
                    bytes.isEmpty() ? "n/a" : Spread.number(Spread.of(bytes).median(), 0));
            if (benchmark.getKey().equals("signCharge")) {
                signatures = rate;
            } else if (benchmark.getKey().equals("challengeToCredential")) {
                credentialMicros = time;
            }
        }
        section.finding(String.format(Locale.ROOT, "One core signs %s Tempo charges per second (`signCharge`, median"
                + " of the iterations).", Spread.number(signatures.median(), 0)));
        boolean within = credentialMicros.median() < GOAL_MICROS;
        section.finding(String.format(Locale.ROOT, "Goal: under 2 ms p50 added per paid call. Turning a 402 challenge"
                + " into a credential takes %s µs of CPU on one core (median; %s–%s µs over the iterations), %.0f %% of"
                + " that budget, so the CPU part alone %s it. This is only the CPU part: the ledger, the hand-off to"
                + " the signing executor and the paid retry's HTTP exchange are in the end-to-end figure measured"
                + " elsewhere in this report.", Spread.number(credentialMicros.median(), 0),
                Spread.number(credentialMicros.min(), 0), Spread.number(credentialMicros.max(), 0),
                100 * credentialMicros.median() / GOAL_MICROS, within ? "fits within" : "already exceeds"));
        return section;
    }
}
