package dev.camelclado.component.watch;

import dev.camelclado.component.CladoOperation;

/** The kinds of Clado job a consumer can watch, each read through its status operation. */
public enum JobKind {

    DEEP_RESEARCH(CladoOperation.DEEP_RESEARCH_STATUS),
    BULK_CONTACTS(CladoOperation.BULK_CONTACTS_STATUS);

    private final CladoOperation statusOperation;

    JobKind(CladoOperation statusOperation) {
        this.statusOperation = statusOperation;
    }

    public CladoOperation statusOperation() {
        return statusOperation;
    }

    /** The kind a status operation reads, or null when the operation is not a job status read. */
    public static JobKind readBy(CladoOperation operation) {
        for (JobKind kind : values()) {
            if (kind.statusOperation == operation) {
                return kind;
            }
        }
        return null;
    }

    /** The kind of job an operation names by id (status, cancel, continue), or null. */
    public static JobKind ofJobOperation(CladoOperation operation) {
        switch (operation) {
            case DEEP_RESEARCH_STATUS, DEEP_RESEARCH_CANCEL, DEEP_RESEARCH_CONTINUE:
                return DEEP_RESEARCH;
            case BULK_CONTACTS_STATUS:
                return BULK_CONTACTS;
            default:
                return null;
        }
    }

    /** The kind of job an operation starts (or restarts, for continue), or null. */
    public static JobKind startedBy(CladoOperation operation) {
        switch (operation) {
            case DEEP_RESEARCH_START, DEEP_RESEARCH_CONTINUE:
                return DEEP_RESEARCH;
            case BULK_CONTACTS_START:
                return BULK_CONTACTS;
            default:
                return null;
        }
    }
}
