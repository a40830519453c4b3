package dev.camelclado.component.model;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Answer of {@code bulkContacts/status}: progress counters and the rows processed so far. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class BulkContactsStatus extends CladoModel implements JobAnswer {

    private String jobId;
    private String status;
    private Integer totalUrls;
    private Integer processed;
    private Integer successful;
    private Integer failed;
    private Integer creditsUsed;
    private List<BulkContactResult> results;
    private String createdAt;
    private String completedAt;
    private JsonNode error;

    public String getJobId() {
        return jobId;
    }

    public String getStatus() {
        return status;
    }

    public Integer getTotalUrls() {
        return totalUrls;
    }

    public Integer getProcessed() {
        return processed;
    }

    public Integer getSuccessful() {
        return successful;
    }

    public Integer getFailed() {
        return failed;
    }

    public Integer getCreditsUsed() {
        return creditsUsed;
    }

    public List<BulkContactResult> getResults() {
        return results;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public String getCompletedAt() {
        return completedAt;
    }

    public JsonNode getError() {
        return error;
    }
}
