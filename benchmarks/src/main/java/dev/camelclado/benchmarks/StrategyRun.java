package dev.camelclado.benchmarks;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelclado.component.CladoComponent;
import dev.camelclado.component.CladoConfiguration;
import dev.camelclado.component.CladoConstants;
import dev.camelclado.component.CladoMode;
import dev.camelclado.mpp.ledger.InMemoryPaymentLedger;
import dev.camelclado.mpp.ledger.PaymentRecord;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.SandboxClock;
import dev.camelclado.sandbox.StatusChange;

/**
 * Runs one strategy over the population: a fresh sandbox on a fast clock, a Camel application whose producer starts
 * each job at its arrival time and whose {@code clado:deepResearch/status} consumer watches them all, on the same
 * clock. The route notes the sandbox time each event arrives; the sandbox says when each change really happened.
 */
final class StrategyRun {

    private static final Logger LOG = LoggerFactory.getLogger(StrategyRun.class);
    private static final String API_KEY = "lk_benchmark_0123456789abcdef";
    /** Hardhat account #0: a well-known test key, paying the sandbox gateway in simulated pathUSD. */
    private static final String PAYER_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    /** The scheduler checks what is due twice a second of job time, as with the consumer's default delay. */
    private static final long TICK_MILLIS = 500;

    private record Event(String jobId, String status, Instant at) {
    }

    private StrategyRun() {
    }

    static List<JobOutcome> run(Strategy strategy, List<BenchmarkJob> jobs, double speed) throws Exception {
        Map<Integer, BenchmarkJob> byNumber = jobs.stream().collect(Collectors.toMap(BenchmarkJob::number,
                Function.identity()));
        SandboxClock clock = SandboxClock.scaled(speed);
        try (CladoSandbox sandbox = CladoSandbox.builder().clock(clock).apiKey(API_KEY, 100_000_000L)
                .profilesPerQuery(1_000).payerOpeningBalance(1_000_000_000L)
                .timelines(spec -> spec.query() == null ? null : byNumber.get(BenchmarkJob.numberOf(spec.query())).timeline())
                .start()) {
            InMemoryPaymentLedger ledger = new InMemoryPaymentLedger();
            List<Event> events = new CopyOnWriteArrayList<>();
            CamelContext context = application(strategy, sandbox, clock, ledger, events, speed);
            Map<Integer, String> jobIds = new ConcurrentHashMap<>();
            ScheduledExecutorService starter = Executors.newScheduledThreadPool(4);
            try (ProducerTemplate template = context.createProducerTemplate()) {
                context.start();
                for (BenchmarkJob job : jobs) {
                    starter.schedule(() -> jobIds.put(job.number(), start(template, job)),
                            (long) (job.arrival().toMillis() / speed), TimeUnit.MILLISECONDS);
                }
                awaitEveryJobEnded(jobs, jobIds, events, speed);
            } finally {
                starter.shutdownNow();
                context.stop();
            }
            return outcomes(jobs, jobIds, events, sandbox, ledger);
        }
    }

    private static CamelContext application(Strategy strategy, CladoSandbox sandbox, SandboxClock clock,
            InMemoryPaymentLedger ledger, List<Event> events, double speed) throws Exception {
        CamelContext context = new DefaultCamelContext();
        CladoConfiguration configuration = context.getComponent("clado", CladoComponent.class).getConfiguration();
        configuration.setClock(clock.asJavaClock());
        configuration.setMode(strategy.mode());
        if (strategy.mode() == CladoMode.mpp) {
            configuration.setGatewayUrl(sandbox.gatewayUrl());
            configuration.setWalletPrivateKey(PAYER_KEY);
            configuration.setAllowedRecipients(CladoSandbox.DEFAULT_RECIPIENT);
            configuration.setMaxAmount(2_000_000);
            configuration.setLedger(ledger);
        } else {
            configuration.setBaseUrl(sandbox.baseUrl());
            configuration.setApiKey(API_KEY);
        }
        StringBuilder uri = new StringBuilder("clado:deepResearch/status?initialDelay=0&delay=")
                .append(Math.max(1, Math.round(TICK_MILLIS / speed)));
        strategy.options().forEach((name, value) -> uri.append('&').append(name).append('=').append(value));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri.toString()).process(e -> events.add(new Event(
                        e.getMessage().getHeader(CladoConstants.JOB_ID, String.class),
                        e.getMessage().getHeader(CladoConstants.JOB_STATUS, String.class), clock.now())));
            }
        });
        return context;
    }

    private static String start(ProducerTemplate template, BenchmarkJob job) {
        return template.request("clado:deepResearch/start", e -> {
            e.getMessage().setHeader(CladoConstants.QUERY, job.query());
            e.getMessage().setHeader(CladoConstants.LIMIT, job.limit());
        }).getMessage().getHeader(CladoConstants.JOB_ID, String.class);
    }

    private static void awaitEveryJobEnded(List<BenchmarkJob> jobs, Map<Integer, String> jobIds, List<Event> events,
            double speed) throws InterruptedException {
        Duration last = jobs.stream().map(j -> j.arrival().plus(j.duration())).max(Duration::compareTo).orElseThrow();
        // the longest job plus ten minutes of job time for the last read, however slow the schedule
        long deadline = System.nanoTime() + (long) (last.plusMinutes(10).toNanos() / speed);
        while (System.nanoTime() < deadline) {
            long ended = events.stream().filter(e -> "completed".equals(e.status())).map(Event::jobId).distinct().count();
            if (jobIds.size() == jobs.size() && ended == jobs.size()) {
                return;
            }
            Thread.sleep(20);
        }
        LOG.warn("not every job's end was seen before the deadline");
    }

    private static List<JobOutcome> outcomes(List<BenchmarkJob> jobs, Map<Integer, String> jobIds, List<Event> events,
            CladoSandbox sandbox, InMemoryPaymentLedger ledger) {
        List<PaymentRecord> records = ledger.recordsSince(Instant.EPOCH);
        List<JobOutcome> outcomes = new ArrayList<>();
        for (BenchmarkJob job : jobs) {
            String jobId = jobIds.get(job.number());
            List<StatusChange> truth = sandbox.statusChanges(jobId);
            List<Event> seen = events.stream().filter(e -> jobId.equals(e.jobId())).toList();
            List<Duration> delays = new ArrayList<>();
            Duration completion = null;
            int missed = 0;
            for (StatusChange change : truth.subList(1, truth.size())) {
                Event event = seen.stream().filter(e -> e.status().equals(change.status())).findFirst().orElse(null);
                if (event == null) {
                    missed++;
                    continue;
                }
                Duration delay = Duration.between(change.at(), event.at());
                delays.add(delay);
                if ("completed".equals(change.status())) {
                    completion = delay;
                }
            }
            int duplicates = seen.size() - (int) seen.stream().map(Event::status).distinct().count();
            long readCost = records.stream().filter(r -> jobId.equals(jobOf(r)))
                    .map(PaymentRecord::amount).reduce(BigInteger.ZERO, BigInteger::add).longValue();
            outcomes.add(new JobOutcome(job, sandbox.stats().statusPolls(jobId), readCost, delays, completion, missed,
                    duplicates));
        }
        return outcomes;
    }

    /** The job a status read was paid for: the consumer names its reads {@code watch:<jobId>:<uuid>}. */
    private static String jobOf(PaymentRecord record) {
        String key = record.idempotencyKey();
        if (key == null || !key.startsWith("watch:")) {
            return null;
        }
        return key.substring("watch:".length(), key.lastIndexOf(':'));
    }
}
