package dev.camelclado.examples;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;

import dev.camelclado.component.CladoConstants;

/**
 * The job-control example's book of its jobs: which job runs under the cancel rules and which one is run to
 * completion and continued, what was decided about each and why, and how each run ended. The routes read and write
 * it; the test reads it.
 */
public class JobControl {

    /** Which rule decided to cancel a job. */
    public static final String ENOUGH_RESULTS = "enough-results";
    public static final String MAX_JOB_COST = "max-job-cost";

    /** A decision to cancel a job, with the figures of the event it was taken on. */
    public record Decision(String jobId, String rule, String reason, int results, long jobCost, int polls) {
    }

    /** A run of a job that ended: its status and the figures of its terminal event. */
    public record Ending(String jobId, String status, int results, long jobCost, int polls) {
    }

    private final Set<String> continued = ConcurrentHashMap.newKeySet();
    private final Map<String, Decision> cancellations = new ConcurrentHashMap<>();
    private final List<Ending> endings = new CopyOnWriteArrayList<>();
    private volatile String cappedJob;
    private volatile String continuedJob;

    /** The first job: it runs under the cancel rules. */
    public void capped(@Header(CladoConstants.JOB_ID) String jobId) {
        cappedJob = jobId;
    }

    /** The second job: no rule cancels it; it is continued once it completes. */
    public void toContinue(@Header(CladoConstants.JOB_ID) String jobId) {
        continuedJob = jobId;
        continued.add(jobId);
    }

    /**
     * Whether the rules apply to this job: any job but the one to continue (the consumer may see the first job
     * before the route that started it has noted its id), and only until a cancel was decided.
     */
    public boolean underRules(@Header(CladoConstants.JOB_ID) String jobId) {
        return !continued.contains(jobId) && !cancellations.containsKey(jobId);
    }

    /** Whether this job is the one run under the rules (whether or not a rule fired). */
    public boolean isCapped(@Header(CladoConstants.JOB_ID) String jobId) {
        return !continued.contains(jobId);
    }

    public void cancelling(@Header(CladoConstants.JOB_ID) String jobId, @ExchangeProperty("rule") String rule,
            @ExchangeProperty("reason") String reason, @Header(CladoConstants.TOTAL_RESULTS) Integer results,
            @Header(CladoConstants.JOB_COST) Long jobCost, @Header(CladoConstants.JOB_POLLS) Integer polls) {
        cancellations.put(jobId, new Decision(jobId, rule, reason, results == null ? 0 : results,
                jobCost == null ? 0 : jobCost, polls == null ? 0 : polls));
    }

    /** Notes a run that ended; returns how many runs of this job have completed so far. */
    public int ended(@Header(CladoConstants.JOB_ID) String jobId, @Header(CladoConstants.JOB_STATUS) String status,
            @Header(CladoConstants.TOTAL_RESULTS) Integer results, @Header(CladoConstants.JOB_COST) Long jobCost,
            @Header(CladoConstants.JOB_POLLS) Integer polls) {
        endings.add(new Ending(jobId, status, results == null ? 0 : results, jobCost == null ? 0 : jobCost,
                polls == null ? 0 : polls));
        return (int) endings.stream().filter(e -> e.jobId().equals(jobId) && "completed".equals(e.status())).count();
    }

    /** What a job has cost so far, for a log line: nothing in direct mode (credits), dollars in mpp mode. */
    public String costSoFar(@Header(CladoConstants.JOB_COST) Long jobCost) {
        return jobCost == null || jobCost == 0 ? "" : ", " + SpendReport.usd(BigInteger.valueOf(jobCost)) + " spent on it so far";
    }

    public String getCappedJob() {
        return cappedJob;
    }

    public String getContinuedJob() {
        return continuedJob;
    }

    /** Cancel decisions per job. */
    public Map<String, Decision> cancellations() {
        return Map.copyOf(cancellations);
    }

    /** Every run that ended, in the order the consumer saw them. */
    public List<Ending> endings() {
        return List.copyOf(endings);
    }

    public List<Ending> endingsOf(String jobId) {
        return endings.stream().filter(e -> e.jobId().equals(jobId)).toList();
    }
}
