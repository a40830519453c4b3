package dev.camelclado.component;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

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
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.SandboxClock;
import dev.camelclado.sandbox.junit.CladoSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of one application: Camel's {@code master:} component with a file-lock cluster service runs the consumer
 * on one node at a time, and the shared JDBC repository hands the watch over when the leader goes away. Each change
 * is emitted once, and no job is read twice.
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

    @Test
    void withoutMasterTwoNodesSharingTheRepositoryStillReadAndEmitEachJobOnce() throws Exception {
        CamelContext a = startNode("node-a", false);
        CamelContext b = startNode("node-b", false);
        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            jobs.add(WatchingApplication.startDeepResearch(i % 2 == 0 ? a : b, "job " + i));
        }
        WatchAwait.advance(clock, Duration.ofMinutes(4), Duration.ofSeconds(1), a, b);

        for (String jobId : jobs) {
            assertThat(statusesOf(jobId)).containsExactly("pending", "searching", "processing", "completed");
            JobWatch watch = new JdbcJobWatchRepository(database).find(jobId).orElseThrow();
            assertThat(sandbox.sandbox().stats().statusPollAttempts(jobId)).as("reads of " + jobId)
                    .isEqualTo(watch.getPolls());
        }
        assertThat(emitted).anyMatch(e -> e.startsWith("node-a ")).anyMatch(e -> e.startsWith("node-b "));
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
