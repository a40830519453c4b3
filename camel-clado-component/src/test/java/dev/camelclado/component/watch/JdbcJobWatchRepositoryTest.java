package dev.camelclado.component.watch;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

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

    /** Connections as a pool configured with autoCommit=false hands them out. */
    private static DataSource withoutAutoCommit(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Connection connection) {
                        connection.setAutoCommit(false);
                    }
                    return result;
                });
    }

    /** A database on which DDL for the index fails as on PostgreSQL when another node created it at the same time. */
    private static DataSource indexCreatedConcurrently(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (!(result instanceof Connection connection)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
                            (c, m, a) -> {
                                Object made = invoke(connection, m, a);
                                if (!(made instanceof Statement statement) || made instanceof PreparedStatement) {
                                    return made;
                                }
                                return Proxy.newProxyInstance(Statement.class.getClassLoader(),
                                        new Class<?>[] { Statement.class }, (st, sm, sa) -> {
                                            if (sm.getName().equals("execute") && sa != null
                                                    && String.valueOf(sa[0]).startsWith("CREATE INDEX")) {
                                                throw new SQLException("relation \"clado_job_watch_due\" already exists",
                                                        "42P07");
                                            }
                                            return invoke(statement, sm, sa);
                                        });
                            });
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void everyOperationIsCommittedOnConnectionsWithoutAutoCommitAndGivesThemBackAsTheyWere() throws Exception {
        JdbcDataSource database = dataSource("no-autocommit-" + UUID.randomUUID());
        JobWatchRepository repository = new JdbcJobWatchRepository(withoutAutoCommit(database));
        repository.register(JobRegistration.byId("a", JobKind.DEEP_RESEARCH, null, T0));
        JobWatch watch = repository.find("a").orElseThrow();
        watch.setNextPollAt(T0.plusSeconds(10));
        watch.setPolls(3);
        assertThat(repository.update(watch)).isTrue();

        // what another node (another connection) sees
        JobWatch seen = new JdbcJobWatchRepository(database).find("a").orElseThrow();
        assertThat(seen.getPolls()).isEqualTo(3);
        assertThat(seen.getNextPollAt()).isEqualTo(T0.plusSeconds(10));

        Connection pooled = database.getConnection();
        pooled.setAutoCommit(false);
        DataSource pool = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] { DataSource.class }, (proxy, method, args) -> method.getName().equals("getConnection")
                        ? Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
                                (c, m, a) -> m.getName().equals("close") ? null : invoke(pooled, m, a))
                        : invoke(database, method, args));
        new JdbcJobWatchRepository(pool).find("a");
        assertThat(pooled.getAutoCommit()).isFalse();
        pooled.close();
    }

    @Test
    void anIndexAnotherNodeCreatedAtTheSameTimeIsNoReasonToFail() {
        JdbcDataSource database = dataSource("concurrent-" + UUID.randomUUID());
        JobWatchRepository repository = new JdbcJobWatchRepository(indexCreatedConcurrently(database));
        repository.register(JobRegistration.byId("a", JobKind.DEEP_RESEARCH, null, T0));
        assertThat(repository.find("a")).isPresent();
    }

    @Test
    void severalNodesStartingAtOnceShareOneTable() throws Exception {
        JdbcDataSource database = dataSource("starting-" + UUID.randomUUID());
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<JdbcJobWatchRepository>> started = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                started.add(nodes.submit(() -> new JdbcJobWatchRepository(database)));
            }
            for (java.util.concurrent.Future<JdbcJobWatchRepository> node : started) {
                node.get(10, java.util.concurrent.TimeUnit.SECONDS).register(
                        JobRegistration.byId(UUID.randomUUID().toString(), JobKind.DEEP_RESEARCH, null, T0));
            }
        } finally {
            nodes.shutdownNow();
        }
        assertThat(new JdbcJobWatchRepository(database).list()).hasSize(4);
    }
}
