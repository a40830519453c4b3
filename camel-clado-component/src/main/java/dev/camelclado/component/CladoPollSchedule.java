package dev.camelclado.component;

/** How a consumer spaces the status reads of a job. */
public enum CladoPollSchedule {
    /** Reads when a change is likely: predicted from the job's progress, else spaced by the job's age. */
    adaptive,
    /** Reads every {@code minPollInterval}, whatever the job does. */
    fixed
}
