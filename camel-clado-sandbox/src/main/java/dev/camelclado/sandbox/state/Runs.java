package dev.camelclado.sandbox.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.camelclado.sandbox.JobTimeline;
import dev.camelclado.sandbox.StatusChange;

/** What the two kinds of job share about a run: progress through a phase, and the statuses the run goes through. */
final class Runs {

    /** A status a run holds for a length of time. */
    record Phase(String status, Duration length) {
    }

    private Runs() {
    }

    /** How far along a phase of length {@code phase} is after {@code elapsed} of it, through the timeline's curve. */
    static double progress(JobTimeline timeline, Duration elapsed, Duration phase) {
        // a phase of no length is only ever entered by a run failing as it begins, before it did anything
        return timeline.curve().apply(phase.isZero() ? 0.0 : (double) elapsed.toNanos() / phase.toNanos());
    }

    /**
     * The statuses of a run that starts at {@code start} and goes through {@code phases} in order to
     * {@code completed}, or to {@code error} at {@code failure} after its start if that is not null. A phase of no
     * length is left out, as no read could see it; so are phases the failure comes before.
     */
    static List<StatusChange> changes(Instant start, List<Phase> phases, Duration failure) {
        List<StatusChange> changes = new ArrayList<>();
        Duration offset = Duration.ZERO;
        for (Phase phase : phases) {
            if (failure != null && failure.compareTo(offset) <= 0) {
                break;
            }
            if (!phase.length().isZero()) {
                changes.add(new StatusChange(phase.status(), start.plus(offset)));
            }
            offset = offset.plus(phase.length());
        }
        changes.add(failure != null ? new StatusChange("error", start.plus(failure))
                : new StatusChange("completed", start.plus(offset)));
        return changes;
    }
}
