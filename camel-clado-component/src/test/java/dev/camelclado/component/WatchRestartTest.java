package dev.camelclado.component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.component.watch.JdbcJobWatchRepository;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.SandboxClock;
import dev.camelclado.sandbox.junit.CladoSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** With the JDBC repository, a restarted application emits each change once and forgets no job, in either mode. */
class WatchRestartTest {

    private static final String API_KEY = "lk_restart_0123456789abcdef";

    private final SandboxClock.ManualClock clock = SandboxClock.manual(Instant.parse("2026-11-01T09:00:00Z"));

    @RegisterExtension
    final CladoSandboxExtension sandbox = new CladoSandboxExtension(CladoSandbox.builder().clock(clock).timeline(WatchTestSupport.JOB_TIMELINE)
            .apiKey(API_KEY, 1_000_000));

    private final JdbcDataSource database = new JdbcDataSource();
    private final List<String> emitted = Collections.synchronizedList(new ArrayList<>());
    private final List<CamelContext> contexts = new ArrayList<>();

    WatchRestartTest() {
        database.setURL("jdbc:h2:mem:restart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /** The application as it starts: a new repository object on the same database, as after a JVM restart. */
    private CamelContext startApplication(CladoMode mode) throws Exception {
        CamelContext context = WatchingApplication.configure(new DefaultCamelContext(), mode, sandbox.baseUrl(), API_KEY,
                clock.asJavaClock(), new JdbcJobWatchRepository(database),
                "clado:deepResearch/status?delay=5&initialDelay=0", "", emitted);
        context.start();
        contexts.add(context);
        return context;
    }

    @AfterEach
    void stopAll() {
        contexts.forEach(CamelContext::stop);
    }

    @ParameterizedTest
    @EnumSource(CladoMode.class)
    void aRestartNeitherRepeatsNorLosesAnything(CladoMode mode) throws Exception {
        CamelContext first = startApplication(mode);
        String early = WatchingApplication.startDeepResearch(first, "started before the restart");
        WatchAwait.advance(clock, Duration.ofSeconds(40), Duration.ofSeconds(1), first);
        String late = WatchingApplication.startDeepResearch(first, "started just before the restart");
        WatchAwait.advance(clock, Duration.ofSeconds(6), Duration.ofSeconds(1), first);
        first.stop();
        assertThat(emitted).containsExactly(early + " pending", early + " searching", late + " pending");

        // down for a while: the first job reaches processing meanwhile
        clock.advance(Duration.ofSeconds(40));
        CamelContext second = startApplication(mode);
        WatchAwait.advance(clock, Duration.ofMinutes(4), Duration.ofSeconds(1), second);

        assertThat(emitted.stream().filter(e -> e.startsWith(early))).containsExactly(early + " pending",
                early + " searching", early + " processing", early + " completed");
        assertThat(emitted.stream().filter(e -> e.startsWith(late))).containsExactly(late + " pending",
                late + " searching", late + " processing", late + " completed");
        assertThat(emitted).doesNotHaveDuplicates();
    }
}
