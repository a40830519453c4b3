package dev.camelclado.sandbox;

/**
 * What a {@link CladoSandbox.Builder#timelines timeline policy} knows of a job when it starts.
 *
 * @param kind     {@link #DEEP_RESEARCH} or {@link #BULK_CONTACTS}
 * @param query    the deep-research query; null for bulk contacts
 * @param size     the requested {@code limit} of a deep research, the number of URLs of a bulk job
 * @param sequence 1 for the first job started in the sandbox (seeded jobs included), 2 for the next, and so on
 */
public record JobSpec(String kind, String query, int size, long sequence) {

    public static final String DEEP_RESEARCH = "deep-research";
    public static final String BULK_CONTACTS = "bulk-contacts";
}
