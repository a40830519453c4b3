package dev.camelclado.component.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Answer of {@code deepResearch/status}: the status, progress figures and the results found so far (all of them, or one page when {@code page} was given). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class DeepResearchStatus extends CladoModel implements JobAnswer {

    private String jobId;
    private String status;
    private String message;
    private Integer totalResults;
    private Integer finalResultsCount;
    private Integer opensearchResults;
    private Integer totalFiltered;
    private Integer searchChunkDone;
    private Integer searchChunkTotal;
    private List<PersonResult> results;
    private Map<String, Object> pagination;
    private JsonNode error;
    private String createdAt;

    public String getJobId() {
        return jobId;
    }

    public String getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    /** Results in this answer (Clado {@code total_results}). */
    public Integer getTotalResults() {
        return totalResults;
    }

    /** Validated results across all pages. */
    public Integer getFinalResultsCount() {
        return finalResultsCount;
    }

    public Integer getOpensearchResults() {
        return opensearchResults;
    }

    public Integer getTotalFiltered() {
        return totalFiltered;
    }

    public Integer getSearchChunkDone() {
        return searchChunkDone;
    }

    public Integer getSearchChunkTotal() {
        return searchChunkTotal;
    }

    public List<PersonResult> getResults() {
        return results;
    }

    /** Present only when a page was asked for; its keys are not documented by Clado. */
    public Map<String, Object> getPagination() {
        return pagination;
    }

    public JsonNode getError() {
        return error;
    }

    /** ISO-8601 text or epoch seconds, as the API sends it. */
    public String getCreatedAt() {
        return createdAt;
    }
}
