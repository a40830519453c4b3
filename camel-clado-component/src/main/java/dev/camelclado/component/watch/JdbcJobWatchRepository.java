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

/**
 * Watches in a SQL table (tested on H2, plain SQL for PostgreSQL and others), so a restarted application keeps
 * watching its jobs without emitting a status twice, and nodes sharing the database share the work: every update
 * is a compare-and-set on a version column, so of two nodes that read the same due job only one polls it.
 */
public class JdbcJobWatchRepository implements JobWatchRepository {

    public static final String DEFAULT_TABLE = "clado_job_watch";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,40}");
    private static final int MAX_TEXT = 500;
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

    private void createSchema() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + table + " (job_id VARCHAR(200) PRIMARY KEY,"
                    + " kind VARCHAR(32) NOT NULL, source VARCHAR(" + MAX_TEXT + "), active BOOLEAN NOT NULL,"
                    + " end_reason VARCHAR(64), ended_at BIGINT, registered_at BIGINT, run_started_at BIGINT,"
                    + " result_target INTEGER, result_base INTEGER, emitted_status VARCHAR(64),"
                    + " emitted_progress VARCHAR(200), observed_status VARCHAR(64), observed_at BIGINT,"
                    + " phase_started_at BIGINT, progress DOUBLE PRECISION, progress_at BIGINT,"
                    + " earlier_progress DOUBLE PRECISION, earlier_progress_at BIGINT, last_results INTEGER,"
                    + " prediction_misses INTEGER NOT NULL,"
                    + " next_poll_at BIGINT, polls INTEGER NOT NULL, poll_cost BIGINT NOT NULL,"
                    + " start_cost BIGINT NOT NULL, consecutive_errors INTEGER NOT NULL,"
                    + " last_error VARCHAR(" + MAX_TEXT + "), version BIGINT NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS " + table + "_due ON " + table + " (kind, active, next_poll_at)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the job watch table " + table + ": " + e.getMessage(), e);
        }
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
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + COLUMNS
                     + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            insert.setString(1, watch.getJobId());
            bind(insert, 2, watch, watch.getVersion());
            insert.executeUpdate();
            return true;
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
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " WHERE job_id = ?")) {
            q.setString(1, jobId);
            List<JobWatch> found = read(q);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public List<JobWatch> due(JobKind kind, String source, Instant now, int max) {
        String sql = "SELECT " + COLUMNS + " FROM " + table + " WHERE kind = ? AND active = TRUE"
                + " AND (next_poll_at IS NULL OR next_poll_at <= ?) AND (source IS NULL"
                + (source == null ? ")" : " OR source = ?)") + " ORDER BY next_poll_at";
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, kind.name());
            q.setLong(2, now.toEpochMilli());
            if (source != null) {
                q.setString(3, source);
            }
            q.setMaxRows(max);
            List<JobWatch> due = read(q);
            // NULL sorts first or last depending on the database; a job never polled is the most urgent
            due.sort(java.util.Comparator.comparing(JobWatch::getNextPollAt,
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
            return due;
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public List<JobWatch> list() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " ORDER BY job_id")) {
            return read(q);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public boolean update(JobWatch watch) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET " + ASSIGNMENTS
                     + " WHERE job_id = ? AND version = ?")) {
            bind(update, 1, watch, watch.getVersion() + 1);
            update.setString(28, watch.getJobId());
            update.setLong(29, watch.getVersion());
            boolean stored = update.executeUpdate() == 1;
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
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM " + table
                     + " WHERE active = FALSE AND ended_at IS NOT NULL AND ended_at < ?")) {
            delete.setLong(1, endedBefore.toEpochMilli());
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw failure("purge", e);
        }
    }

    /** Binds every column but job_id, from parameter {@code first} on, with the given version. */
    private static void bind(PreparedStatement s, int first, JobWatch w, long version) throws SQLException {
        int i = first;
        s.setString(i++, w.getKind().name());
        s.setString(i++, truncate(w.getSource()));
        s.setBoolean(i++, w.isActive());
        s.setString(i++, w.getEndReason());
        setInstant(s, i++, w.getEndedAt());
        setInstant(s, i++, w.getRegisteredAt());
        setInstant(s, i++, w.getRunStartedAt());
        setInteger(s, i++, w.getResultTarget());
        setInteger(s, i++, w.getResultBase());
        s.setString(i++, w.getEmittedStatus());
        s.setString(i++, w.getEmittedProgress());
        s.setString(i++, w.getObservedStatus());
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
        s.setString(i++, truncate(w.getLastError()));
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

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    private IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("cannot " + what + " job watches in " + table + ": " + e.getMessage(), e);
    }

    @Override
    public String toString() {
        return "JdbcJobWatchRepository[" + table + "]";
    }
}
