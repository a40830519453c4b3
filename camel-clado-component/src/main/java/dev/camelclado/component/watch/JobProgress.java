package dev.camelclado.component.watch;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelclado.component.model.BulkContactsStatus;
import dev.camelclado.component.model.DeepResearchStatus;
import dev.camelclado.component.model.JobAnswer;

/**
 * What one status read says about a job's progress: the figures Clado reports (for headers and change detection)
 * and, when they allow it, how far the job is through its current status (for the schedule).
 *
 * @param status   the status as Clado sent it
 * @param figures  the progress figures, by header-friendly name ({@code searchChunkDone}, {@code processed}...)
 * @param fraction progress through the current status from 0 to 1, or null when the figures do not tell
 * @param results  results found so far (deep research) or URLs processed (bulk contacts), if reported
 */
public record JobProgress(String status, Map<String, Integer> figures, Double fraction, Integer results) {

    /**
     * A key that changes whenever the status or any progress figure changes, as a watch keeps it (at most
     * {@link JobWatch#MAX_PROGRESS_LENGTH} characters).
     */
    public String key() {
        StringBuilder key = new StringBuilder(String.valueOf(status));
        figures.forEach((name, value) -> key.append(';').append(name).append('=').append(value));
        return JobWatch.boundedKey(key.toString());
    }

    /**
     * Reads a status answer. A counter {@code n} of {@code total} that the API rounds down stands for anything in
     * {@code [n, n+1)}, so the fraction uses the middle of that range: predictions then err neither early nor late.
     */
    public static JobProgress of(JobAnswer answer, JobWatch watch) {
        String status = answer.getStatus();
        Map<String, Integer> figures = new LinkedHashMap<>();
        Double fraction = null;
        Integer results = null;
        if (answer instanceof DeepResearchStatus job) {
            put(figures, "searchChunkDone", job.getSearchChunkDone());
            put(figures, "searchChunkTotal", job.getSearchChunkTotal());
            Integer found = job.getFinalResultsCount() != null ? job.getFinalResultsCount() : job.getTotalResults();
            put(figures, "resultsFound", found);
            results = found;
            String normalized = status == null ? "" : status.trim().toLowerCase(java.util.Locale.ROOT);
            if ("searching".equals(normalized)) {
                fraction = counterFraction(job.getSearchChunkDone(), job.getSearchChunkTotal());
            } else if ("processing".equals(normalized) && watch.getResultTarget() != null && found != null) {
                int base = watch.getResultBase() == null ? 0 : watch.getResultBase();
                fraction = counterFraction(found - base, watch.getResultTarget() - base);
            }
        } else if (answer instanceof BulkContactsStatus job) {
            put(figures, "processed", job.getProcessed());
            put(figures, "totalUrls", job.getTotalUrls());
            put(figures, "successful", job.getSuccessful());
            put(figures, "failed", job.getFailed());
            results = job.getProcessed();
            String normalized = status == null ? "" : status.trim().toLowerCase(java.util.Locale.ROOT);
            if ("processing".equals(normalized) || "in_progress".equals(normalized)) {
                fraction = counterFraction(job.getProcessed(), job.getTotalUrls());
            }
        }
        return new JobProgress(status, java.util.Collections.unmodifiableMap(figures), fraction, results);
    }

    private static Double counterFraction(Integer done, Integer total) {
        if (done == null || total == null || total <= 0 || done < 0) {
            return null;
        }
        if (done >= total) {
            return 1.0;
        }
        return done == 0 ? 0.0 : (done + 0.5) / total;
    }

    private static void put(Map<String, Integer> figures, String name, Integer value) {
        if (value != null) {
            figures.put(name, value);
        }
    }
}
