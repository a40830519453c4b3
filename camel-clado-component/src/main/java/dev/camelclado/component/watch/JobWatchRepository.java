package dev.camelclado.component.watch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where watched jobs and what was emitted about them are kept, shared by the producers that start jobs and the
 * consumers that poll them. An implementation that survives restarts ({@link JdbcJobWatchRepository}) means a
 * restarted application neither forgets a job nor emits a status twice; one shared by several nodes lets them
 * watch the same jobs without polling any of them twice, since {@link #update} only stores a watch nobody else
 * changed since it was read.
 */
public interface JobWatchRepository {

    /** Starts watching a job, or watches it again when it is continued; returns the stored watch. */
    JobWatch register(JobRegistration registration);

    Optional<JobWatch> find(String jobId);

    /**
     * Active watches of a kind that a consumer of {@code source} may read and that are due (no poll planned, or
     * planned at or before {@code now}), soonest first, at most {@code max}.
     */
    List<JobWatch> due(JobKind kind, String source, Instant now, int max);

    /** Every watch, active or ended, for consoles and tests. */
    List<JobWatch> list();

    /**
     * Stores the watch if the stored one still has the watch's version, and then moves the version on (in the
     * stored copy and in {@code watch}). Returns false, storing nothing, when another consumer, node or producer
     * changed it since it was read.
     */
    boolean update(JobWatch watch);

    /** Forgets watches that ended before the given instant; returns how many. */
    int purgeEnded(Instant endedBefore);
}
