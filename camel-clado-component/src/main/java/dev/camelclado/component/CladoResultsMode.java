package dev.camelclado.component;

/** What the terminal event of a deep-research job carries. */
public enum CladoResultsMode {
    /** All results, read in one request when the job ends (one more paid read in mpp mode). */
    all,
    /** An iterator of result pages, read as the route iterates (one paid read per page in mpp mode). */
    pages,
    /** No results: the status and figures only. */
    none
}
