package dev.camelclado.mpp.ledger;

import java.math.BigDecimal;
import java.math.BigInteger;
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

import dev.camelclado.mpp.policy.SpendingBudget;

/**
 * A ledger in a SQL database (tested on H2, written for PostgreSQL too), so budgets survive restarts and spending
 * can be audited. {@link #reserve} runs in one transaction that first locks a row of {@code <prefix>_lock}: nodes
 * sharing the database cannot together overspend a budget or pay one idempotency key twice.
 */
public class JdbcPaymentLedger implements PaymentLedger {

    public static final String DEFAULT_TABLE = "mpp_payment";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,40}");
    private static final int MAX_DETAIL = 1000;
    private static final String COLUMNS = "id, idempotency_key, label, challenge_id, realm, chain_id, currency, recipient,"
            + " amount, network_fee, payer, tx_hash, valid_before, receipt_reference, status, detail, created_at, updated_at";
    /** Payments a budget counts: they moved or may move money, or a refused one's transaction can still settle. */
    private static final String COMMITTED = "(status IN ('PENDING','SETTLED','UNKNOWN') OR (status = 'REFUSED'"
            + " AND tx_hash IS NOT NULL AND valid_before > ?))";

    private final DataSource dataSource;
    private final String table;
    private final String lockTable;

    public JdbcPaymentLedger(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE);
    }

    /** Creates the tables if they do not exist. */
    public JdbcPaymentLedger(DataSource dataSource, String table) {
        if (!IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("ledger table name must be a plain SQL identifier, was '" + table + "'");
        }
        this.dataSource = dataSource;
        this.table = table;
        this.lockTable = table + "_lock";
        createSchema();
    }

    private void createSchema() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + table + " (id VARCHAR(36) PRIMARY KEY, idempotency_key VARCHAR(200),"
                    + " label VARCHAR(200), challenge_id VARCHAR(200) NOT NULL, realm VARCHAR(255), chain_id BIGINT,"
                    + " currency VARCHAR(42), recipient VARCHAR(42), amount NUMERIC(78,0) NOT NULL,"
                    + " network_fee NUMERIC(78,0) NOT NULL, payer VARCHAR(42), tx_hash VARCHAR(66), valid_before BIGINT,"
                    + " receipt_reference VARCHAR(200), status VARCHAR(16) NOT NULL,"
                    + " detail VARCHAR(" + MAX_DETAIL + "), created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS " + table + "_created ON " + table + " (created_at)");
            s.execute("CREATE INDEX IF NOT EXISTS " + table + "_key ON " + table + " (idempotency_key)");
            s.execute("CREATE TABLE IF NOT EXISTS " + lockTable + " (name VARCHAR(32) PRIMARY KEY)");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + lockTable + " WHERE name = 'budget'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    try {
                        s.execute("INSERT INTO " + lockTable + " (name) VALUES ('budget')");
                    } catch (SQLException raced) {
                        // another node inserted it first
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the payment ledger tables " + table + ": " + e.getMessage(), e);
        }
    }

    @Override
    public PaymentRecord reserve(PaymentRecord pending, SpendingBudget budget) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (PreparedStatement lock = c.prepareStatement("SELECT name FROM " + lockTable + " WHERE name = 'budget' FOR UPDATE");
                     ResultSet locked = lock.executeQuery()) {
                    if (!locked.next()) {
                        throw new IllegalStateException("the ledger's lock row is missing from " + lockTable
                                + ": budgets cannot be enforced; restore it with INSERT INTO " + lockTable
                                + " (name) VALUES ('budget')");
                    }
                }
                if (pending.idempotencyKey() != null) {
                    try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table
                            + " WHERE idempotency_key = ? AND status IN ('PENDING','SETTLED','UNKNOWN')")) {
                        q.setString(1, pending.idempotencyKey());
                        List<PaymentRecord> earlier = read(q);
                        if (!earlier.isEmpty()) {
                            throw InMemoryPaymentLedger.alreadyPaid(pending, earlier.get(0));
                        }
                    }
                }
                if (budget != null) {
                    budget.check(pending.exposure(), committedSince(c, budget.windowStart(pending.createdAt()),
                            pending.createdAt()), pending.challengeId());
                }
                insert(c, pending);
                c.commit();
                return pending;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the payment in " + table + ": " + e.getMessage(), e);
        }
    }

    private void insert(Connection c, PaymentRecord r) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            insert.setString(1, r.id());
            insert.setString(2, r.idempotencyKey());
            insert.setString(3, truncate(r.label(), 200));
            insert.setString(4, r.challengeId());
            insert.setString(5, r.realm());
            if (r.chainId() == null) {
                insert.setNull(6, Types.BIGINT);
            } else {
                insert.setLong(6, r.chainId());
            }
            insert.setString(7, r.currency());
            insert.setString(8, r.recipient());
            insert.setBigDecimal(9, new BigDecimal(r.amount()));
            insert.setBigDecimal(10, new BigDecimal(r.networkFee()));
            insert.setString(11, r.payer());
            insert.setString(12, r.transactionHash());
            if (r.validBefore() == null) {
                insert.setNull(13, Types.BIGINT);
            } else {
                insert.setLong(13, r.validBefore().toEpochMilli());
            }
            insert.setString(14, r.receiptReference());
            insert.setString(15, r.status().name());
            insert.setString(16, truncate(r.detail(), MAX_DETAIL));
            insert.setLong(17, r.createdAt().toEpochMilli());
            insert.setLong(18, r.updatedAt().toEpochMilli());
            insert.executeUpdate();
        }
    }

    @Override
    public PaymentRecord transactionSigned(String id, String transactionHash, Instant validBefore, Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement u = c.prepareStatement("UPDATE " + table + " SET tx_hash = ?, valid_before = ?,"
                     + " updated_at = ? WHERE id = ?")) {
            u.setString(1, transactionHash);
            if (validBefore == null) {
                u.setNull(2, Types.BIGINT);
            } else {
                u.setLong(2, validBefore.toEpochMilli());
            }
            u.setLong(3, now.toEpochMilli());
            u.setString(4, id);
            updateOne(c, u, id);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the payment ledger " + table + ": " + e.getMessage(), e);
        }
        return find(id).orElseThrow();
    }

    /** Runs an update of one record and commits it when the pool hands out connections without auto-commit. */
    private static void updateOne(Connection c, PreparedStatement update, String id) throws SQLException {
        if (update.executeUpdate() != 1) {
            throw new IllegalArgumentException("no ledger record " + id);
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    @Override
    public PaymentRecord complete(String id, PaymentStatus status, String receiptReference, String detail, Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement u = c.prepareStatement("UPDATE " + table + " SET status = ?, receipt_reference ="
                     + " COALESCE(?, receipt_reference), detail = ?, updated_at = ? WHERE id = ?")) {
            u.setString(1, status.name());
            u.setString(2, receiptReference);
            u.setString(3, truncate(detail, MAX_DETAIL));
            u.setLong(4, now.toEpochMilli());
            u.setString(5, id);
            updateOne(c, u, id);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the payment outcome in " + table + ": " + e.getMessage(), e);
        }
        return find(id).orElseThrow();
    }

    @Override
    public BigInteger spentSince(Instant since) {
        try (Connection c = dataSource.getConnection()) {
            return spentSince(c, since);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the payment ledger " + table + ": " + e.getMessage(), e);
        }
    }

    private BigInteger spentSince(Connection c, Instant since) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT COALESCE(SUM(amount + network_fee), 0) FROM " + table
                + " WHERE created_at >= ? AND status IN ('PENDING','SETTLED','UNKNOWN')")) {
            q.setLong(1, since.toEpochMilli());
            return sum(q);
        }
    }

    @Override
    public BigInteger committedSince(Instant since, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            return committedSince(c, since, now);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the payment ledger " + table + ": " + e.getMessage(), e);
        }
    }

    private BigInteger committedSince(Connection c, Instant since, Instant now) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT COALESCE(SUM(amount + network_fee), 0) FROM " + table
                + " WHERE created_at >= ? AND " + COMMITTED)) {
            q.setLong(1, since.toEpochMilli());
            q.setLong(2, now.toEpochMilli());
            return sum(q);
        }
    }

    private static BigInteger sum(PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getBigDecimal(1).toBigIntegerExact();
        }
    }

    @Override
    public List<PaymentRecord> recordsSince(Instant since) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table
                     + " WHERE created_at >= ? ORDER BY created_at, id")) {
            q.setLong(1, since.toEpochMilli());
            return read(q);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the payment ledger " + table + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<PaymentRecord> find(String id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " WHERE id = ?")) {
            q.setString(1, id);
            return read(q).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the payment ledger " + table + ": " + e.getMessage(), e);
        }
    }

    private static List<PaymentRecord> read(PreparedStatement query) throws SQLException {
        List<PaymentRecord> records = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                long chain = rs.getLong(6);
                Long chainId = rs.wasNull() ? null : chain;
                long validBefore = rs.getLong(13);
                Instant validUntil = rs.wasNull() ? null : Instant.ofEpochMilli(validBefore);
                records.add(new PaymentRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), chainId, rs.getString(7), rs.getString(8), rs.getBigDecimal(9).toBigIntegerExact(),
                        rs.getBigDecimal(10).toBigIntegerExact(), rs.getString(11), rs.getString(12), validUntil,
                        rs.getString(14), PaymentStatus.valueOf(rs.getString(15)), rs.getString(16),
                        Instant.ofEpochMilli(rs.getLong(17)), Instant.ofEpochMilli(rs.getLong(18))));
            }
        }
        return records;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    @Override
    public String toString() {
        return "JdbcPaymentLedger[" + table + "]";
    }
}
