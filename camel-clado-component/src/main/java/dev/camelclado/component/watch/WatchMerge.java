package dev.camelclado.component.watch;

import java.util.Objects;

/**
 * How a consumer stores a watch that changed under it since it claimed the job: a producer registered the job again,
 * a continue started another run, or another node took the job over after this node's lease ran out. Each read's
 * reads and cost are kept, and a status is never emitted twice.
 */
public final class WatchMerge {

    private WatchMerge() {
    }

    /**
     * Whether, since this consumer stored {@code base}, only a registration changed the stored watch: same run, same
     * lease, nothing read, emitted or ended by anyone else. A continue (another run) or another node's claim is more.
     */
    public static boolean onlyRegistrationChanged(JobWatch fresh, JobWatch base) {
        return fresh.isActive() == base.isActive()
                && Objects.equals(fresh.getRunStartedAt(), base.getRunStartedAt())
                && Objects.equals(fresh.getNextPollAt(), base.getNextPollAt())
                && Objects.equals(fresh.getObservedAt(), base.getObservedAt())
                && Objects.equals(fresh.getEmittedStatus(), base.getEmittedStatus())
                && Objects.equals(fresh.getEmittedProgress(), base.getEmittedProgress());
    }

    /**
     * What to store when the stored watch ({@code fresh}) changed since this consumer stored {@code base}, from which
     * it made {@code mine}. This read's reads and cost are always added. If only a registration changed it (a status
     * call with CamelCladoWatch=true, a cost), this consumer's watch is stored with the registration's fields, so a
     * watch this read ended stays ended. If the job was continued (another run), the new run is kept with what this
     * read emitted, so its first status is a change from it. If another node read or emitted it meanwhile, theirs is
     * kept, with what this read emitted when they emitted nothing, and ended if this read ended it.
     */
    public static JobWatch merged(JobWatch fresh, JobWatch mine, JobWatch base) {
        int polls = mine.getPolls() - base.getPolls();
        long cost = mine.getPollCost() - base.getPollCost();
        JobWatch result;
        if (onlyRegistrationChanged(fresh, base)) {
            result = mine.copy();
            result.setSource(fresh.getSource());
            result.setRegisteredAt(fresh.getRegisteredAt());
            result.setResultTarget(fresh.getResultTarget());
            result.setResultBase(fresh.getResultBase());
            result.setStartCost(fresh.getStartCost());
        } else {
            result = fresh.copy();
            boolean sameRun = Objects.equals(fresh.getRunStartedAt(), base.getRunStartedAt());
            boolean iEmitted = !Objects.equals(mine.getEmittedStatus(), base.getEmittedStatus())
                    || !Objects.equals(mine.getEmittedProgress(), base.getEmittedProgress());
            boolean theyEmitted = !Objects.equals(fresh.getEmittedStatus(), base.getEmittedStatus())
                    || !Objects.equals(fresh.getEmittedProgress(), base.getEmittedProgress());
            if (iEmitted && !theyEmitted) {
                result.setEmittedStatus(mine.getEmittedStatus());
                result.setEmittedProgress(mine.getEmittedProgress());
            }
            if (sameRun && !mine.isActive() && base.isActive() && fresh.isActive()) {
                result.setLastError(mine.getLastError());
                result.end(mine.getEndReason(), mine.getEndedAt());
            }
        }
        result.setPolls(fresh.getPolls() + polls);
        result.setPollCost(fresh.getPollCost() + cost);
        result.setVersion(fresh.getVersion());
        return result;
    }

    /** Makes {@code to} the same watch as {@code from}, version included, for those who hold {@code to}. */
    public static void copyInto(JobWatch from, JobWatch to) {
        to.setSource(from.getSource());
        to.setActive(from.isActive());
        to.setEndReason(from.getEndReason());
        to.setEndedAt(from.getEndedAt());
        to.setRegisteredAt(from.getRegisteredAt());
        to.setRunStartedAt(from.getRunStartedAt());
        to.setResultTarget(from.getResultTarget());
        to.setResultBase(from.getResultBase());
        to.setEmittedStatus(from.getEmittedStatus());
        to.setEmittedProgress(from.getEmittedProgress());
        to.setObservedStatus(from.getObservedStatus());
        to.setObservedAt(from.getObservedAt());
        to.setPhaseStartedAt(from.getPhaseStartedAt());
        to.setProgress(from.getProgress());
        to.setProgressAt(from.getProgressAt());
        to.setEarlierProgress(from.getEarlierProgress());
        to.setEarlierProgressAt(from.getEarlierProgressAt());
        to.setLastResults(from.getLastResults());
        to.setPredictionMisses(from.getPredictionMisses());
        to.setNextPollAt(from.getNextPollAt());
        to.setPolls(from.getPolls());
        to.setPollCost(from.getPollCost());
        to.setStartCost(from.getStartCost());
        to.setConsecutiveErrors(from.getConsecutiveErrors());
        to.setLastError(from.getLastError());
        to.setVersion(from.getVersion());
    }
}
