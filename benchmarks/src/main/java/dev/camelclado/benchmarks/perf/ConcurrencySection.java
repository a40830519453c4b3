package dev.camelclado.benchmarks.perf;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelclado.sandbox.CladoSandbox;

/**
 * Issue 8, measurements 2 and 4a: 1,000 status reads handed over at once to a sandbox that answers each after
 * 200 ms. Wall time until the last answer and the client's threads at their peak, for the component (asynchronous
 * producer), the camel-http route behind {@code threads()} and bare {@code sendAsync}; then the heap each read holds
 * while it waits.
 */
final class ConcurrencySection {

    static final Duration LATENCY = Duration.ofMillis(200);

    private ConcurrencySection() {
    }

    record Round(double wallSeconds, int peakThreads) {
    }

    record Outcome(String name, List<Round> rounds, List<Double> heapPerRead) {
    }

    static Section run(Effort effort) throws Exception {
        int requests = effort.scaled(1_000, 50);
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(measure(effort, requests, effort.rounds(), true,
                sandbox -> StatusReads.clado(sandbox, BenchSandbox.STATUS_JOB)));
        outcomes.add(measure(effort, requests, effort.rounds(), true,
                sandbox -> StatusReads.bareAsync(sandbox, BenchSandbox.STATUS_JOB)));
        // each of its rounds lasts ~20 s (1,000 × 200 ms over 10 threads): three are enough to show the spread
        outcomes.add(measure(effort, requests, Math.min(3, effort.rounds()), false,
                sandbox -> StatusReads.camelHttp(sandbox, BenchSandbox.STATUS_JOB, true)));
        return report(effort, requests, outcomes);
    }

    interface ClientFactory {
        StatusReads create(CladoSandbox sandbox) throws Exception;
    }

    /**
     * The sandbox's own threads are started before any census, so none of them is counted as a client's. Few
     * reads: a sandbox left holding a thousand idle connections made the next client's reads fail (most likely the
     * JDK server's idle-connection limit).
     */
    private static void warmSandbox(CladoSandbox sandbox) throws Exception {
        try (StatusReads warmup = StatusReads.bareAsync(sandbox, BenchSandbox.STATUS_JOB)) {
            inFlight(warmup, 50, null);
        }
    }

    /** Each client gets a sandbox of its own: connections an earlier client left open do not weigh on it. */
    private static Outcome measure(Effort effort, int requests, int rounds, boolean heap, ClientFactory factory)
            throws Exception {
        List<Round> measured = new ArrayList<>();
        List<Double> heapPerRead = new ArrayList<>();
        try (CladoSandbox sandbox = BenchSandbox.start(LATENCY)) {
            warmSandbox(sandbox);
            try (ThreadCensus census = ThreadCensus.beforeClient(); StatusReads client = factory.create(sandbox)) {
                for (int round = 0; round < effort.warmups() + rounds; round++) {
                    census.start();
                    double wall = inFlight(client, requests, null);
                    if (round >= effort.warmups()) {
                        measured.add(new Round(wall, census.peakSinceReset()));
                    }
                }
                for (int round = 0; heap && round < Math.min(3, rounds); round++) {
                    heapPerRead.add(heapPerReadInFlight(client, requests));
                }
                return new Outcome(client.name(), measured, heapPerRead);
            }
        }
    }

    /** Sends every read at once and waits for the last answer; returns the wall time in seconds. */
    private static double inFlight(StatusReads client, int requests, Runnable whileInFlight) throws Exception {
        AtomicInteger failures = new AtomicInteger();
        List<CompletableFuture<Void>> reads = new ArrayList<>(requests);
        long started = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            reads.add(client.readAsync().whenComplete((ok, failure) -> {
                if (failure != null) {
                    failures.incrementAndGet();
                }
            }));
        }
        if (whileInFlight != null) {
            whileInFlight.run();
        }
        CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).exceptionally(f -> null)
                .get(5, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (failures.get() > 0) {
            Throwable first = reads.stream().filter(CompletableFuture::isCompletedExceptionally).findFirst()
                    .map(f -> f.handle((ok, e) -> e).join()).orElse(null);
            throw new IllegalStateException(client.name() + ": " + failures.get() + " of " + requests
                    + " reads failed", first);
        }
        return seconds;
    }

    /**
     * The heap retained while every read waits for its answer, per read: a full collection before sending and
     * another while the sandbox still holds the answers (it holds them 200 ms).
     */
    private static double heapPerReadInFlight(StatusReads client, int requests) throws Exception {
        long before = usedHeapAfterGc();
        long[] during = new long[1];
        inFlight(client, requests, () -> {
            sleep(LATENCY.toMillis() / 4);
            during[0] = usedHeapAfterGc();
        });
        return (double) (during[0] - before) / requests;
    }

    static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Section report(Effort effort, int requests, List<Outcome> outcomes) {
        Section section = new Section("2. Concurrency: " + String.format(Locale.ROOT, "%,d", requests)
                + " reads in flight, sandbox answering after 200 ms",
                "Client", "Wall time s", "Client threads at peak", "Heap per read in flight", "Rounds");
        section.describe("The reads are handed over from one thread without waiting (Camel routes through the"
                + " `direct:` endpoint's asynchronous producer, the bare client through `sendAsync`), and the round"
                + " ends with the last answer. The sandbox (same JVM) holds every answer 200 ms without holding a"
                + " thread, so the floor is 0.2 s. Threads: the peak number of live threads that the client started"
                + " (sampled every 2 ms; the JVM's and the sandbox's excluded). Heap: used heap after a full"
                + " collection while all reads wait, minus before sending, per read (3 rounds). The camel-http"
                + " route starts with `threads()` on Camel's default thread pool profile (10 threads, up to 20,"
                + " queue of 1,000), since its producer blocks a thread per exchange; its connection pool is"
                + " camel-http's default. " + effort.warmups() + " warm-up round(s) discarded per client; median"
                + " (min–max) over the measured rounds.");
        for (Outcome outcome : outcomes) {
            section.row(outcome.name(),
                    Spread.of(outcome.rounds().stream().map(Round::wallSeconds).toList()).format(2),
                    Spread.of(outcome.rounds().stream().map(r -> (double) r.peakThreads()).toList()).format(0),
                    outcome.heapPerRead().isEmpty() ? "not measured"
                            : Spread.of(outcome.heapPerRead().stream().map(b -> b / 1024).toList()).format(1) + " KiB",
                    String.valueOf(outcome.rounds().size()));
        }
        Outcome clado = outcomes.get(0);
        double wall = Spread.of(clado.rounds().stream().map(Round::wallSeconds).toList()).median();
        double threads = Spread.of(clado.rounds().stream().map(r -> (double) r.peakThreads()).toList()).median();
        section.finding(String.format(Locale.ROOT, "The component finishes %,d reads in %.2f s (goal: under 1.5 s: %s)"
                + " with %.0f threads at the peak (goal: a few dozen at most: %s).", requests, wall,
                wall < 1.5 ? "met" : "missed", threads, threads <= 36 ? "met" : "missed"));
        return section;
    }
}
