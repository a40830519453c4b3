package dev.camelclado.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelclado.component.model.CladoModels;
import dev.camelclado.component.model.DeepResearchStatus;
import dev.camelclado.component.watch.JobKind;
import dev.camelclado.component.watch.JobObservation;
import dev.camelclado.component.watch.JobProgress;
import dev.camelclado.component.watch.JobWatch;
import dev.camelclado.component.watch.PollSchedule;
import dev.camelclado.sandbox.StatusChange;
import dev.camelclado.sandbox.state.Account;
import dev.camelclado.sandbox.state.DeepResearchJob;
import dev.camelclado.sandbox.state.JobStore;

/**
 * The schedule alone, without HTTP, threads or a real clock: each read of each job is computed from the sandbox's
 * own job model at the instant the schedule chose, and recorded the way the consumer records it. It runs a large
 * population in a second, to tune the schedule and to guard it in a test; {@link PollingBenchmark} measures the
 * whole consumer against the sandbox.
 */
final class ScheduleSimulation {

    /** What watching one job took: reads (the results read at the end included) and the delay of each change. */
    record Outcome(BenchmarkJob job, int reads, List<Double> delayShares, double endDelayShare) {
    }

    private static final Instant START = Instant.parse("2026-11-01T09:00:00Z");

    private ScheduleSimulation() {
    }

    static List<Outcome> run(List<BenchmarkJob> jobs, PollSchedule schedule) {
        Map<Integer, BenchmarkJob> byNumber = new HashMap<>();
        jobs.forEach(job -> byNumber.put(job.number(), job));
        JobStore store = new JobStore(1, Duration.ofDays(7),
                spec -> byNumber.get(BenchmarkJob.numberOf(spec.query())).timeline());
        Account account = new Account("lk_simulation", Long.MAX_VALUE / 4, START);
        List<Outcome> outcomes = new ArrayList<>();
        for (BenchmarkJob job : jobs) {
            outcomes.add(watch(store.startDeepResearch(account, job.query(), List.of(), job.limit(), 1_000, START),
                    job, schedule));
        }
        return outcomes;
    }

    private static Outcome watch(DeepResearchJob job, BenchmarkJob spec, PollSchedule schedule) {
        JobWatch watch = new JobWatch(job.id(), JobKind.DEEP_RESEARCH);
        watch.setRegisteredAt(START);
        watch.setRunStartedAt(START);
        watch.setResultTarget(spec.limit());
        watch.setResultBase(0);
        Map<String, Instant> firstSeen = new HashMap<>();
        int reads = 0;
        Instant now = schedule.first(watch);
        while (true) {
            boolean expectingEnd = "processing".equals(watch.getObservedStatus())
                    && predictedEndPassed(watch, now);
            DeepResearchStatus answer = answer(job.snapshot(now));
            JobObservation.record(watch, JobProgress.of(answer, watch), now);
            reads++;
            firstSeen.putIfAbsent(answer.getStatus(), now);
            if (answer.isTerminal()) {
                if (!expectingEnd) {
                    // the consumer reads the results once more, as it does for a read that did not expect the end
                    reads++;
                }
                break;
            }
            now = schedule.next(watch, now);
        }
        List<StatusChange> truth = job.statusChanges(now);
        List<Double> shares = new ArrayList<>();
        double end = Double.NaN;
        for (int i = 1; i < truth.size(); i++) {
            StatusChange change = truth.get(i);
            // a status too short for any read to see it counts as seen when a later one is
            Instant seen = null;
            for (int later = i; later < truth.size() && seen == null; later++) {
                seen = firstSeen.get(truth.get(later).status());
            }
            double share = (double) Duration.between(change.at(), seen).toNanos() / spec.duration().toNanos();
            shares.add(share);
            if (change.status().equals("completed") || change.status().equals("error")) {
                end = share;
            }
        }
        return new Outcome(spec, reads, shares, end);
    }

    private static boolean predictedEndPassed(JobWatch watch, Instant now) {
        Instant predicted = dev.camelclado.component.watch.AdaptivePollSchedule.predictedStatusEnd(watch);
        return predicted != null && !predicted.isAfter(now);
    }

    private static DeepResearchStatus answer(DeepResearchJob.Snapshot snapshot) {
        ObjectNode json = CladoModels.MAPPER.createObjectNode();
        json.put("status", snapshot.status());
        json.put("search_chunk_done", snapshot.chunksDone());
        json.put("search_chunk_total", snapshot.chunksTotal());
        json.put("final_results_count", snapshot.results());
        try {
            return CladoModels.read(json, DeepResearchStatus.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static double readsPerJob(List<Outcome> outcomes) {
        return outcomes.stream().mapToInt(Outcome::reads).average().orElse(0);
    }

    static double medianDelayShare(List<Outcome> outcomes) {
        return Report.percentile(outcomes.stream().flatMap(o -> o.delayShares().stream()).toList(), 0.5);
    }

    static double medianEndDelayShare(List<Outcome> outcomes) {
        return Report.percentile(outcomes.stream().map(Outcome::endDelayShare).toList(), 0.5);
    }

    /** {@code ./mvnw -q -Pbench -Dbenchmark=dev.camelclado.benchmarks.ScheduleSimulation package -pl benchmarks -am} */
    public static void main(String[] args) {
        List<BenchmarkJob> jobs = JobPopulation.generate(Integer.getInteger("benchmark.jobs", 1000),
                Duration.ofMinutes(5), Long.getLong("benchmark.seed", 42L));
        Map<String, PollSchedule> schedules = new java.util.LinkedHashMap<>();
        schedules.put("adaptive (default)", new dev.camelclado.component.watch.AdaptivePollSchedule(
                Duration.ofSeconds(5), Duration.ofMinutes(5), 1.0));
        schedules.put("adaptive, minPollInterval=2s", new dev.camelclado.component.watch.AdaptivePollSchedule(
                Duration.ofSeconds(2), Duration.ofMinutes(5), 1.0));
        schedules.put("adaptive, pollAgeRatio=0.5", new dev.camelclado.component.watch.AdaptivePollSchedule(
                Duration.ofSeconds(5), Duration.ofMinutes(5), 0.5));
        schedules.put("fixed 10 s", new dev.camelclado.component.watch.FixedPollSchedule(Duration.ofSeconds(10)));
        schedules.put("fixed 2 s", new dev.camelclado.component.watch.FixedPollSchedule(Duration.ofSeconds(2)));
        System.out.printf("%d simulated jobs%n%-32s %14s %14s %14s%n", jobs.size(), "schedule", "reads per job",
                "median delay", "median end");
        schedules.forEach((name, schedule) -> {
            List<Outcome> outcomes = run(jobs, schedule);
            System.out.printf("%-32s %14s %14s %14s%n", name, Report.number(readsPerJob(outcomes)),
                    Report.percent(medianDelayShare(outcomes)), Report.percent(medianEndDelayShare(outcomes)));
        });
    }
}
