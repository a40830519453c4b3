package dev.camelclado.component.watch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches in a SQL table, so a restarted application keeps watching its jobs without emitting a status twice, and
 * nodes sharing the database share the work: every update is a compare-and-set on a version column, so of two nodes
 * that read the same due job only one polls it.
 * <p>
 * Each operation runs in its own transaction, committed before it returns, whatever the connection's auto-commit
 * setting (a pool configured with {@code autoCommit=false} gets its connections back as they were). The SQL is plain
 * (CREATE TABLE/INDEX IF NOT EXISTS, BOOLEAN, BIGINT, DOUBLE PRECISION, VARCHAR); it is tested on H2 (also with
 * PostgreSQL's ordering of NULLs) and written for PostgreSQL. Statuses and texts longer than their columns are cut
 * as {@link JobWatch} keeps them, never refused.
 */
public class JdbcJobWatchRepository implements JobWatchRepository {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcJobWatchRepository.class);

    public static final String DEFAULT_TABLE = "clado_job_watch";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,40}");
    private static final int MAX_TEXT = JobWatch.MAX_TEXT_LENGTH;
    private static final int MAX_STATUS = JobWatch.MAX_STATUS_LENGTH;
    private static final int MAX_PROGRESS = JobWatch.MAX_PROGRESS_LENGTH;
    private static final int REGISTER_ATTEMPTS = 5;

    private static final String COLUMNS = "job_id, kind, source, active, end_reason, ended_at, registered_at,"
            + " run_started_at, result_target, result_base, emitted_status, emitted_progress, observed_status,"
            + " observed_at, phase_started_at, progress, progress_at, earlier_progress, earlier_progress_at,"
            + " last_results, prediction_misses, next_poll_at, polls, poll_cost, start_cost, consecutive_errors, last_error,"
            + " version";
    private static final String ASSIGNMENTS = "kind = ?, source = ?, active = ?, end_reason = ?, ended_at = ?,"
            + " registered_at = ?, run_started_at = ?, result_target = ?, result_base = ?, emitted_status = ?,"
            + " emitted_progress = ?, observed_status = ?, observed_at = ?, phase_started_at = ?, progress = ?,"
            + " progress_at = ?, earlier_progress = ?, earlier_progress_at = ?, last_results = ?, prediction_misses = ?,"
            + " next_poll_at = ?,"
            + " polls = ?, poll_cost = ?, start_cost = ?, consecutive_errors = ?, last_error = ?, version = ?";

    private final DataSource dataSource;
    private final String table;

    public JdbcJobWatchRepository(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE);
    }

    /** Creates the table if it does not exist. */
    public JdbcJobWatchRepository(DataSource dataSource, String table) {
        if (!IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("job watch table name must be a plain SQL identifier, was '" + table + "'");
        }
        this.dataSource = dataSource;
        this.table = table;
        createSchema();
    }

    /** One unit of work on a connection, run in a transaction of its own by {@link #inTransaction}. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work in a transaction: committed when it returns, rolled back when it throws, and the connection's
     * auto-commit setting restored before it goes back to its pool.
     */
    private <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            if (autoCommit) {
                c.setAutoCommit(false);
            }
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                if (autoCommit) {
                    try {
                        c.setAutoCommit(true);
                    } catch (SQLException restore) {
                        LOG.debug("cannot restore auto-commit on a connection of {}: {}", table, restore.getMessage());
                    }
                }
            }
        }
    }

    private void createSchema() {
        try {
            inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE IF NOT EXISTS " + table + " (job_id VARCHAR(200) PRIMARY KEY,"
                            + " kind VARCHAR(32) NOT NULL, source VARCHAR(" + MAX_TEXT + "), active BOOLEAN NOT NULL,"
                            + " end_reason VARCHAR(" + MAX_STATUS + "), ended_at BIGINT, registered_at BIGINT,"
                            + " run_started_at BIGINT, result_target INTEGER, result_base INTEGER,"
                            + " emitted_status VARCHAR(" + MAX_STATUS + "), emitted_progress VARCHAR(" + MAX_PROGRESS + "),"
                            + " observed_status VARCHAR(" + MAX_STATUS + "), observed_at BIGINT,"
                            + " phase_started_at BIGINT, progress DOUBLE PRECISION, progress_at BIGINT,"
                            + " earlier_progress DOUBLE PRECISION, earlier_progress_at BIGINT, last_results INTEGER,"
                            + " prediction_misses INTEGER NOT NULL,"
                            + " next_poll_at BIGINT, polls INTEGER NOT NULL, poll_cost BIGINT NOT NULL,"
                            + " start_cost BIGINT NOT NULL, consecutive_errors INTEGER NOT NULL,"
                            + " last_error VARCHAR(" + MAX_TEXT + "), version BIGINT NOT NULL)");
                }
                return null;
            });
        } catch (SQLException e) {
            // two nodes starting at once: the other one's CREATE may have won (PostgreSQL then fails this one)
            if (!tableExists()) {
                throw new IllegalStateException("cannot create the job watch table " + table + ": " + e.getMessage(), e);
            }
        }
        try {
            inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE INDEX IF NOT EXISTS " + table + "_due ON " + table + " (kind, active, next_poll_at)");
                }
                return null;
            });
        } catch (SQLException e) {
            if (!alreadyExists(e)) {
                // only makes finding due jobs faster: the repository works without it
                LOG.warn("cannot create the index {}_due on the job watch table {} (create it by hand on (kind, active,"
                        + " next_poll_at) if the table grows large): {}", table, table, e.getMessage());
            }
        }
    }

    private boolean tableExists() {
        try {
            return inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeQuery("SELECT job_id FROM " + table + " WHERE 1 = 0").close();
                    return true;
                }
            });
        } catch (SQLException e) {
            return false;
        }
    }

    /** Whether DDL failed because its object exists: created by another node starting at the same time. */
    static boolean alreadyExists(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            String state = next.getSQLState();
            String message = String.valueOf(next.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if ("42P07".equals(state) || "42S11".equals(state) || "42S01".equals(state)
                    || message.contains("already exists") || message.contains("duplicate key name")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public JobWatch register(JobRegistration registration) {
        for (int attempt = 0; attempt < REGISTER_ATTEMPTS; attempt++) {
            Optional<JobWatch> existing = find(registration.jobId());
            if (existing.isEmpty()) {
                JobWatch watch = registration.newWatch();
                if (insert(watch)) {
                    return watch;
                }
            } else {
                JobWatch watch = existing.get();
                registration.applyTo(watch);
                if (update(watch)) {
                    return watch;
                }
            }
        }
        throw new IllegalStateException("cannot register job " + registration.jobId() + " in " + table + ": it kept"
                + " changing under " + REGISTER_ATTEMPTS + " attempts");
    }

    private boolean insert(JobWatch watch) {
        try {
            return inTransaction(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + COLUMNS
                        + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                    insert.setString(1, watch.getJobId());
                    bind(insert, 2, watch, watch.getVersion());
                    insert.executeUpdate();
                    return true;
                }
            });
        } catch (SQLException e) {
            if (find(watch.getJobId()).isPresent()) {
                // another producer or node registered it first: the caller merges into theirs
                return false;
            }
            throw new IllegalStateException("cannot store job watch " + watch.getJobId() + " in " + table + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Optional<JobWatch> find(String jobId) {
        try {
            List<JobWatch> found = inTransaction(c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table
                        + " WHERE job_id = ?")) {
                    q.setString(1, jobId);
                    return read(q);
                }
            });
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public List<JobWatch> due(JobKind kind, String source, Instant now, int max) {
        // jobs never read (no next read planned) first, explicitly: PostgreSQL sorts NULL last, and with the row
        // limit the most urgent jobs would wait behind the planned ones
        String sql = "SELECT " + COLUMNS + " FROM " + table + " WHERE kind = ? AND active = TRUE"
                + " AND (next_poll_at IS NULL OR next_poll_at <= ?) AND (source IS NULL"
                + (source == null ? ")" : " OR source = ?)")
                + " ORDER BY CASE WHEN next_poll_at IS NULL THEN 0 ELSE 1 END, next_poll_at";
        try {
            List<JobWatch> due = inTransaction(c -> {
                try (PreparedStatement q = c.prepareStatement(sql)) {
                    q.setString(1, kind.name());
                    q.setLong(2, now.toEpochMilli());
                    if (source != null) {
                        q.setString(3, JobWatch.bounded(source, MAX_TEXT));
                    }
                    q.setMaxRows(max);
                    return read(q);
                }
            });
            due.sort(java.util.Comparator.comparing(JobWatch::getNextPollAt,
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
            return due;
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public List<JobWatch> list() {
        try {
            return inTransaction(c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table
                        + " ORDER BY job_id")) {
                    return read(q);
                }
            });
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public boolean update(JobWatch watch) {
        try {
            boolean stored = inTransaction(c -> {
                try (PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET " + ASSIGNMENTS
                        + " WHERE job_id = ? AND version = ?")) {
                    bind(update, 1, watch, watch.getVersion() + 1);
                    update.setString(28, watch.getJobId());
                    update.setLong(29, watch.getVersion());
                    return update.executeUpdate() == 1;
                }
            });
            if (stored) {
                watch.setVersion(watch.getVersion() + 1);
            }
            return stored;
        } catch (SQLException e) {
            throw failure("update", e);
        }
    }

    @Override
    public int purgeEnded(Instant endedBefore) {
        try {
            return inTransaction(c -> {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table
                        + " WHERE active = FALSE AND ended_at IS NOT NULL AND ended_at < ?")) {
                    delete.setLong(1, endedBefore.toEpochMilli());
                    return delete.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw failure("purge", e);
        }
    }

    /** Binds every column but job_id, from parameter {@code first} on, with the given version. */
    private static void bind(PreparedStatement s, int first, JobWatch w, long version) throws SQLException {
        int i = first;
        s.setString(i++, w.getKind().name());
        s.setString(i++, JobWatch.bounded(w.getSource(), MAX_TEXT));
        s.setBoolean(i++, w.isActive());
        s.setString(i++, JobWatch.bounded(w.getEndReason(), MAX_STATUS));
        setInstant(s, i++, w.getEndedAt());
        setInstant(s, i++, w.getRegisteredAt());
        setInstant(s, i++, w.getRunStartedAt());
        setInteger(s, i++, w.getResultTarget());
        setInteger(s, i++, w.getResultBase());
        s.setString(i++, JobWatch.bounded(w.getEmittedStatus(), MAX_STATUS));
        s.setString(i++, JobWatch.boundedKey(w.getEmittedProgress()));
        s.setString(i++, JobWatch.bounded(w.getObservedStatus(), MAX_STATUS));
        setInstant(s, i++, w.getObservedAt());
        setInstant(s, i++, w.getPhaseStartedAt());
        setDouble(s, i++, w.getProgress());
        setInstant(s, i++, w.getProgressAt());
        setDouble(s, i++, w.getEarlierProgress());
        setInstant(s, i++, w.getEarlierProgressAt());
        setInteger(s, i++, w.getLastResults());
        s.setInt(i++, w.getPredictionMisses());
        setInstant(s, i++, w.getNextPollAt());
        s.setInt(i++, w.getPolls());
        s.setLong(i++, w.getPollCost());
        s.setLong(i++, w.getStartCost());
        s.setInt(i++, w.getConsecutiveErrors());
        s.setString(i++, JobWatch.bounded(w.getLastError(), MAX_TEXT));
        s.setLong(i, version);
    }

    private static List<JobWatch> read(PreparedStatement q) throws SQLException {
        List<JobWatch> watches = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                JobWatch w = new JobWatch(rs.getString("job_id"), JobKind.valueOf(rs.getString("kind")));
                w.setSource(rs.getString("source"));
                w.setActive(rs.getBoolean("active"));
                w.setEndReason(rs.getString("end_reason"));
                w.setEndedAt(instant(rs, "ended_at"));
                w.setRegisteredAt(instant(rs, "registered_at"));
                w.setRunStartedAt(instant(rs, "run_started_at"));
                w.setResultTarget(integer(rs, "result_target"));
                w.setResultBase(integer(rs, "result_base"));
                w.setEmittedStatus(rs.getString("emitted_status"));
                w.setEmittedProgress(rs.getString("emitted_progress"));
                w.setObservedStatus(rs.getString("observed_status"));
                w.setObservedAt(instant(rs, "observed_at"));
                w.setPhaseStartedAt(instant(rs, "phase_started_at"));
                w.setProgress(decimal(rs, "progress"));
                w.setProgressAt(instant(rs, "progress_at"));
                w.setEarlierProgress(decimal(rs, "earlier_progress"));
                w.setEarlierProgressAt(instant(rs, "earlier_progress_at"));
                w.setLastResults(integer(rs, "last_results"));
                w.setPredictionMisses(rs.getInt("prediction_misses"));
                w.setNextPollAt(instant(rs, "next_poll_at"));
                w.setPolls(rs.getInt("polls"));
                w.setPollCost(rs.getLong("poll_cost"));
                w.setStartCost(rs.getLong("start_cost"));
                w.setConsecutiveErrors(rs.getInt("consecutive_errors"));
                w.setLastError(rs.getString("last_error"));
                w.setVersion(rs.getLong("version"));
                watches.add(w);
            }
        }
        return watches;
    }

    private static void setInstant(PreparedStatement s, int i, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.BIGINT);
        } else {
            s.setLong(i, value.toEpochMilli());
        }
    }

    private static void setInteger(PreparedStatement s, int i, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, value);
        }
    }

    private static void setDouble(PreparedStatement s, int i, Double value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.DOUBLE);
        } else {
            s.setDouble(i, value);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Double decimal(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("cannot " + what + " job watches in " + table + ": " + e.getMessage(), e);
    }

    @Override
    public String toString() {
        return "JdbcJobWatchRepository[" + table + "]";
    }
}
