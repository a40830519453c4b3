package dev.camelclado.component.watch;

import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcJobWatchRepositoryTest extends JobWatchRepositoryContract {

    private static JdbcDataSource dataSource(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    @Override
    JobWatchRepository repository() {
        return new JdbcJobWatchRepository(dataSource("watch-" + UUID.randomUUID()));
    }

    @Test
    void aSecondRepositoryOnTheSameDatabaseSeesTheSameWatches() {
        JdbcDataSource shared = dataSource("shared-" + UUID.randomUUID());
        JobWatchRepository first = new JdbcJobWatchRepository(shared);
        first.register(JobRegistration.byId("a", JobKind.DEEP_RESEARCH, null, T0));
        JobWatchRepository restarted = new JdbcJobWatchRepository(shared);
        assertThat(restarted.find("a")).isPresent();
        JobWatch fromFirst = first.find("a").orElseThrow();
        JobWatch fromRestarted = restarted.find("a").orElseThrow();
        fromRestarted.setNextPollAt(T0.plusSeconds(10));
        assertThat(restarted.update(fromRestarted)).isTrue();
        fromFirst.setNextPollAt(T0.plusSeconds(10));
        assertThat(first.update(fromFirst)).as("a node with a stale copy does not read the job too").isFalse();
    }

    @Test
    void theTableNameMustBeAPlainIdentifier() {
        assertThatThrownBy(() -> new JdbcJobWatchRepository(dataSource("x"), "watch; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain SQL identifier");
    }
}
