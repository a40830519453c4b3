package dev.camelclado.component;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelclado.component.model.BulkContactsStatus;
import dev.camelclado.component.model.CladoModels;
import dev.camelclado.component.model.DeepResearchStatus;
import dev.camelclado.component.model.JobAnswer;
import dev.camelclado.component.model.PersonResult;
import dev.camelclado.component.service.CladoHttpResponse;
import dev.camelclado.component.service.CladoRequest;
import dev.camelclado.component.service.PaymentInfo;
import dev.camelclado.component.service.RequestField;
import dev.camelclado.component.service.ResponseMapper;
import dev.camelclado.component.watch.AdaptivePollSchedule;
import dev.camelclado.component.watch.JobKind;
import dev.camelclado.component.watch.JobObservation;
import dev.camelclado.component.watch.JobProgress;
import dev.camelclado.component.watch.JobRegistration;
import dev.camelclado.component.watch.JobWatch;
import dev.camelclado.component.watch.JobWatchRepository;
import dev.camelclado.component.watch.PollSchedule;
import dev.camelclado.component.watch.ResultPages;
import dev.camelclado.component.watch.WatchMerge;
import dev.camelclado.mpp.ledger.PaymentStatus;

/**
 * Emits one exchange per status change of the watched jobs: the one job of {@code jobId}, or every job of its kind
 * that the application's producers started or that was added by id. Each scheduler run reads only the jobs whose
 * next read is due, as planned by the {@link PollSchedule}, so the scheduler's {@code delay} costs nothing; in mpp
 * mode each read is paid and recorded in the ledger like any payment. What was emitted is stored in the
 * {@link JobWatchRepository} only after the route processed it, so a restart neither loses a job nor emits a
 * status twice (a crash between the two emits it again, with the same {@link CladoConstants#EVENT_ID}).
 * <p>
 * Money is spent only on reads, and only within the limits: a job at {@code maxPollsPerJob} or
 * {@code maxSpendPerJob} is not read again (its watch ends with a {@code watchEnded} event built from what is
 * stored), and an event the route failed on is sent again later from memory, without a new read. A run leases the
 * jobs it reads; before it emits the events of a read it renews the lease with a compare-and-set, so a job whose
 * lease ran out and was taken by another node is emitted by that node only.
 */
public class CladoConsumer extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(CladoConsumer.class);
    private static final Duration ENDED_RETENTION = Duration.ofDays(7);
    private static final Duration PURGE_INTERVAL = Duration.ofHours(1);
    private static final int DEFAULT_PAGE_SIZE = 25;
    private static final int SAVE_ATTEMPTS = 5;
    private static final long AWAIT_SLICE_MILLIS = 100;

    private final JobKind kind;
    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong failedReads = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong spent = new AtomicLong();
    private final AtomicLong runs = new AtomicLong();
    /** Events the route failed on, by job: sent again when the job is next due, without reading it again. */
    private final Map<String, PendingEvent> pendingEvents = new ConcurrentHashMap<>();

    private JobWatchRepository repository;
    private PollSchedule schedule;
    private java.time.Clock clock;
    private String source;
    private volatile Instant rateLimitedUntil;
    private volatile Instant lastSuccessfulRead;
    private volatile Instant lastFailedReadAt;
    private volatile CladoException lastReadFailure;
    private volatile Instant lastRun;
    /** What the last paid read cost: the estimate for a read whose answer (and payment) did not come back in time. */
    private volatile long lastReadPrice;
    private Instant lastPurge;

    public CladoConsumer(CladoEndpoint endpoint, Processor processor, JobKind kind) {
        super(endpoint, processor);
        this.kind = kind;
    }

    @Override
    public CladoEndpoint getEndpoint() {
        return (CladoEndpoint) super.getEndpoint();
    }

    private CladoConfiguration configuration() {
        return getEndpoint().getConfiguration();
    }

    @Override
    protected void doBuild() throws Exception {
        if (getHealthCheck() == null) {
            setHealthCheck(new CladoConsumerHealthCheck(this, "consumer:" + getRouteId()));
        }
        super.doBuild();
    }

    @Override
    protected void doStart() throws Exception {
        repository = getEndpoint().watchRepository();
        schedule = getEndpoint().pollSchedule();
        clock = getEndpoint().clock();
        source = getEndpoint().watchSource();
        // refuses a second consumer of the same jobs before it touches the watch list
        getEndpoint().getComponent().consumerStarted(this);
        String jobId = singleJobId();
        try {
            if (jobId != null && repository.find(jobId).isEmpty()) {
                repository.register(JobRegistration.byId(jobId, kind, source, clock.instant()));
            }
        } catch (RuntimeException e) {
            getEndpoint().getComponent().consumerStopped(this);
            throw e;
        }
        LOG.info("clado:{} watches {} ({}, {} mode), reading them {}", kind.statusOperation(),
                jobId != null ? "job " + jobId : "every " + kind + " job of the application",
                repository, configuration().getMode(), schedule);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        getEndpoint().getComponent().consumerStopped(this);
        pendingEvents.clear();
        super.doStop();
    }

    /** The one job this consumer watches ({@code jobId}), or null when it watches every job of its kind. */
    String singleJobId() {
        String jobId = configuration().getJobId();
        return jobId == null || jobId.isBlank() ? null : jobId.trim();
    }

    /**
     * Whether this consumer and another would read the same jobs: same kind, account and watch repository, and one
     * of them watches every job or both watch the same one. Each would then emit only the changes it read first.
     */
    boolean overlaps(CladoConsumer other) {
        if (other == this || other.kind != kind || other.repository != repository
                || !java.util.Objects.equals(other.source, source)) {
            return false;
        }
        String mine = singleJobId();
        String theirs = other.singleJobId();
        return mine == null || theirs == null || mine.equals(theirs);
    }

    /** What this consumer watches, for messages: one job, or every job of its kind. */
    String watchedJobs() {
        String jobId = singleJobId();
        return jobId != null ? "job " + jobId : "every " + kind + " job";
    }

    @Override
    protected int poll() throws Exception {
        try {
            return pollDue();
        } finally {
            runs.incrementAndGet();
        }
    }

    private int pollDue() {
        Instant now = clock.instant();
        lastRun = now;
        purgeEnded(now);
        if (rateLimitedUntil != null && now.isBefore(rateLimitedUntil)) {
            return 0;
        }
        Instant leaseEnd = now.plus(lease());
        List<Claim> claims = new ArrayList<>();
        for (JobWatch watch : claimDue(now, leaseEnd)) {
            Claim claim = new Claim(watch, leaseEnd);
            PendingEvent pending = pendingFor(watch);
            if (pending != null) {
                claim.resend = pending;
            } else {
                claim.limit = pollLimitReached(watch);
                if (claim.limit == null) {
                    // the limits are checked before any read is sent: a read past them is never paid
                    claim.request = statusRequest(watch, false);
                    claim.answer = send(claim.request);
                }
            }
            claims.add(claim);
        }
        int emitted = 0;
        int readsSent = 0;
        List<CladoException> failures = new ArrayList<>();
        for (Claim claim : claims) {
            if (claim.request != null) {
                readsSent++;
            } else if (!clock.instant().isBefore(claim.leaseEnd.minus(lease().dividedBy(4)))) {
                // this run has held its jobs for most of the lease: what costs nothing yet is left to the next run
                release(claim);
                continue;
            }
            try {
                emitted += handle(claim, failures);
            } catch (RuntimeException e) {
                // one job's trouble must not abandon the others: their reads are sent and paid for
                CladoException error = e instanceof CladoException clado ? clado
                        : new CladoException(kind.statusOperation(), "handling job " + claim.watch.getJobId()
                                + " failed: " + e.getClass().getName() + ": " + e.getMessage(), e);
                LOG.warn("clado:{} job {}: {}", kind.statusOperation(), claim.watch.getJobId(), error.getMessage(), e);
                recordFailure(claim, error);
                failures.add(error);
            }
        }
        if (!failures.isEmpty()) {
            CladoPollException failure = new CladoPollException(kind.statusOperation(), failures.size(),
                    Math.max(readsSent, failures.size()), failures.get(0));
            lastReadFailure = failure;
            lastFailedReadAt = clock.instant();
            throw failure;
        }
        return emitted;
    }

    /** Gives a claimed job back, due at once, if nobody changed it since (a single compare-and-set). */
    private void release(Claim claim) {
        try {
            claim.watch.setNextPollAt(clock.instant());
            repository.update(claim.watch);
        } catch (RuntimeException e) {
            LOG.debug("clado: cannot release job {}: {}", claim.watch.getJobId(), e.getMessage());
        }
    }

    /** A job this run owns until {@code leaseEnd}, and what it does with it: re-send, end at a limit, or read. */
    private static final class Claim {
        final JobWatch watch;
        /** The watch as this consumer last stored it: what a conflicting save merges against. */
        JobWatch base;
        Instant leaseEnd;
        PendingEvent resend;
        String limit;
        CladoRequest request;
        CompletableFuture<CladoHttpResponse> answer;

        Claim(JobWatch watch, Instant leaseEnd) {
            this.watch = watch;
            this.base = watch.copy();
            this.leaseEnd = leaseEnd;
        }
    }

    /**
     * An exchange to emit about a job and what the watch records once the route took it.
     *
     * @param status      the status it carries (recorded as emitted), or null when it carries none
     * @param progressKey the progress it carries (recorded as emitted), or null to leave what was emitted
     * @param endReason   why the watch ends once it is taken, or null when the job is watched on
     * @param results     the results count for {@code CamelCladoTotalResults}
     * @param response    the read's answer, or null for an event built from the stored watch
     */
    private record Event(String change, String status, String progressKey, String endReason, String eventId,
            JobAnswer answer, Integer results, CladoHttpResponse response) {
    }

    /** An event the route failed on, valid while nobody has read or emitted the job since. */
    private record PendingEvent(Event event, int failures, Instant runStartedAt, Instant observedAt,
            String emittedStatus, String emittedProgress) {
    }

    private PendingEvent pendingFor(JobWatch watch) {
        PendingEvent pending = pendingEvents.get(watch.getJobId());
        if (pending == null) {
            return null;
        }
        if (java.util.Objects.equals(pending.runStartedAt(), watch.getRunStartedAt())
                && java.util.Objects.equals(pending.observedAt(), watch.getObservedAt())
                && java.util.Objects.equals(pending.emittedStatus(), watch.getEmittedStatus())
                && java.util.Objects.equals(pending.emittedProgress(), watch.getEmittedProgress())) {
            return pending;
        }
        // the job was read, emitted or continued since (another node, a restart): the event is stale
        pendingEvents.remove(watch.getJobId());
        return null;
    }

    /** The due jobs this consumer now owns: each is leased (its next read pushed out) before it is read. */
    private List<JobWatch> claimDue(Instant now, Instant leaseEnd) {
        List<JobWatch> due;
        String jobId = singleJobId();
        if (jobId != null) {
            Optional<JobWatch> watch = repository.find(jobId);
            due = watch.filter(w -> w.isActive() && (w.getNextPollAt() == null || !w.getNextPollAt().isAfter(now)))
                    .map(List::of).orElse(List.of());
        } else {
            due = repository.due(kind, source, now, configuration().getMaxReadsPerPoll());
        }
        List<JobWatch> claimed = new ArrayList<>();
        for (JobWatch watch : due) {
            if (watch.getNextPollAt() == null) {
                Instant first = schedule.first(watch);
                if (now.isBefore(first)) {
                    // a job just started: its first read is planned, not made
                    watch.setNextPollAt(first);
                    repository.update(watch);
                    continue;
                }
            }
            watch.setNextPollAt(leaseEnd);
            if (repository.update(watch)) {
                claimed.add(watch);
            }
        }
        return claimed;
    }

    /** Long enough for a read to answer (and be paid for); after it another node may read the job. */
    private Duration lease() {
        return Duration.ofMillis(2 * configuration().getRequestTimeout()).plusSeconds(30);
    }

    private CladoRequest statusRequest(JobWatch watch, boolean allResults) {
        Map<RequestField, Object> values = new EnumMap<>(RequestField.class);
        values.put(RequestField.JOB_ID, watch.getJobId());
        if (kind == JobKind.DEEP_RESEARCH && !allResults
                && !(configuration().getResultsMode() == CladoResultsMode.all && likelyToHaveEnded(watch))) {
            // one result per page keeps a read small; the results come with the terminal event
            values.put(RequestField.PAGE, 1);
            values.put(RequestField.PAGE_SIZE, 1);
        }
        return new CladoRequest(kind.statusOperation(), values, "watch:" + watch.getJobId() + ":" + UUID.randomUUID());
    }

    /**
     * Whether this read will probably find the job ended: it was seen ended, or it is in its last status and past the
     * predicted end. Such a read asks for every result, so the terminal event needs no second (paid) read.
     */
    private boolean likelyToHaveEnded(JobWatch watch) {
        if (isTerminal(watch.getObservedStatus())) {
            return true;
        }
        if (!"processing".equalsIgnoreCase(String.valueOf(watch.getObservedStatus()).trim())) {
            return false;
        }
        Instant predictedEnd = AdaptivePollSchedule.predictedStatusEnd(watch);
        return predictedEnd != null && !predictedEnd.isAfter(clock.instant());
    }

    private CompletableFuture<CladoHttpResponse> send(CladoRequest request) {
        try {
            return getEndpoint().getTransport().send(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** A read whose answer did not come before the lease ran out: it may still have been served, and paid. */
    private static final class LeaseTimeoutException extends CladoConnectionException {
        private static final long serialVersionUID = 1L;

        LeaseTimeoutException(CladoOperation operation, String message, Throwable cause) {
            super(operation, message, cause);
        }
    }

    /**
     * The answer of a read, or its typed error. It waits only until the lease taken when the job was claimed runs
     * out (not a full lease per read): a later answer could belong to a job another node has claimed since.
     */
    private CladoHttpResponse await(CladoRequest request, CompletableFuture<CladoHttpResponse> answer, Instant leaseEnd,
            String jobId) {
        reads.incrementAndGet();
        try {
            while (true) {
                // the lease is on the consumer's clock: it is looked at again while waiting
                long left = Duration.between(clock.instant(), leaseEnd).toMillis();
                try {
                    return answer.get(Math.max(0, Math.min(left, AWAIT_SLICE_MILLIS)), TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    if (!clock.instant().isBefore(leaseEnd)) {
                        answer.cancel(true);
                        throw new LeaseTimeoutException(request.operation(), "no answer for job " + jobId + " before"
                                + " its lease ran out (" + lease().toMillis() + " ms from the claim); the read may"
                                + " still have reached Clado", e);
                    }
                }
            }
        } catch (ExecutionException e) {
            throw getEndpoint().translateFailure(request.operation(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CladoException(request.operation(), "interrupted while reading job " + jobId);
        }
    }

    private JobAnswer model(CladoRequest request, CladoHttpResponse response) {
        return (JobAnswer) getEndpoint().getResponseMapper().model(request, response);
    }

    private CladoException failure(CladoRequest request, RuntimeException e) {
        return e instanceof CladoException clado ? clado : getEndpoint().translateFailure(request.operation(), e);
    }

    private int handle(Claim claim, List<CladoException> failures) {
        if (claim.resend != null) {
            return resend(claim);
        }
        if (claim.limit != null) {
            return endAtLimit(claim);
        }
        return handleRead(claim, failures);
    }

    /** Reads the answer, records it in the watch and emits what changed; returns the exchanges emitted. */
    private int handleRead(Claim claim, List<CladoException> failures) {
        JobWatch watch = claim.watch;
        CladoHttpResponse response = null;
        JobAnswer answer;
        try {
            response = await(claim.request, claim.answer, claim.leaseEnd, watch.getJobId());
            answer = model(claim.request, response);
        } catch (RuntimeException e) {
            return readFailed(claim, response, failure(claim.request, e), failures);
        }
        Instant now = clock.instant();
        countRead(watch, response);
        JobProgress progress = JobProgress.of(answer, watch);
        boolean statusChanged = !JobObservation.sameStatus(progress.status(), watch.getEmittedStatus());
        JobObservation.record(watch, progress, now);

        String resultsSkipped = null;
        if (answer.isTerminal() && statusChanged && needsResultsRead(claim.request, answer)) {
            String limit = pollLimitReached(watch);
            if (limit != null) {
                // the results read would pass a limit: the terminal event carries what this read saw
                resultsSkipped = limit;
            } else {
                // the job has ended: read its results now, in the same run, rather than one read later; the lease
                // is renewed first, so no money goes on a job another node has taken over
                if (!renewLease(claim, now)) {
                    return 0;
                }
                CladoRequest results = statusRequest(watch, true);
                try {
                    response = await(results, send(results), claim.leaseEnd, watch.getJobId());
                    answer = model(results, response);
                } catch (RuntimeException e) {
                    return readFailed(claim, null, failure(results, e), failures);
                }
                countRead(watch, response);
            }
        }
        lastSuccessfulRead = now;
        return emitChanges(claim, answer, progress, response, now, resultsSkipped);
    }

    private boolean needsResultsRead(CladoRequest read, JobAnswer answer) {
        if (kind != JobKind.DEEP_RESEARCH || configuration().getResultsMode() != CladoResultsMode.all
                || !read.has(RequestField.PAGE)) {
            return false;
        }
        Integer found = answer instanceof DeepResearchStatus job ? job.getFinalResultsCount() : null;
        return found == null || found > 0;
    }

    private void countRead(JobWatch watch, CladoHttpResponse response) {
        watch.setPolls(watch.getPolls() + 1);
        long paid = paid(response);
        if (paid > 0) {
            lastReadPrice = paid;
        }
        watch.setPollCost(watch.getPollCost() + paid);
        spent.addAndGet(paid);
        watch.setConsecutiveErrors(0);
        watch.setLastError(null);
    }

    private static long paid(CladoHttpResponse response) {
        if (response == null || response.payment() == null) {
            return 0;
        }
        BigInteger amount = response.payment().amount();
        return amount == null ? 0 : amount.longValue();
    }

    /**
     * What a failed read may have cost: the payments its exception lists that may have moved money (settled,
     * pending or of unknown outcome; a payment the gateway refused moved none), or, for an answer that did not come
     * before the lease ran out in mpp mode, the price of a read, as its payment may still settle.
     */
    private long mayHavePaid(CladoException error, JobWatch watch) {
        if (error instanceof CladoPaymentException payment) {
            long total = 0;
            for (PaymentInfo info : payment.getPayments()) {
                if (info.amount() != null && mayHaveMovedMoney(info.status())) {
                    total += info.amount().longValue();
                }
            }
            return total;
        }
        if (error instanceof LeaseTimeoutException && configuration().getMode() == CladoMode.mpp) {
            long price = lastReadPrice;
            if (price <= 0 && watch.getPolls() > 0) {
                price = watch.getPollCost() / watch.getPolls();
            }
            return Math.max(0, price);
        }
        return 0;
    }

    private static boolean mayHaveMovedMoney(String status) {
        try {
            return status == null || PaymentStatus.valueOf(status).mayHaveMovedMoney();
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private int emitChanges(Claim claim, JobAnswer answer, JobProgress progress, CladoHttpResponse response,
            Instant now, String resultsSkipped) {
        JobWatch watch = claim.watch;
        boolean terminal = answer.isTerminal();
        boolean statusChanged = !JobObservation.sameStatus(progress.status(), watch.getEmittedStatus());
        boolean progressChanged = configuration().isEmitProgress() && !progress.key().equals(watch.getEmittedProgress());
        String limitReached = terminal ? null : pollLimitReached(watch);
        if (!statusChanged && !progressChanged && limitReached == null) {
            if (terminal) {
                // emitted before a restart that came ahead of ending the watch
                watch.end(normalized(progress.status()), now);
            } else {
                watch.setNextPollAt(schedule.next(watch, now));
            }
            save(claim);
            return 0;
        }
        String change = statusChanged ? "status" : progressChanged ? "progress" : "watchEnded";
        String endReason = terminal ? (resultsSkipped != null ? resultsSkipped : normalized(progress.status()))
                : limitReached;
        Event event = new Event(change, progress.status(), progress.key(), endReason,
                eventId(watch, change, progress.status(), progress.key(), endReason), answer, progress.results(),
                response);
        if (!renewLease(claim, now)) {
            return 0;
        }
        return emit(claim, event, now, 0);
    }

    /**
     * Identifies an event so a route can drop a duplicate (after a crash between the route and the save, or a save
     * that failed): the job, its run, and what the event says (the status, the progress figures, or why the watch
     * ended). The same change seen again yields the same id.
     */
    private static String eventId(JobWatch watch, String change, String status, String progressKey, String endReason) {
        String what = switch (change) {
            case "status" -> "status:" + normalized(status);
            case "progress" -> "progress:" + progressKey;
            default -> "watchEnded:" + endReason;
        };
        Instant run = watch.runOrigin();
        return watch.getJobId() + ":" + (run == null ? 0 : run.toEpochMilli()) + ":" + what;
    }

    /** Sends an event again that the route failed on, without a new read. */
    private int resend(Claim claim) {
        Instant now = clock.instant();
        if (!renewLease(claim, now)) {
            return 0;
        }
        return emit(claim, claim.resend.event(), now, claim.resend.failures());
    }

    /**
     * Ends the watch of a job at a limit without reading it: its {@code watchEnded} event is built from what is
     * stored (the last status seen in this run, the reads and their cost).
     */
    private int endAtLimit(Claim claim) {
        JobWatch watch = claim.watch;
        Instant now = clock.instant();
        boolean seenThisRun = watch.getObservedAt() != null && watch.runOrigin() != null
                && !watch.getObservedAt().isBefore(watch.runOrigin());
        String status = seenThisRun ? watch.getObservedStatus() : null;
        Map<String, Object> fields = new java.util.HashMap<>();
        fields.put("job_id", watch.getJobId());
        fields.put("status", status);
        Class<?> model = kind == JobKind.DEEP_RESEARCH ? DeepResearchStatus.class : BulkContactsStatus.class;
        JobAnswer body = (JobAnswer) CladoModels.MAPPER.convertValue(fields, model);
        Event event = new Event("watchEnded", status, null, claim.limit,
                eventId(watch, "watchEnded", status, null, claim.limit), body, seenThisRun ? watch.getLastResults() : null,
                null);
        if (!renewLease(claim, now)) {
            return 0;
        }
        return emit(claim, event, now, 0);
    }

    /**
     * Runs the route on an event. Taken: the watch records it as emitted and ends or plans its next read. Failed:
     * the event is kept in memory and sent again when the job is next due (waits doubling from minPollInterval up
     * to maxPollInterval), without a new read, so a failing route costs no money and passes no limit.
     */
    private int emit(Claim claim, Event event, Instant now, int failuresBefore) {
        JobWatch watch = claim.watch;
        Exchange exchange = createExchange(false);
        boolean processed;
        try {
            describe(exchange.getMessage(), watch, event);
            processed = process(exchange);
        } finally {
            releaseExchange(exchange, false);
        }
        if (processed) {
            pendingEvents.remove(watch.getJobId());
            if (event.status() != null) {
                watch.setEmittedStatus(event.status());
            }
            if (event.progressKey() != null) {
                watch.setEmittedProgress(event.progressKey());
            }
            if (event.endReason() != null) {
                watch.end(event.endReason(), now);
            } else {
                watch.setNextPollAt(schedule.next(watch, now));
            }
            save(claim);
        } else {
            int failures = failuresBefore + 1;
            watch.setNextPollAt(now.plus(routeRetryDelay(failures)));
            save(claim);
            pendingEvents.put(watch.getJobId(), new PendingEvent(event, failures, watch.getRunStartedAt(),
                    watch.getObservedAt(), watch.getEmittedStatus(), watch.getEmittedProgress()));
        }
        return 1;
    }

    /** How long an event waits after its route failed {@code failures} times in a row. */
    private Duration routeRetryDelay(int failures) {
        Duration wait = schedule.minInterval().multipliedBy(1L << Math.min(Math.max(failures, 1) - 1, 20));
        return wait.compareTo(schedule.maxInterval()) > 0 ? schedule.maxInterval() : wait;
    }

    private String pollLimitReached(JobWatch watch) {
        int maxPolls = configuration().getMaxPollsPerJob();
        if (maxPolls > 0 && watch.getPolls() >= maxPolls) {
            return "maxPollsPerJob";
        }
        long maxSpend = configuration().getMaxSpendPerJob();
        if (maxSpend > 0 && watch.getPollCost() > 0) {
            long perRead = watch.getPolls() > 0 ? watch.getPollCost() / watch.getPolls() : watch.getPollCost();
            if (watch.getPollCost() >= maxSpend || watch.getPollCost() + perRead > maxSpend) {
                // the next read would cross the limit
                return "maxSpendPerJob";
            }
        }
        return null;
    }

    private void describe(Message message, JobWatch watch, Event event) {
        JobAnswer answer = event.answer();
        message.setBody(answer);
        message.setHeader(CladoConstants.OPERATION_EXECUTED, kind.statusOperation().uriName());
        if (event.response() != null) {
            ResponseMapper.transportHeaders(event.response(), message);
        }
        message.setHeader(CladoConstants.JOB_ID, watch.getJobId());
        if (event.status() != null) {
            message.setHeader(CladoConstants.JOB_STATUS, event.status());
        }
        message.setHeader(CladoConstants.JOB_TERMINAL, answer.isTerminal());
        if (watch.getEmittedStatus() != null) {
            message.setHeader(CladoConstants.JOB_PREVIOUS_STATUS, watch.getEmittedStatus());
        }
        message.setHeader(CladoConstants.JOB_CHANGE, event.change());
        message.setHeader(CladoConstants.EVENT_ID, event.eventId());
        if (answer instanceof DeepResearchStatus job) {
            setIfPresent(message, CladoConstants.SEARCH_CHUNK_DONE, job.getSearchChunkDone());
            setIfPresent(message, CladoConstants.SEARCH_CHUNK_TOTAL, job.getSearchChunkTotal());
            setIfPresent(message, CladoConstants.TOTAL_RESULTS, event.results());
            message.setHeader(CladoConstants.RESULT_COUNT, job.getResults() == null ? 0 : job.getResults().size());
            if (answer.isTerminal() && event.response() != null
                    && configuration().getResultsMode() == CladoResultsMode.pages) {
                message.setHeader(CladoConstants.RESULT_PAGES, resultPages(watch.getJobId(),
                        event.results() == null ? 0 : event.results()));
            }
        } else if (answer instanceof BulkContactsStatus job) {
            setIfPresent(message, CladoConstants.PROCESSED, job.getProcessed());
            setIfPresent(message, CladoConstants.TOTAL_URLS, job.getTotalUrls());
            setIfPresent(message, CladoConstants.TOTAL_RESULTS, job.getTotalUrls());
            message.setHeader(CladoConstants.RESULT_COUNT, job.getResults() == null ? 0 : job.getResults().size());
        }
        message.setHeader(CladoConstants.JOB_POLLS, watch.getPolls());
        message.setHeader(CladoConstants.JOB_POLL_COST, watch.getPollCost());
        message.setHeader(CladoConstants.JOB_COST, watch.getStartCost() + watch.getPollCost());
        if (event.endReason() != null) {
            message.setHeader(CladoConstants.WATCH_END_REASON, event.endReason());
        }
    }

    private static void setIfPresent(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        }
    }

    /** The results of an ended job, read page by page through this endpoint as the route iterates. */
    private ResultPages resultPages(String jobId, int total) {
        Integer configured = configuration().getPageSize();
        int pageSize = configured != null ? configured : DEFAULT_PAGE_SIZE;
        CladoEndpoint endpoint = getEndpoint();
        return new ResultPages(jobId, total, pageSize, page -> {
            Map<RequestField, Object> values = new EnumMap<>(RequestField.class);
            values.put(RequestField.JOB_ID, jobId);
            values.put(RequestField.PAGE, page);
            values.put(RequestField.PAGE_SIZE, pageSize);
            CladoRequest request = new CladoRequest(kind.statusOperation(), values,
                    "pages:" + jobId + ":" + page + ":" + UUID.randomUUID());
            try {
                CladoHttpResponse response = endpoint.getTransport().send(request).get(lease().toMillis(),
                        TimeUnit.MILLISECONDS);
                spent.addAndGet(paid(response));
                DeepResearchStatus job = (DeepResearchStatus) endpoint.getResponseMapper().model(request, response);
                List<PersonResult> results = job.getResults();
                return results == null ? List.of() : results;
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                throw endpoint.translateFailure(request.operation(), e instanceof ExecutionException ? e.getCause() : e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CladoException(request.operation(), "interrupted while reading page " + page + " of job " + jobId);
            }
        });
    }

    /** Runs the route; true when it completed without an unhandled exception. */
    private boolean process(Exchange exchange) {
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        events.incrementAndGet();
        if (exchange.getException() != null) {
            getExceptionHandler().handleException("Error processing the event of job "
                    + exchange.getMessage().getHeader(CladoConstants.JOB_ID), exchange, exchange.getException());
            return false;
        }
        return true;
    }

    private int readFailed(Claim claim, CladoHttpResponse response, CladoException error,
            List<CladoException> failures) {
        JobWatch watch = claim.watch;
        Instant now = clock.instant();
        failedReads.incrementAndGet();
        long paid = paid(response);
        if (paid == 0) {
            paid = mayHavePaid(error, watch);
        }
        if (paid > 0) {
            // counted as a read, so the limits (and the cost per read behind maxSpendPerJob) see it
            watch.setPolls(watch.getPolls() + 1);
            watch.setPollCost(watch.getPollCost() + paid);
            spent.addAndGet(paid);
        }
        if (error instanceof CladoNotFoundException
                || error instanceof CladoApiException api && api.getStatusCode() == 403) {
            // the job is gone (expired, deleted) or not this account's: reading it again cannot help
            return endWithError(claim, error instanceof CladoNotFoundException ? "notFound" : "forbidden", error, now);
        }
        watch.setConsecutiveErrors(watch.getConsecutiveErrors() + 1);
        watch.setLastError(error.getMessage());
        Duration retryAfter = error instanceof CladoApiException api ? api.getRetryAfter() : null;
        if (error instanceof CladoRateLimitException) {
            // the limit is the key's: every job waits
            rateLimitedUntil = now.plus(retryAfter);
        }
        watch.setNextPollAt(schedule.afterError(watch, now, retryAfter));
        save(claim);
        failures.add(error);
        return 0;
    }

    /** Records an unexpected failure of one job's handling as that job's failed attempt: it is retried later. */
    private void recordFailure(Claim claim, CladoException error) {
        try {
            JobWatch watch = claim.watch;
            watch.setConsecutiveErrors(watch.getConsecutiveErrors() + 1);
            watch.setLastError(error.getMessage());
            watch.setNextPollAt(schedule.afterError(watch, clock.instant(), null));
            save(claim);
        } catch (RuntimeException e) {
            LOG.warn("clado: cannot record the failure of job {}: {}", claim.watch.getJobId(), e.getMessage());
        }
    }

    /** Ends a job's watch with an exchange that carries the error to the route's error handler. */
    private int endWithError(Claim claim, String reason, CladoException error, Instant now) {
        JobWatch watch = claim.watch;
        if (!renewLease(claim, now)) {
            return 0;
        }
        Exchange exchange = createExchange(false);
        try {
            Message message = exchange.getMessage();
            message.setHeader(CladoConstants.OPERATION_EXECUTED, kind.statusOperation().uriName());
            message.setHeader(CladoConstants.JOB_ID, watch.getJobId());
            if (watch.getObservedStatus() != null) {
                message.setHeader(CladoConstants.JOB_STATUS, watch.getObservedStatus());
            }
            message.setHeader(CladoConstants.JOB_CHANGE, "watchEnded");
            message.setHeader(CladoConstants.EVENT_ID, eventId(watch, "watchEnded", null, null, reason));
            message.setHeader(CladoConstants.WATCH_END_REASON, reason);
            message.setHeader(CladoConstants.JOB_POLLS, watch.getPolls());
            message.setHeader(CladoConstants.JOB_POLL_COST, watch.getPollCost());
            message.setHeader(CladoConstants.JOB_COST, watch.getStartCost() + watch.getPollCost());
            exchange.setException(error);
            process(exchange);
        } finally {
            releaseExchange(exchange, false);
        }
        pendingEvents.remove(watch.getJobId());
        watch.setLastError(error.getMessage());
        watch.end(reason, now);
        save(claim);
        return 1;
    }

    /**
     * Renews the lease of a claimed job before its events are emitted (or more money is spent on it): a
     * compare-and-set from the version this run stored. It fails when another node claimed the job after this run's
     * lease ran out (or it was continued or ended meanwhile): that node's read is the one that counts, so this read's
     * events are dropped; only its reads and their cost are added to the stored watch.
     */
    private boolean renewLease(Claim claim, Instant now) {
        JobWatch watch = claim.watch;
        for (int attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
            JobWatch renewal = watch.copy();
            renewal.setNextPollAt(now.plus(lease()));
            if (repository.update(renewal)) {
                watch.setVersion(renewal.getVersion());
                claim.base = renewal;
                claim.leaseEnd = renewal.getNextPollAt();
                return true;
            }
            Optional<JobWatch> current = repository.find(watch.getJobId());
            if (current.isEmpty()) {
                return false;
            }
            JobWatch fresh = current.get();
            if (!WatchMerge.onlyRegistrationChanged(fresh, claim.base)) {
                LOG.info("clado: job {} was taken over by another consumer or node, or continued, while this run read"
                        + " it; the events of this read are dropped", watch.getJobId());
                addCounts(claim);
                pendingEvents.remove(watch.getJobId());
                return false;
            }
            // a producer registered the job again (a status call with CamelCladoWatch=true, a cost): still ours
            JobWatch rebased = WatchMerge.merged(fresh, watch, claim.base);
            WatchMerge.copyInto(rebased, watch);
            claim.base = fresh;
        }
        LOG.warn("clado: the watch of job {} kept changing; the events of this read are dropped", watch.getJobId());
        addCounts(claim);
        return false;
    }

    /** Adds only this claim's reads and their cost to the stored watch, which someone else owns now. */
    private void addCounts(Claim claim) {
        int polls = claim.watch.getPolls() - claim.base.getPolls();
        long cost = claim.watch.getPollCost() - claim.base.getPollCost();
        if (polls == 0 && cost == 0) {
            return;
        }
        for (int attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
            try {
                Optional<JobWatch> current = repository.find(claim.watch.getJobId());
                if (current.isEmpty()) {
                    return;
                }
                JobWatch fresh = current.get();
                fresh.setPolls(fresh.getPolls() + polls);
                fresh.setPollCost(fresh.getPollCost() + cost);
                if (repository.update(fresh)) {
                    claim.base = fresh.copy();
                    claim.watch.setPolls(fresh.getPolls());
                    claim.watch.setPollCost(fresh.getPollCost());
                    return;
                }
            } catch (RuntimeException e) {
                LOG.warn("clado: cannot add the reads of job {} to {}: {}", claim.watch.getJobId(), repository,
                        e.getMessage());
                return;
            }
        }
        LOG.warn("clado: the watch of job {} kept changing; {} reads costing {} are not recorded", claim.watch.getJobId(),
                polls, cost);
    }

    /**
     * Stores the watch. When it changed since this consumer stored it (a producer registered or continued the job,
     * or another node took it over after this run's lease ran out), the two are merged ({@link WatchMerge#merged}).
     */
    private void save(Claim claim) {
        JobWatch watch = claim.watch;
        JobWatch toStore = watch;
        for (int attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
            try {
                if (repository.update(toStore)) {
                    if (toStore != watch) {
                        WatchMerge.copyInto(toStore, watch);
                    }
                    claim.base = watch.copy();
                    return;
                }
                Optional<JobWatch> current = repository.find(watch.getJobId());
                if (current.isEmpty()) {
                    return;
                }
                toStore = WatchMerge.merged(current.get(), watch, claim.base);
            } catch (RuntimeException e) {
                // the read happened; its job is read again once the lease runs out
                LOG.warn("clado: cannot store the watch of job {} in {}: {}", watch.getJobId(), repository,
                        e.getMessage());
                return;
            }
        }
        LOG.warn("clado: the watch of job {} kept changing; this read is not recorded", watch.getJobId());
    }

    private void purgeEnded(Instant now) {
        if (lastPurge != null && Duration.between(lastPurge, now).compareTo(PURGE_INTERVAL) < 0) {
            return;
        }
        lastPurge = now;
        try {
            int purged = repository.purgeEnded(now.minus(ENDED_RETENTION));
            if (purged > 0) {
                LOG.debug("clado: forgot {} job watches that ended more than {} ago", purged, ENDED_RETENTION);
            }
        } catch (RuntimeException e) {
            LOG.debug("clado: cannot purge ended watches: {}", e.getMessage());
        }
    }

    private static boolean isTerminal(String status) {
        return status != null && dev.camelclado.component.model.JobStatus.fromValue(status).isTerminal();
    }

    private static String normalized(String status) {
        return status == null ? "unknown" : status.trim().toLowerCase(java.util.Locale.ROOT);
    }

    // --- bookkeeping for the health check and the dev console ---

    public JobKind getKind() {
        return kind;
    }

    public String getSource() {
        return source;
    }

    public JobWatchRepository getRepository() {
        return repository;
    }

    public PollSchedule getSchedule() {
        return schedule;
    }

    /** Status reads made (answered or failed). */
    public long getReads() {
        return reads.get();
    }

    public long getFailedReads() {
        return failedReads.get();
    }

    /** Exchanges emitted, error exchanges included. */
    public long getEvents() {
        return events.get();
    }

    /** What this consumer's reads cost, in base units. */
    public long getSpent() {
        return spent.get();
    }

    /** When a status read last succeeded, or null. */
    public Instant getLastSuccessfulRead() {
        return lastSuccessfulRead;
    }

    /**
     * The failure of the last run whose reads failed, while no read has succeeded since; else null. Most runs read
     * nothing (no job is due), so Camel's own error counter forgets a failure at the next run: this does not.
     */
    public CladoException getUnrecoveredFailure() {
        Instant failedAt = lastFailedReadAt;
        Instant succeededAt = lastSuccessfulRead;
        return failedAt != null && (succeededAt == null || failedAt.isAfter(succeededAt)) ? lastReadFailure : null;
    }

    /** Scheduler runs finished so far (whether they read anything or not). */
    public long getCompletedRuns() {
        return runs.get();
    }

    /** When the scheduler last ran the consumer, or null. */
    public Instant getLastRun() {
        return lastRun;
    }

    public Instant getRateLimitedUntil() {
        return rateLimitedUntil;
    }

    /** The jobs this consumer reads (active and ended), from its repository. */
    public List<JobWatch> watches() {
        String jobId = singleJobId();
        if (repository == null) {
            return List.of();
        }
        return repository.list().stream()
                .filter(w -> w.getKind() == kind && (jobId != null ? w.getJobId().equals(jobId) : w.readableBy(source)))
                .toList();
    }
}
