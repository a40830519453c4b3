package dev.camelclado.component.watch;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link JobWatchRepository} does: the same tests run on each implementation. */
abstract class JobWatchRepositoryContract {

    static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    abstract JobWatchRepository repository();

    @Test
    void aRegisteredJobIsDueUntilItsFirstReadIsPlanned() {
        JobWatchRepository repository = repository();
        repository.register(new JobRegistration("a", JobKind.DEEP_RESEARCH, "direct x", T0, 20, false, 0));
        assertThat(repository.due(JobKind.DEEP_RESEARCH, "direct x", T0, 10)).extracting(JobWatch::getJobId)
                .containsExactly("a");
        assertThat(repository.due(JobKind.BULK_CONTACTS, "direct x", T0, 10)).isEmpty();
        assertThat(repository.due(JobKind.DEEP_RESEARCH, "mpp y", T0, 10)).as("another account's job").isEmpty();

        JobWatch watch = repository.find("a").orElseThrow();
        watch.setNextPollAt(T0.plusSeconds(30));
        assertThat(repository.update(watch)).isTrue();
        assertThat(repository.due(JobKind.DEEP_RESEARCH, "direct x", T0.plusSeconds(29), 10)).isEmpty();
        assertThat(repository.due(JobKind.DEEP_RESEARCH, "direct x", T0.plusSeconds(30), 10)).hasSize(1);
    }

    @Test
    void jobsAddedWithoutASourceAreAnyonesAndTheSoonestComeFirst() {
        JobWatchRepository repository = repository();
        repository.register(JobRegistration.byId("late", JobKind.DEEP_RESEARCH, null, T0));
        repository.register(JobRegistration.byId("early", JobKind.DEEP_RESEARCH, null, T0));
        repository.register(JobRegistration.byId("new", JobKind.DEEP_RESEARCH, null, T0));
        JobWatch late = repository.find("late").orElseThrow();
        late.setNextPollAt(T0.plusSeconds(5));
        repository.update(late);
        JobWatch early = repository.find("early").orElseThrow();
        early.setNextPollAt(T0.plusSeconds(1));
        repository.update(early);
        assertThat(repository.due(JobKind.DEEP_RESEARCH, "mpp y", T0.plusSeconds(10), 10)).extracting(JobWatch::getJobId)
                .containsExactly("new", "early", "late");
        assertThat(repository.due(JobKind.DEEP_RESEARCH, null, T0.plusSeconds(10), 2)).hasSize(2);
    }

    @Test
    void anUpdateFromAStaleCopyIsRefused() {
        JobWatchRepository repository = repository();
        repository.register(JobRegistration.byId("a", JobKind.BULK_CONTACTS, null, T0));
        JobWatch mine = repository.find("a").orElseThrow();
        JobWatch theirs = repository.find("a").orElseThrow();
        mine.setNextPollAt(T0.plusSeconds(60));
        assertThat(repository.update(mine)).isTrue();
        theirs.setNextPollAt(T0.plusSeconds(60));
        assertThat(repository.update(theirs)).as("two consumers never both claim a read").isFalse();
        mine.setPolls(1);
        assertThat(repository.update(mine)).as("the winner's copy moved on with the store").isTrue();
        assertThat(repository.find("a").orElseThrow().getPolls()).isEqualTo(1);
    }

    @Test
    void everyFieldSurvivesTheStore() {
        JobWatchRepository repository = repository();
        repository.register(new JobRegistration("a", JobKind.DEEP_RESEARCH, "direct x", T0, 40, false, 400_000));
        JobWatch w = repository.find("a").orElseThrow();
        w.setEmittedStatus("searching");
        w.setEmittedProgress("searching;searchChunkDone=2");
        w.setObservedStatus("processing");
        w.setObservedAt(T0.plusSeconds(50));
        w.setPhaseStartedAt(T0.plusSeconds(45));
        w.setProgress(0.25);
        w.setProgressAt(T0.plusSeconds(50));
        w.setEarlierProgress(0.125);
        w.setEarlierProgressAt(T0.plusSeconds(48));
        w.setLastResults(10);
        w.setPredictionMisses(2);
        w.setNextPollAt(T0.plusSeconds(70));
        w.setPolls(7);
        w.setPollCost(21_000);
        w.setConsecutiveErrors(2);
        w.setLastError("clado:deepResearch/status: HTTP 503: down");
        assertThat(repository.update(w)).isTrue();
        JobWatch read = repository.find("a").orElseThrow();
        assertThat(read).usingRecursiveComparison().isEqualTo(w);
        assertThat(read.getResultTarget()).isEqualTo(40);
        assertThat(read.getStartCost()).isEqualTo(400_000);
    }

    @Test
    void aContinueRearmsAnEndedWatchAndKeepsWhatWasEmitted() {
        JobWatchRepository repository = repository();
        repository.register(new JobRegistration("a", JobKind.DEEP_RESEARCH, "s", T0, 20, false, 200_000));
        JobWatch w = repository.find("a").orElseThrow();
        w.setEmittedStatus("completed");
        w.setObservedStatus("completed");
        w.setLastResults(20);
        w.setPolls(6);
        w.end("completed", T0.plusSeconds(120));
        repository.update(w);
        assertThat(repository.due(JobKind.DEEP_RESEARCH, "s", T0.plusSeconds(200), 10)).isEmpty();

        repository.register(new JobRegistration("a", JobKind.DEEP_RESEARCH, "s", T0.plusSeconds(300), 15, true, 150_000));
        JobWatch again = repository.find("a").orElseThrow();
        assertThat(again.isActive()).isTrue();
        assertThat(again.getEndReason()).isNull();
        assertThat(again.getEmittedStatus()).isEqualTo("completed");
        assertThat(again.getRunStartedAt()).isEqualTo(T0.plusSeconds(300));
        assertThat(again.getResultBase()).isEqualTo(20);
        assertThat(again.getResultTarget()).isEqualTo(35);
        assertThat(again.getPolls()).isEqualTo(6);
        assertThat(again.getStartCost()).isEqualTo(350_000);
        assertThat(repository.due(JobKind.DEEP_RESEARCH, "s", T0.plusSeconds(300), 10)).hasSize(1);
    }

    @Test
    void endedWatchesArePurgedAfterTheirRetention() {
        JobWatchRepository repository = repository();
        repository.register(JobRegistration.byId("old", JobKind.DEEP_RESEARCH, null, T0));
        repository.register(JobRegistration.byId("recent", JobKind.DEEP_RESEARCH, null, T0));
        repository.register(JobRegistration.byId("running", JobKind.DEEP_RESEARCH, null, T0));
        for (String id : List.of("old", "recent")) {
            JobWatch w = repository.find(id).orElseThrow();
            w.end("completed", id.equals("old") ? T0 : T0.plusSeconds(3600));
            repository.update(w);
        }
        assertThat(repository.purgeEnded(T0.plusSeconds(60))).isEqualTo(1);
        assertThat(repository.list()).extracting(JobWatch::getJobId).containsExactly("recent", "running");
    }

    @Test
    void underTheRowLimitJobsNeverReadComeBeforePlannedOnesAndThePlannedSoonestFirst() {
        JobWatchRepository repository = repository();
        for (String id : List.of("planned-late", "planned-early", "planned-middle")) {
            repository.register(JobRegistration.byId(id, JobKind.DEEP_RESEARCH, "s", T0));
        }
        JobWatch late = repository.find("planned-late").orElseThrow();
        late.setNextPollAt(T0.plusSeconds(3));
        repository.update(late);
        JobWatch early = repository.find("planned-early").orElseThrow();
        early.setNextPollAt(T0.plusSeconds(1));
        repository.update(early);
        JobWatch middle = repository.find("planned-middle").orElseThrow();
        middle.setNextPollAt(T0.plusSeconds(2));
        repository.update(middle);
        repository.register(JobRegistration.byId("new-1", JobKind.DEEP_RESEARCH, "s", T0));
        repository.register(JobRegistration.byId("new-2", JobKind.DEEP_RESEARCH, "s", T0));

        Instant now = T0.plusSeconds(10);
        assertThat(repository.due(JobKind.DEEP_RESEARCH, "s", now, 2)).extracting(JobWatch::getJobId)
                .containsExactlyInAnyOrder("new-1", "new-2");
        assertThat(repository.due(JobKind.DEEP_RESEARCH, "s", now, 4)).extracting(JobWatch::getJobId)
                .hasSize(4).endsWith("planned-early", "planned-middle").contains("new-1", "new-2");
        assertThat(repository.due(JobKind.DEEP_RESEARCH, "s", now, 10)).extracting(JobWatch::getJobId)
                .endsWith("planned-early", "planned-middle", "planned-late");
    }

    @Test
    void overlongStatusesAreKeptCutNotRefused() {
        JobWatchRepository repository = repository();
        repository.register(JobRegistration.byId("a", JobKind.DEEP_RESEARCH, null, T0));
        String status = "processing-" + "x".repeat(200);
        String progress = status + ";searchChunkDone=1";
        JobWatch w = repository.find("a").orElseThrow();
        w.setEmittedStatus(status);
        w.setObservedStatus(status);
        w.setEmittedProgress(progress);
        w.setLastError("e".repeat(2_000));
        w.end(status, T0);
        assertThat(repository.update(w)).isTrue();

        JobWatch read = repository.find("a").orElseThrow();
        assertThat(read).usingRecursiveComparison().isEqualTo(w);
        assertThat(read.getEmittedStatus()).hasSize(JobWatch.MAX_STATUS_LENGTH);
        assertThat(JobObservation.sameStatus(status, read.getEmittedStatus())).as("still the same status").isTrue();
        assertThat(read.getEmittedProgress()).hasSize(JobWatch.MAX_PROGRESS_LENGTH)
                .isEqualTo(JobWatch.boundedKey(progress)).isNotEqualTo(JobWatch.boundedKey(progress + "2"));
        assertThat(read.getLastError()).hasSize(JobWatch.MAX_TEXT_LENGTH);
    }

    @Test
    void onlyAContinueReopensAnEndedWatch() {
        JobWatchRepository repository = repository();
        repository.register(new JobRegistration("a", JobKind.DEEP_RESEARCH, "s", T0, 20, false, 200_000));
        JobWatch w = repository.find("a").orElseThrow();
        w.setEmittedStatus("completed");
        w.end("completed", T0.plusSeconds(120));
        repository.update(w);

        // a status call with CamelCladoWatch=true, or the job added by id again
        repository.register(JobRegistration.byId("a", JobKind.DEEP_RESEARCH, "s", T0.plusSeconds(200)));
        JobWatch still = repository.find("a").orElseThrow();
        assertThat(still.isActive()).isFalse();
        assertThat(still.getEndReason()).isEqualTo("completed");
        assertThat(still.getRunStartedAt()).isEqualTo(T0);
        assertThat(repository.due(JobKind.DEEP_RESEARCH, "s", T0.plusSeconds(300), 10)).isEmpty();
    }
}
