package dev.camelclado.component.model;

import java.util.Locale;

/**
 * Job statuses of deep research and bulk contacts. Clado's documented six, plus the variants clients meet in the
 * wild ({@code in_progress}, {@code failed}, {@code canceled}); anything else is {@link #UNKNOWN} and treated as
 * still running.
 */
public enum JobStatus {
    PENDING(false),
    SEARCHING(false),
    PROCESSING(false),
    IN_PROGRESS(false),
    COMPLETED(true),
    ERROR(true),
    CANCELLED(true),
    UNKNOWN(false);

    private final boolean terminal;

    JobStatus(boolean terminal) {
        this.terminal = terminal;
    }

    /** Whether the job has ended and will not change again (unless continued). */
    public boolean isTerminal() {
        return terminal;
    }

    public static JobStatus fromValue(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "pending", "queued":
                return PENDING;
            case "searching":
                return SEARCHING;
            case "processing":
                return PROCESSING;
            case "in_progress", "running":
                return IN_PROGRESS;
            case "completed", "complete", "done":
                return COMPLETED;
            case "error", "failed":
                return ERROR;
            case "cancelled", "canceled":
                return CANCELLED;
            default:
                return UNKNOWN;
        }
    }
}
