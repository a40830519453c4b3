package dev.camelclado.component.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** An answer about a job (deep research, bulk contacts): its raw status read as a {@link JobStatus}. */
public interface JobAnswer {

    String getJobId();

    /** The status as Clado sent it. */
    String getStatus();

    @JsonIgnore
    default JobStatus getJobStatus() {
        return JobStatus.fromValue(getStatus());
    }

    /** Whether the job has ended (completed, error or cancelled, or a tolerated variant). */
    @JsonIgnore
    default boolean isTerminal() {
        return getJobStatus().isTerminal();
    }
}
