package dev.camelclado.benchmarks.perf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.camelclado.sandbox.CladoSandbox;

/**
 * Issue 8, measurement 1: requests per second and latency of {@code clado:deepResearch/status} in direct mode,
 * against the camel-http route and the bare {@code java.net.http} call reading the same URL. Closed loop: each
 * client thread sends its next read when the previous one is answered.
 */
final class ProducerOverheadSection {

    /** One way of loading the clients: how many threads call, and how long the sandbox waits before answering. */
    record Load(int threads, Duration latency) {
        String label() {
            return threads + (threads == 1 ? " thread" : " threads")
                    + (latency.isZero() ? "" : ", answers after " + latency.toMillis() + " ms");
        }
    }

    /**
     * Without latency the clients' own costs show; with a 20 ms answer (still far below a real API's) they are set
     * against the wait a real call has.
     */
    static final List<Load> LOADS = List.of(new Load(1, Duration.ZERO), new Load(4, Duration.ZERO),
            new Load(1, Duration.ofMillis(20)));

    private ProducerOverheadSection() {
    }

    record Round(double perSecond, double p50Micros, double p99Micros) {
    }

    static Section run(Effort effort) throws Exception {
        long roundMillis = effort.scaled(1_500, 100);
        Map<String, Map<Load, List<Round>>> measured = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            for (Duration latency : LOADS.stream().map(Load::latency).distinct().toList()) {
                try (CladoSandbox sandbox = BenchSandbox.start(latency);
                        StatusReads bare = StatusReads.bare(sandbox, BenchSandbox.STATUS_JOB);
                        StatusReads bareAsync = StatusReads.bareAsync(sandbox, BenchSandbox.STATUS_JOB);
                        StatusReads http = StatusReads.camelHttp(sandbox, BenchSandbox.STATUS_JOB, false);
                        StatusReads clado = StatusReads.clado(sandbox, BenchSandbox.STATUS_JOB)) {
                    List<StatusReads> variants = List.of(bare, bareAsync, http, clado);
                    if (names.isEmpty()) {
                        variants.forEach(v -> names.add(v.name()));
                    }
                    for (Load load : LOADS.stream().filter(l -> l.latency().equals(latency)).toList()) {
                        measure(effort, roundMillis, load, variants, clients, measured);
                    }
                }
            }
        } finally {
            clients.shutdownNow();
        }
        return report(effort, roundMillis, measured, names.get(0), names.get(1), names.get(2), names.get(3));
    }

    private static void measure(Effort effort, long roundMillis, Load load, List<StatusReads> variants,
            ExecutorService clients, Map<String, Map<Load, List<Round>>> measured) throws Exception {
        for (int round = 0; round < effort.warmups() + effort.rounds(); round++) {
            // rotate the order so that a drift of the machine does not always hit the same variant
            for (int i = 0; i < variants.size(); i++) {
                StatusReads variant = variants.get((round + i) % variants.size());
                Round result = closedLoop(variant, load.threads(), roundMillis, clients);
                if (round >= effort.warmups()) {
                    measured.computeIfAbsent(variant.name(), n -> new LinkedHashMap<>())
                            .computeIfAbsent(load, l -> new ArrayList<>()).add(result);
                }
            }
        }
    }

    private static Round closedLoop(StatusReads variant, int threads, long roundMillis, ExecutorService clients)
            throws Exception {
        long started = System.nanoTime();
        long deadline = started + roundMillis * 1_000_000;
        List<Future<Samples>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(clients.submit(() -> {
                Samples latencies = new Samples();
                while (System.nanoTime() < deadline) {
                    long sent = System.nanoTime();
                    variant.read();
                    latencies.add(System.nanoTime() - sent);
                }
                return latencies;
            }));
        }
        Samples all = new Samples();
        for (Future<Samples> future : running) {
            all.addAll(future.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Round(all.size() / seconds, all.percentile(0.5) / 1e3, all.percentile(0.99) / 1e3);
    }

    private static Section report(Effort effort, long roundMillis, Map<String, Map<Load, List<Round>>> measured,
            String bare, String bareAsync, String http, String clado) {
        Section section = new Section("1. Producer overhead: one status read",
                "Client", "Load", "Reads/s", "vs bare send", "p50 µs", "p99 µs");
        section.describe("`clado:deepResearch/status?jobId=...` in direct mode (route `from(\"direct:status\")"
                + ".to(\"clado:...\")`, called with a `ProducerTemplate`) against the route a user would write with"
                + " camel-http (`setHeader(\"Authorization\", ...)`, `to(\"http://.../api/search/deep_research/<id>\")`,"
                + " `unmarshal().json()`) and a bare `java.net.http` call parsed into a `Map` with Jackson, once with"
                + " `send` and once with `sendAsync(...).join()`, the asynchronous path the component's producer takes"
                + " so that it holds no thread while a call waits (see measurement 2). All"
                + " read the same completed job of " + BenchSandbox.STATUS_JOB_RESULTS + " results (the same bytes) from"
                + " the sandbox in the same JVM, with no injected latency, so the sandbox's own work is in every figure"
                + " and the differences are the clients'. Closed loop with 1 and 4 client threads, then 1 thread against"
                + " answers held 20 ms; "
                + effort.warmups() + " warm-up rounds discarded, then " + effort.rounds() + " rounds of "
                + roundMillis + " ms per client, in rotating order; median (min–max) over the rounds.");
        for (String name : List.of(bare, bareAsync, http, clado)) {
            measured.get(name).forEach((load, rounds) -> {
                double vsBare = medianRate(measured, name, load) / medianRate(measured, bare, load);
                section.row(name, load.label(),
                        Spread.of(rounds.stream().map(Round::perSecond).toList()).format(0),
                        Spread.number(vsBare, 2),
                        Spread.of(rounds.stream().map(Round::p50Micros).toList()).format(0),
                        Spread.of(rounds.stream().map(Round::p99Micros).toList()).format(0));
            });
        }
        for (Load load : LOADS) {
            double ofBare = medianRate(measured, clado, load) / medianRate(measured, bare, load);
            double ofBareAsync = medianRate(measured, clado, load) / medianRate(measured, bareAsync, load);
            double ofHttp = medianRate(measured, clado, load) / medianRate(measured, http, load);
            section.finding(String.format(Locale.ROOT, "%s: the component reads at %.0f %% of the bare `send`"
                    + " call's rate (goal: within 10 %%: %s), at %.0f %% of the bare `sendAsync` call's, and at %.2f×"
                    + " the camel-http route's (goal: faster: %s).", load.label(), ofBare * 100,
                    ofBare >= 0.90 ? "met" : "missed", ofBareAsync * 100, ofHttp, ofHttp > 1.0 ? "met" : "missed"));
        }
        return section;
    }

    private static double medianRate(Map<String, Map<Load, List<Round>>> measured, String name, Load load) {
        return Spread.of(measured.get(name).get(load).stream().map(Round::perSecond).toList()).median();
    }
}
