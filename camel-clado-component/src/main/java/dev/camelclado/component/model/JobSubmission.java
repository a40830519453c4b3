package dev.camelclado.component.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Answer of {@code deepResearch/start}, {@code deepResearch/continue} and {@code bulkContacts/start}: the job id and its first status. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class JobSubmission extends CladoModel implements JobAnswer {

    private String jobId;
    private String status;
    private String message;

    public String getJobId() {
        return jobId;
    }

    public String getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }
}
