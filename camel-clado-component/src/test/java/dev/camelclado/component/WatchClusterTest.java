package dev.camelclado.component;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.CamelContext;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.awaitility.Awaitility;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.camelclado.component.watch.JdbcJobWatchRepository;
import dev.camelclado.component.watch.JobWatch;
import dev.camelclado.component.watch.MemoryJobWatchRepository;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.SandboxClock;
import dev.camelclado.sandbox.junit.CladoSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of one application: Camel's {@code master:} component with a file-lock cluster service runs the consumer
 * on one node at a time, and the shared JDBC repository hands the watch over when the leader goes away. Each change
 * is emitted once, and no job is read twice: each job is read exactly as often as one application alone reads it,
 * and a node whose lease ran out during a slow route drops what it read instead of emitting it a second time.
 */
class WatchClusterTest {

    private static final String API_KEY = "lk_cluster_0123456789abcdef";

    private final SandboxClock.ManualClock clock = SandboxClock.manual(Instant.parse("2026-11-01T09:00:00Z"));

    @RegisterExtension
    final CladoSandboxExtension sandbox = new CladoSandboxExtension(CladoSandbox.builder().clock(clock).timeline(WatchTestSupport.JOB_TIMELINE)
            .apiKey(API_KEY, 1_000_000));

    @TempDir
    Path clusterRoot;

    private final JdbcDataSource database = new JdbcDataSource();
    private final List<String> emitted = Collections.synchronizedList(new ArrayList<>());
    private final List<String> referenceEvents = Collections.synchronizedList(new ArrayList<>());
    private final List<CamelContext> nodes = new ArrayList<>();

    WatchClusterTest() {
        database.setURL("jdbc:h2:mem:cluster-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private CamelContext startNode(String name) throws Exception {
        return startNode(name, true);
    }

    private CamelContext startNode(String name, boolean master) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(clusterRoot.toString());
        cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(100, TimeUnit.MILLISECONDS);
        context.addService(cluster);
        WatchingApplication.configure(context, sandbox.baseUrl(), API_KEY, clock.asJavaClock(),
                new JdbcJobWatchRepository(database),
                (master ? "master:clado-jobs:" : "") + "clado:deepResearch/status?delay=5&initialDelay=0", name + " ",
                emitted);
        context.start();
        nodes.add(context);
        return context;
    }

    @AfterEach
    void stopAll() {
        nodes.forEach(CamelContext::stop);
    }

    private static int runningConsumers(CamelContext node) {
        return node.isStarted() ? node.getComponent("clado", CladoComponent.class).consumers().size() : 0;
    }

    private List<String> statusesOf(String jobId) {
        return emitted.stream().filter(e -> e.contains(" " + jobId + " ")).map(e -> e.substring(e.lastIndexOf(' ') + 1))
                .toList();
    }

    /** An application alone with its own in-memory watch list: how often one consumer reads a job. */
    private CamelContext startReference() throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName("reference");
        WatchingApplication.configure(context, sandbox.baseUrl(), API_KEY, clock.asJavaClock(),
                new MemoryJobWatchRepository(), "clado:deepResearch/status?delay=5&initialDelay=0", "reference ",
                referenceEvents);
        context.start();
        nodes.add(context);
        return context;
    }

    @Test
    void withoutMasterTwoNodesSharingTheRepositoryStillReadAndEmitEachJobOnce() throws Exception {
        CamelContext a = startNode("node-a", false);
        CamelContext b = startNode("node-b", false);
        CamelContext reference = startReference();
        // the same job, started at the same instant, is read at the same instants by whichever consumer reads it
        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            jobs.add(WatchingApplication.startDeepResearch(i % 2 == 0 ? a : b, "the same job"));
        }
        String alone = WatchingApplication.startDeepResearch(reference, "the same job");
        WatchAwait.advance(clock, Duration.ofMinutes(4), Duration.ofSeconds(1), a, b, reference);

        long readsAlone = sandbox.sandbox().stats().statusPollAttempts(alone);
        assertThat(referenceEvents).hasSize(4);
        for (String jobId : jobs) {
            assertThat(statusesOf(jobId)).containsExactly("pending", "searching", "processing", "completed");
            // a job read by both nodes at once would be read more often than by one consumer alone
            assertThat(sandbox.sandbox().stats().statusPollAttempts(jobId)).as("reads of " + jobId)
                    .isEqualTo(readsAlone);
            JobWatch watch = new JdbcJobWatchRepository(database).find(jobId).orElseThrow();
            assertThat(watch.getPolls()).as("reads recorded for " + jobId).isEqualTo(readsAlone);
        }
        assertThat(emitted).doesNotHaveDuplicates();
        assertThat(emitted).anyMatch(e -> e.startsWith("node-a ")).anyMatch(e -> e.startsWith("node-b "));
    }

    @Test
    void aLeaseThatRunsOutDuringASlowRouteLetsTheOtherNodeEmitTheJobAndTheFirstDropsItsStaleRead()
            throws Exception {
        JdbcJobWatchRepository repository = new JdbcJobWatchRepository(database);
        AtomicBoolean slowedDown = new AtomicBoolean();
        CamelContext b = node("node-b", false, e -> { });
        String[] jobs = new String[2];
        CamelContext a = node("node-a", false, e -> {
            if (jobs[0].equals(e.getMessage().getHeader(CladoConstants.JOB_ID)) && slowedDown.compareAndSet(false, true)) {
                // a slow route: the run's lease (150 s) runs out meanwhile, and node B starts and claims the jobs
                clock.advance(Duration.ofSeconds(200));
                b.start();
                Awaitility.await().atMost(10, TimeUnit.SECONDS).pollInterval(5, TimeUnit.MILLISECONDS)
                        .until(() -> !repository.find(jobs[1]).orElseThrow().isActive());
            }
        });
        a.start();
        jobs[0] = WatchingApplication.startDeepResearch(a, "the slow route's job");
        jobs[1] = WatchingApplication.startDeepResearch(a, "read in the same run");
        // both due in one run of node A, the first one first
        planNextRead(repository, jobs[0], clock.now().plusSeconds(4));
        planNextRead(repository, jobs[1], clock.now().plusSeconds(5));
        clock.advance(Duration.ofSeconds(5));
        WatchAwait.settle(clock, a, b);
        WatchAwait.advance(clock, Duration.ofMinutes(2), Duration.ofSeconds(1), a, b);

        assertThat(slowedDown).isTrue();
        // node A read the second job in its run, but emits nothing for it: node B owned it by then
        assertThat(emitted).containsExactlyInAnyOrder("node-a " + jobs[0] + " pending", "node-b " + jobs[0] + " completed",
                "node-b " + jobs[1] + " completed");
        JobWatch second = repository.find(jobs[1]).orElseThrow();
        assertThat(second.getEmittedStatus()).isEqualTo("completed");
        assertThat(second.getPolls()).as("node A's read is counted too")
                .isEqualTo((int) sandbox.sandbox().stats().statusPollAttempts(jobs[1]));
        JobWatch first = repository.find(jobs[0]).orElseThrow();
        assertThat(first.isActive()).isFalse();
        assertThat(first.getEmittedStatus()).isEqualTo("completed");
    }

    private CamelContext node(String name, boolean master, org.apache.camel.Processor first) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        WatchingApplication.configure(context, CladoMode.direct, sandbox.baseUrl(), API_KEY, clock.asJavaClock(),
                new JdbcJobWatchRepository(database), "clado:deepResearch/status?delay=5&initialDelay=0", name + " ",
                emitted, first);
        nodes.add(context);
        return context;
    }

    private static void planNextRead(JdbcJobWatchRepository repository, String jobId, Instant at) {
        for (int attempt = 0; attempt < 100; attempt++) {
            JobWatch watch = repository.find(jobId).orElseThrow();
            watch.setNextPollAt(at);
            if (repository.update(watch)) {
                return;
            }
        }
        throw new AssertionError("cannot plan the next read of " + jobId);
    }

    @Test
    void oneNodeWatchesAtATimeAndTheOtherTakesOverWithoutRepeatingAChange() throws Exception {
        CamelContext a = startNode("node-a");
        CamelContext b = startNode("node-b");
        Awaitility.await().atMost(10, TimeUnit.SECONDS)
                .until(() -> runningConsumers(a) + runningConsumers(b) == 1);
        CamelContext leader = runningConsumers(a) == 1 ? a : b;
        CamelContext follower = leader == a ? b : a;

        // jobs started on either node are watched by the leader
        String fromLeader = WatchingApplication.startDeepResearch(leader, "started on the leader");
        String fromFollower = WatchingApplication.startDeepResearch(follower, "started on the follower");
        WatchAwait.advance(clock, Duration.ofSeconds(30), Duration.ofSeconds(1), a, b);
        assertThat(emitted).allMatch(e -> e.startsWith(leader.getName() + " "));

        leader.stop();
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> runningConsumers(follower) == 1);
        WatchAwait.advance(clock, Duration.ofMinutes(4), Duration.ofSeconds(1), a, b);

        for (String jobId : List.of(fromLeader, fromFollower)) {
            assertThat(statusesOf(jobId)).containsExactly("pending", "searching", "processing", "completed");
            JobWatch watch = new JdbcJobWatchRepository(database).find(jobId).orElseThrow();
            assertThat(sandbox.sandbox().stats().statusPollAttempts(jobId)).as("reads of " + jobId)
                    .isEqualTo(watch.getPolls());
        }
        assertThat(emitted).anyMatch(e -> e.startsWith(follower.getName() + " "));
    }
}
