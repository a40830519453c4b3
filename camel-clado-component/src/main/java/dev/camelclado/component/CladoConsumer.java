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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelclado.component.model.BulkContactsStatus;
import dev.camelclado.component.model.DeepResearchStatus;
import dev.camelclado.component.model.JobAnswer;
import dev.camelclado.component.model.PersonResult;
import dev.camelclado.component.service.CladoHttpResponse;
import dev.camelclado.component.service.CladoRequest;
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

/**
 * Emits one exchange per status change of the watched jobs: the one job of {@code jobId}, or every job of its kind
 * that the application's producers started or that was added by id. Each scheduler run reads only the jobs whose
 * next read is due, as planned by the {@link PollSchedule}, so the scheduler's {@code delay} costs nothing; in mpp
 * mode each read is paid and recorded in the ledger like any payment. What was emitted is stored in the
 * {@link JobWatchRepository} only after the route processed it, so a restart neither loses a job nor emits a
 * status twice (a change whose exchange failed is emitted again at the next read).
 */
public class CladoConsumer extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(CladoConsumer.class);
    private static final Duration ENDED_RETENTION = Duration.ofDays(7);
    private static final Duration PURGE_INTERVAL = Duration.ofHours(1);
    private static final int DEFAULT_PAGE_SIZE = 25;
    private static final int SAVE_ATTEMPTS = 5;

    private final JobKind kind;
    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong failedReads = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong spent = new AtomicLong();

    private JobWatchRepository repository;
    private PollSchedule schedule;
    private java.time.Clock clock;
    private String source;
    private volatile Instant rateLimitedUntil;
    private volatile Instant lastSuccessfulRead;
    private volatile Instant lastFailedReadAt;
    private volatile CladoException lastReadFailure;
    private volatile Instant lastRun;
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
        String jobId = singleJobId();
        if (jobId != null && repository.find(jobId).isEmpty()) {
            repository.register(JobRegistration.byId(jobId, kind, source, clock.instant()));
        }
        getEndpoint().getComponent().consumerStarted(this);
        LOG.info("clado:{} watches {} ({}, {} mode), reading them {}", kind.statusOperation(),
                jobId != null ? "job " + jobId : "every " + kind + " job of the application",
                repository, configuration().getMode(), schedule);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        getEndpoint().getComponent().consumerStopped(this);
        super.doStop();
    }

    private String singleJobId() {
        String jobId = configuration().getJobId();
        return jobId == null || jobId.isBlank() ? null : jobId.trim();
    }

    @Override
    protected int poll() throws Exception {
        Instant now = clock.instant();
        lastRun = now;
        purgeEnded(now);
        if (rateLimitedUntil != null && now.isBefore(rateLimitedUntil)) {
            return 0;
        }
        List<Read> started = new ArrayList<>();
        for (JobWatch watch : claimDue(now)) {
            started.add(send(watch, statusRequest(watch, false)));
        }
        int emitted = 0;
        List<CladoException> failures = new ArrayList<>();
        for (Read read : started) {
            emitted += handle(read, failures);
        }
        if (!failures.isEmpty()) {
            CladoPollException failure = new CladoPollException(kind.statusOperation(), failures.size(), started.size(),
                    failures.get(0));
            lastReadFailure = failure;
            lastFailedReadAt = clock.instant();
            throw failure;
        }
        return emitted;
    }

    /** The due jobs this consumer now owns: each is leased (its next read pushed out) before it is read. */
    private List<JobWatch> claimDue(Instant now) {
        List<JobWatch> due;
        String jobId = singleJobId();
        if (jobId != null) {
            Optional<JobWatch> watch = repository.find(jobId);
            due = watch.filter(w -> w.isActive() && (w.getNextPollAt() == null || !w.getNextPollAt().isAfter(now)))
                    .map(List::of).orElse(List.of());
        } else {
            due = repository.due(kind, source, now, configuration().getMaxReadsPerPoll());
        }
        Instant leaseEnd = now.plus(lease());
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

    private record Read(JobWatch watch, JobWatch claimed, CladoRequest request,
            CompletableFuture<CladoHttpResponse> answer) {
    }

    private Read send(JobWatch watch, CladoRequest request) {
        CompletableFuture<CladoHttpResponse> answer;
        try {
            answer = getEndpoint().getTransport().send(request);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        return new Read(watch, watch.copy(), request, answer);
    }

    /** The answer of a read, or its typed error, waiting at most as long as the lease. */
    private CladoHttpResponse await(Read read) {
        reads.incrementAndGet();
        try {
            return read.answer().get(lease().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw getEndpoint().translateFailure(read.request().operation(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            read.answer().cancel(true);
            throw getEndpoint().translateFailure(read.request().operation(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CladoException(read.request().operation(), "interrupted while reading job "
                    + read.watch().getJobId());
        }
    }

    /** Reads the answer, records it in the watch and emits what changed; returns the exchanges emitted. */
    private int handle(Read read, List<CladoException> failures) {
        JobWatch watch = read.watch();
        CladoHttpResponse response = null;
        JobAnswer answer;
        try {
            response = await(read);
            answer = (JobAnswer) getEndpoint().getResponseMapper().model(read.request(), response);
        } catch (CladoException e) {
            return readFailed(read, response, e, failures);
        } catch (RuntimeException e) {
            return readFailed(read, response, getEndpoint().translateFailure(read.request().operation(), e), failures);
        }
        Instant now = clock.instant();
        countRead(watch, response);
        JobProgress progress = JobProgress.of(answer, watch);
        JobObservation.record(watch, progress, now);

        if (answer.isTerminal() && needsResultsRead(read.request(), answer)) {
            // the job has ended: read its results now, in the same run, rather than one read later
            Read results = send(watch, statusRequest(watch, true));
            try {
                response = await(results);
                answer = (JobAnswer) getEndpoint().getResponseMapper().model(results.request(), response);
            } catch (RuntimeException e) {
                CladoException error = e instanceof CladoException clado ? clado
                        : getEndpoint().translateFailure(results.request().operation(), e);
                return readFailed(new Read(watch, read.claimed(), results.request(), results.answer()), null, error,
                        failures);
            }
            countRead(watch, response);
        }
        lastSuccessfulRead = now;
        return emitChanges(read, watch, answer, progress, response, now);
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

    private int emitChanges(Read read, JobWatch watch, JobAnswer answer, JobProgress progress,
            CladoHttpResponse response, Instant now) {
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
            save(watch, read.claimed());
            return 0;
        }
        String change = statusChanged ? "status" : progressChanged ? "progress" : "watchEnded";
        String endReason = terminal ? normalized(progress.status()) : limitReached;
        Exchange exchange = createExchange(false);
        try {
            describe(exchange.getMessage(), watch, answer, progress, response, change, endReason);
            boolean processed = process(exchange);
            if (processed) {
                watch.setEmittedStatus(progress.status());
                watch.setEmittedProgress(progress.key());
                if (endReason != null) {
                    watch.end(endReason, now);
                } else {
                    watch.setNextPollAt(schedule.next(watch, now));
                }
            } else {
                // emitted again at the next read, which comes soon
                watch.setNextPollAt(now.plus(schedule.minInterval()));
            }
        } finally {
            releaseExchange(exchange, false);
        }
        save(watch, read.claimed());
        return 1;
    }

    private String pollLimitReached(JobWatch watch) {
        int maxPolls = configuration().getMaxPollsPerJob();
        if (maxPolls > 0 && watch.getPolls() >= maxPolls) {
            return "maxPollsPerJob";
        }
        long maxSpend = configuration().getMaxSpendPerJob();
        if (maxSpend > 0 && watch.getPolls() > 0 && watch.getPollCost() > 0
                && watch.getPollCost() + watch.getPollCost() / watch.getPolls() > maxSpend) {
            // the next read would cross the limit
            return "maxSpendPerJob";
        }
        return null;
    }

    private void describe(Message message, JobWatch watch, JobAnswer answer, JobProgress progress,
            CladoHttpResponse response, String change, String endReason) {
        message.setBody(answer);
        message.setHeader(CladoConstants.OPERATION_EXECUTED, kind.statusOperation().uriName());
        ResponseMapper.transportHeaders(response, message);
        message.setHeader(CladoConstants.JOB_ID, watch.getJobId());
        message.setHeader(CladoConstants.JOB_STATUS, progress.status());
        message.setHeader(CladoConstants.JOB_TERMINAL, answer.isTerminal());
        if (watch.getEmittedStatus() != null) {
            message.setHeader(CladoConstants.JOB_PREVIOUS_STATUS, watch.getEmittedStatus());
        }
        message.setHeader(CladoConstants.JOB_CHANGE, change);
        if (answer instanceof DeepResearchStatus job) {
            setIfPresent(message, CladoConstants.SEARCH_CHUNK_DONE, job.getSearchChunkDone());
            setIfPresent(message, CladoConstants.SEARCH_CHUNK_TOTAL, job.getSearchChunkTotal());
            setIfPresent(message, CladoConstants.TOTAL_RESULTS, progress.results());
            message.setHeader(CladoConstants.RESULT_COUNT, job.getResults() == null ? 0 : job.getResults().size());
            if (answer.isTerminal() && configuration().getResultsMode() == CladoResultsMode.pages) {
                message.setHeader(CladoConstants.RESULT_PAGES, resultPages(watch.getJobId(),
                        progress.results() == null ? 0 : progress.results()));
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
        if (endReason != null) {
            message.setHeader(CladoConstants.WATCH_END_REASON, endReason);
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

    private int readFailed(Read read, CladoHttpResponse response, CladoException error, List<CladoException> failures) {
        JobWatch watch = read.watch();
        Instant now = clock.instant();
        failedReads.incrementAndGet();
        long paid = paid(response);
        if (paid > 0) {
            watch.setPollCost(watch.getPollCost() + paid);
            spent.addAndGet(paid);
        }
        if (error instanceof CladoNotFoundException
                || error instanceof CladoApiException api && api.getStatusCode() == 403) {
            // the job is gone (expired, deleted) or not this account's: reading it again cannot help
            return endWithError(read, error instanceof CladoNotFoundException ? "notFound" : "forbidden", error, now);
        }
        watch.setConsecutiveErrors(watch.getConsecutiveErrors() + 1);
        watch.setLastError(error.getMessage());
        Duration retryAfter = error instanceof CladoApiException api ? api.getRetryAfter() : null;
        if (error instanceof CladoRateLimitException) {
            // the limit is the key's: every job waits
            rateLimitedUntil = now.plus(retryAfter);
        }
        watch.setNextPollAt(schedule.afterError(watch, now, retryAfter));
        save(watch, read.claimed());
        failures.add(error);
        return 0;
    }

    /** Ends a job's watch with an exchange that carries the error to the route's error handler. */
    private int endWithError(Read read, String reason, CladoException error, Instant now) {
        JobWatch watch = read.watch();
        Exchange exchange = createExchange(false);
        try {
            Message message = exchange.getMessage();
            message.setHeader(CladoConstants.OPERATION_EXECUTED, kind.statusOperation().uriName());
            message.setHeader(CladoConstants.JOB_ID, watch.getJobId());
            if (watch.getObservedStatus() != null) {
                message.setHeader(CladoConstants.JOB_STATUS, watch.getObservedStatus());
            }
            message.setHeader(CladoConstants.JOB_CHANGE, "watchEnded");
            message.setHeader(CladoConstants.WATCH_END_REASON, reason);
            message.setHeader(CladoConstants.JOB_POLLS, watch.getPolls());
            message.setHeader(CladoConstants.JOB_POLL_COST, watch.getPollCost());
            message.setHeader(CladoConstants.JOB_COST, watch.getStartCost() + watch.getPollCost());
            exchange.setException(error);
            process(exchange);
        } finally {
            releaseExchange(exchange, false);
        }
        watch.setLastError(error.getMessage());
        watch.end(reason, now);
        save(watch, read.claimed());
        return 1;
    }

    /**
     * Stores the watch. When a producer changed it during the read (a continue re-arms the job), its change is kept
     * and only this read's counts and emissions are added to it.
     */
    private void save(JobWatch watch, JobWatch claimed) {
        JobWatch toStore = watch;
        for (int attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
            try {
                if (repository.update(toStore)) {
                    return;
                }
                Optional<JobWatch> current = repository.find(watch.getJobId());
                if (current.isEmpty()) {
                    return;
                }
                JobWatch fresh = current.get();
                fresh.setPolls(fresh.getPolls() + watch.getPolls() - claimed.getPolls());
                fresh.setPollCost(fresh.getPollCost() + watch.getPollCost() - claimed.getPollCost());
                fresh.setEmittedStatus(watch.getEmittedStatus());
                fresh.setEmittedProgress(watch.getEmittedProgress());
                toStore = fresh;
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
