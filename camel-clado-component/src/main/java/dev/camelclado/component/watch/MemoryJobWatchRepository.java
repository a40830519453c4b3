package dev.camelclado.component.watch;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Watches in memory: the default, shared by the endpoints of one component. It does not survive a restart; use
 * {@link JdbcJobWatchRepository} for that.
 */
public class MemoryJobWatchRepository implements JobWatchRepository {

    private static final Comparator<JobWatch> SOONEST_FIRST = Comparator.comparing(JobWatch::getNextPollAt,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Map<String, JobWatch> watches = new ConcurrentHashMap<>();

    @Override
    public JobWatch register(JobRegistration registration) {
        return watches.compute(registration.jobId(), (id, existing) -> {
            if (existing == null) {
                return registration.newWatch();
            }
            JobWatch updated = existing.copy();
            registration.applyTo(updated);
            updated.setVersion(existing.getVersion() + 1);
            return updated;
        }).copy();
    }

    @Override
    public Optional<JobWatch> find(String jobId) {
        JobWatch watch = watches.get(jobId);
        return watch == null ? Optional.empty() : Optional.of(watch.copy());
    }

    @Override
    public List<JobWatch> due(JobKind kind, String source, Instant now, int max) {
        return watches.values().stream()
                .filter(w -> w.isActive() && w.getKind() == kind && w.readableBy(source))
                .filter(w -> w.getNextPollAt() == null || !w.getNextPollAt().isAfter(now))
                .sorted(SOONEST_FIRST)
                .limit(max)
                .map(JobWatch::copy)
                .toList();
    }

    @Override
    public List<JobWatch> list() {
        return watches.values().stream().map(JobWatch::copy).sorted(Comparator.comparing(JobWatch::getJobId)).toList();
    }

    @Override
    public boolean update(JobWatch watch) {
        AtomicBoolean stored = new AtomicBoolean();
        watches.computeIfPresent(watch.getJobId(), (id, existing) -> {
            if (existing.getVersion() != watch.getVersion()) {
                return existing;
            }
            JobWatch copy = watch.copy();
            copy.setVersion(watch.getVersion() + 1);
            stored.set(true);
            return copy;
        });
        if (stored.get()) {
            watch.setVersion(watch.getVersion() + 1);
        }
        return stored.get();
    }

    @Override
    public int purgeEnded(Instant endedBefore) {
        int before = watches.size();
        watches.values().removeIf(w -> !w.isActive() && w.getEndedAt() != null && w.getEndedAt().isBefore(endedBefore));
        return before - watches.size();
    }

    @Override
    public String toString() {
        return "MemoryJobWatchRepository[" + watches.size() + " watches]";
    }
}
