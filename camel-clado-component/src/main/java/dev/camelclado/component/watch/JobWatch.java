package dev.camelclado.component.watch;

import java.time.Instant;
import java.util.Objects;

/**
 * What a consumer knows about one watched job: what it last emitted (so a restart does not emit it again), what it
 * last observed and when (so the schedule can predict the next change), and what watching has cost. A repository
 * stores it; {@link #getVersion()} lets the repository refuse an update based on a stale copy, so two consumers
 * (or two nodes) never act on the same poll.
 */
public final class JobWatch {

    /**
     * Longest status or end reason a watch keeps. A longer value (no real Clado status is near it) is cut to this
     * length, so every repository can store it (the JDBC columns are this wide) and compares it the same way.
     */
    public static final int MAX_STATUS_LENGTH = 64;
    /** Longest progress key a watch keeps: a longer one is cut and ends with a hash of the whole key. */
    public static final int MAX_PROGRESS_LENGTH = 200;
    /** Longest source or last error a watch keeps. */
    public static final int MAX_TEXT_LENGTH = 500;

    private String jobId;
    private JobKind kind;
    private String source;
    private boolean active = true;
    private String endReason;
    private Instant endedAt;

    private Instant registeredAt;
    private Instant runStartedAt;
    private Integer resultTarget;
    private Integer resultBase;

    private String emittedStatus;
    private String emittedProgress;

    private String observedStatus;
    private Instant observedAt;
    private Instant phaseStartedAt;
    private Double progress;
    private Instant progressAt;
    private Double earlierProgress;
    private Instant earlierProgressAt;
    private Integer lastResults;
    private int predictionMisses;

    private Instant nextPollAt;
    private int polls;
    private long pollCost;
    private long startCost;
    private int consecutiveErrors;
    private String lastError;

    private long version;

    public JobWatch() {
    }

    public JobWatch(String jobId, JobKind kind) {
        this.jobId = Objects.requireNonNull(jobId, "jobId");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public JobWatch copy() {
        JobWatch copy = new JobWatch(jobId, kind);
        copy.source = source;
        copy.active = active;
        copy.endReason = endReason;
        copy.endedAt = endedAt;
        copy.registeredAt = registeredAt;
        copy.runStartedAt = runStartedAt;
        copy.resultTarget = resultTarget;
        copy.resultBase = resultBase;
        copy.emittedStatus = emittedStatus;
        copy.emittedProgress = emittedProgress;
        copy.observedStatus = observedStatus;
        copy.observedAt = observedAt;
        copy.phaseStartedAt = phaseStartedAt;
        copy.progress = progress;
        copy.progressAt = progressAt;
        copy.earlierProgress = earlierProgress;
        copy.earlierProgressAt = earlierProgressAt;
        copy.lastResults = lastResults;
        copy.predictionMisses = predictionMisses;
        copy.nextPollAt = nextPollAt;
        copy.polls = polls;
        copy.pollCost = pollCost;
        copy.startCost = startCost;
        copy.consecutiveErrors = consecutiveErrors;
        copy.lastError = lastError;
        copy.version = version;
        return copy;
    }

    /** Whether a consumer of this source may poll the job: jobs added without a source are anyone's. */
    public boolean readableBy(String consumerSource) {
        return source == null || source.equals(bounded(consumerSource, MAX_TEXT_LENGTH));
    }

    /** The value cut to {@code max} characters (null stays null). */
    public static String bounded(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /**
     * A key of at most {@link #MAX_PROGRESS_LENGTH} characters: a longer one keeps its start and ends with a hash of
     * the whole key, so two different long keys stay different.
     */
    public static String boundedKey(String key) {
        if (key == null || key.length() <= MAX_PROGRESS_LENGTH) {
            return key;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String hash = java.util.HexFormat.of().formatHex(digest, 0, 8);
            return key.substring(0, MAX_PROGRESS_LENGTH - hash.length() - 1) + "#" + hash;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Since when the current run has been going: its start (or continue), else when the watch began. */
    public Instant runOrigin() {
        return runStartedAt != null ? runStartedAt : registeredAt;
    }

    /** Ends the watch: no consumer polls it again unless a producer continues the job. */
    public void end(String reason, Instant at) {
        active = false;
        endReason = bounded(reason, MAX_STATUS_LENGTH);
        endedAt = at;
        nextPollAt = null;
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    public JobKind getKind() {
        return kind;
    }

    public void setKind(JobKind kind) {
        this.kind = kind;
    }

    /** Which account the job belongs to (mode, host and a key fingerprint), or null if any consumer may read it. */
    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = bounded(source, MAX_TEXT_LENGTH);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** Why the watch ended: the terminal status, or {@code notFound}, {@code forbidden}, {@code maxPollsPerJob}... */
    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = bounded(endReason, MAX_STATUS_LENGTH);
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public void setEndedAt(Instant endedAt) {
        this.endedAt = endedAt;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public void setRegisteredAt(Instant registeredAt) {
        this.registeredAt = registeredAt;
    }

    public Instant getRunStartedAt() {
        return runStartedAt;
    }

    public void setRunStartedAt(Instant runStartedAt) {
        this.runStartedAt = runStartedAt;
    }

    /** How many results the current run ends with when it completes, if the starting producer said (its limit). */
    public Integer getResultTarget() {
        return resultTarget;
    }

    public void setResultTarget(Integer resultTarget) {
        this.resultTarget = resultTarget;
    }

    /** Results the job already had when the current run began (non-zero after a continue). */
    public Integer getResultBase() {
        return resultBase;
    }

    public void setResultBase(Integer resultBase) {
        this.resultBase = resultBase;
    }

    public String getEmittedStatus() {
        return emittedStatus;
    }

    public void setEmittedStatus(String emittedStatus) {
        this.emittedStatus = bounded(emittedStatus, MAX_STATUS_LENGTH);
    }

    public String getEmittedProgress() {
        return emittedProgress;
    }

    public void setEmittedProgress(String emittedProgress) {
        this.emittedProgress = boundedKey(emittedProgress);
    }

    public String getObservedStatus() {
        return observedStatus;
    }

    public void setObservedStatus(String observedStatus) {
        this.observedStatus = bounded(observedStatus, MAX_STATUS_LENGTH);
    }

    public Instant getObservedAt() {
        return observedAt;
    }

    public void setObservedAt(Instant observedAt) {
        this.observedAt = observedAt;
    }

    /** Best estimate of when the observed status began: halfway between the poll before it and the poll that saw it. */
    public Instant getPhaseStartedAt() {
        return phaseStartedAt;
    }

    public void setPhaseStartedAt(Instant phaseStartedAt) {
        this.phaseStartedAt = phaseStartedAt;
    }

    /** Progress through the observed status (0 to 1), when the job says enough to tell. */
    public Double getProgress() {
        return progress;
    }

    public void setProgress(Double progress) {
        this.progress = progress;
    }

    public Instant getProgressAt() {
        return progressAt;
    }

    public void setProgressAt(Instant progressAt) {
        this.progressAt = progressAt;
    }

    /** The latest observation in this status with less progress than {@link #getProgress()}: with it, a rate. */
    public Double getEarlierProgress() {
        return earlierProgress;
    }

    public void setEarlierProgress(Double earlierProgress) {
        this.earlierProgress = earlierProgress;
    }

    public Instant getEarlierProgressAt() {
        return earlierProgressAt;
    }

    public void setEarlierProgressAt(Instant earlierProgressAt) {
        this.earlierProgressAt = earlierProgressAt;
    }

    /** Results the job reported at the last poll. */
    public Integer getLastResults() {
        return lastResults;
    }

    public void setLastResults(Integer lastResults) {
        this.lastResults = lastResults;
    }

    /** Reads in the current status that came after its predicted end and found it still going. */
    public int getPredictionMisses() {
        return predictionMisses;
    }

    public void setPredictionMisses(int predictionMisses) {
        this.predictionMisses = predictionMisses;
    }

    public Instant getNextPollAt() {
        return nextPollAt;
    }

    public void setNextPollAt(Instant nextPollAt) {
        this.nextPollAt = nextPollAt;
    }

    /**
     * Status reads made for this job (each one paid in mpp mode), including the final results read and failed reads
     * that may have been paid.
     */
    public int getPolls() {
        return polls;
    }

    public void setPolls(int polls) {
        this.polls = polls;
    }

    /** What the reads cost, in the payment currency's base units (0 in direct mode). */
    public long getPollCost() {
        return pollCost;
    }

    public void setPollCost(long pollCost) {
        this.pollCost = pollCost;
    }

    /** What producers of this application paid to start and continue the job, in base units. */
    public long getStartCost() {
        return startCost;
    }

    public void setStartCost(long startCost) {
        this.startCost = startCost;
    }

    public int getConsecutiveErrors() {
        return consecutiveErrors;
    }

    public void setConsecutiveErrors(int consecutiveErrors) {
        this.consecutiveErrors = consecutiveErrors;
    }

    public String getLastError() {
        return lastError;
    }

    public void setLastError(String lastError) {
        this.lastError = bounded(lastError, MAX_TEXT_LENGTH);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    @Override
    public String toString() {
        return "JobWatch[" + kind + " " + jobId + ", " + (active ? "active" : "ended: " + endReason) + ", emitted="
               + emittedStatus + ", observed=" + observedStatus + ", polls=" + polls + ", next=" + nextPollAt + "]";
    }
}
