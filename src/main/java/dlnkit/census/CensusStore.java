package dlnkit.census;

import dlnkit.model.Checks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * The census database: one SQLite file with the tables {@code meta} (what the census is), {@code members} (the plan:
 * every reversal class of the family with its estimated cost and shard) and {@code results} (one row per decided
 * class). The schema is documented in docs/census.md; {@link #SCHEMA} is its source.
 *
 * <p>Writes: each result is its own transaction, in write-ahead-log mode with an exclusive lock (no shared-memory
 * file, so it also works on a cluster's network file system) and {@code synchronous=NORMAL}: a killed process loses
 * only the decisions not yet committed, never half a row; {@link #close()} folds the log back into the one file.
 */
public final class CensusStore implements AutoCloseable {
    public static final String FORMAT = "dlnkit-census-1";

    /** The tables and indexes (docs/census.md documents every column). */
    public static final List<String> SCHEMA = List.of(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE members (widths TEXT PRIMARY KEY, ord INTEGER NOT NULL UNIQUE, depth INTEGER NOT NULL, "
                    + "multiplicity INTEGER NOT NULL, cost REAL NOT NULL, shard INTEGER NOT NULL)",
            "CREATE TABLE results (widths TEXT PRIMARY KEY, depth INTEGER NOT NULL, d0 INTEGER NOT NULL, dn INTEGER NOT NULL, "
                    + "square_ends INTEGER NOT NULL, width_sum INTEGER NOT NULL, max_width INTEGER NOT NULL, "
                    + "multiplicity INTEGER NOT NULL, reverse_included INTEGER NOT NULL, notion TEXT NOT NULL, "
                    + "verdict TEXT NOT NULL CHECK (verdict IN ('holds', 'fails', 'undecided')), target INTEGER NOT NULL, "
                    + "dim_im_delta INTEGER NOT NULL, dim_delta_ah INTEGER, float_rank INTEGER, ah_empty INTEGER NOT NULL, "
                    + "evidence TEXT NOT NULL CHECK (evidence IN ('certified', 'exact', 'probabilistic', 'none')), "
                    + "error_bound REAL NOT NULL, strata_total INTEGER, strata_evaluated INTEGER NOT NULL, "
                    + "zero_arcs TEXT, m_arcs TEXT, arc_pattern TEXT, stratum_orbit TEXT, c_pattern TEXT, stratum TEXT, "
                    + "stratum_json TEXT, certificate TEXT, certificate_valid INTEGER, seed INTEGER NOT NULL, "
                    + "seconds REAL NOT NULL, version TEXT NOT NULL)",
            "CREATE INDEX results_depth_verdict ON results (depth, verdict)",
            "CREATE INDEX results_verdict_ends ON results (verdict, square_ends)",
            "CREATE INDEX results_arc_pattern ON results (arc_pattern)",
            "CREATE INDEX results_evidence ON results (evidence)",
            "CREATE INDEX members_shard ON members (shard)");

    /** The result columns in table order, without the ones derived from the widths. */
    public static final List<String> DETERMINISTIC_COLUMNS = List.of("widths", "depth", "multiplicity", "notion", "verdict",
            "target", "dim_im_delta", "dim_delta_ah", "float_rank", "ah_empty", "evidence", "error_bound", "strata_total",
            "strata_evaluated", "zero_arcs", "m_arcs", "arc_pattern", "stratum_orbit", "c_pattern", "stratum", "stratum_json",
            "certificate", "certificate_valid", "seed", "version");

    private final Connection connection;
    private final Path path;
    private PreparedStatement insert;

    private CensusStore(Connection connection, Path path) {
        this.connection = connection;
        this.path = path;
    }

    /** What a census database is: compared on resume and merge. */
    public record Meta(String format, String family, long seed, String version, String notion, String shard) {
        /** The mismatch with {@code other} in words, or empty when they describe the same census (shards aside). */
        public String mismatch(Meta other) {
            List<String> diffs = new java.util.ArrayList<>();
            if (!format.equals(other.format)) {
                diffs.add("format " + other.format + " (expected " + format + ")");
            }
            if (!family.equals(other.family)) {
                diffs.add("family \"" + other.family + "\" (expected \"" + family + "\")");
            }
            if (seed != other.seed) {
                diffs.add("seed " + other.seed + " (expected " + seed + ")");
            }
            if (!version.equals(other.version)) {
                diffs.add("dlnkit version " + other.version + " (expected " + version + ")");
            }
            if (!notion.equals(other.notion)) {
                diffs.add("notion " + other.notion + " (expected " + notion + ")");
            }
            return String.join(", ", diffs);
        }
    }

    /** Opens (creating when missing) a database for writing. */
    public static CensusStore openForWriting(Path path) {
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(10_000);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath(), config.toProperties());
            return new CensusStore(c, path);
        } catch (SQLException e) {
            throw Checks.failure("database", "a writable SQLite file", path + " (" + e.getMessage() + ")");
        }
    }

    /** Opens an existing database read-only (report, query, merge inputs). */
    public static CensusStore openReadOnly(String option, Path path) {
        Checks.require(Files.isRegularFile(path), option, "an existing census database", path);
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(3_000);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath(), config.toProperties());
            CensusStore store = new CensusStore(c, path);
            Checks.require(store.hasTable("meta") && store.hasTable("results"), option, "a census database (tables meta and results)",
                    path);
            return store;
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("SQLITE_BUSY") || m.contains("locked")) {
                throw Checks.failure(option, "a census database that no census is writing", path
                        + " is locked by a running census (it holds its database exclusively; wait for it, or copy the file "
                        + "and its -wal file and read the copy)");
            }
            throw Checks.failure(option, "a census database", path + " (" + m + ")");
        }
    }

    public Connection connection() {
        return connection;
    }

    public Path path() {
        return path;
    }

    boolean hasTable(String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** True when the database has no census yet (a new or empty file). */
    public boolean isEmpty() throws SQLException {
        return !hasTable("meta");
    }

    /** Creates the tables, the meta rows and the plan, in one transaction. */
    public void create(Meta meta, Map<String, String> extraMeta, List<Family.Member> members, double[] costs, int[] shards)
            throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            for (String sql : SCHEMA) {
                s.execute(sql);
            }
            Map<String, String> rows = new LinkedHashMap<>();
            rows.put("format", meta.format());
            rows.put("family", meta.family());
            rows.put("seed", Long.toString(meta.seed()));
            rows.put("version", meta.version());
            rows.put("notion", meta.notion());
            rows.put("shard", meta.shard());
            rows.putAll(extraMeta);
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
                for (Map.Entry<String, String> e : rows.entrySet()) {
                    p.setString(1, e.getKey());
                    p.setString(2, e.getValue());
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = connection.prepareStatement(
                    "INSERT INTO members (widths, ord, depth, multiplicity, cost, shard) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < members.size(); i++) {
                    Family.Member m = members.get(i);
                    p.setString(1, m.widths().toString());
                    p.setInt(2, i);
                    p.setInt(3, m.widths().depth());
                    p.setInt(4, m.multiplicity());
                    p.setDouble(5, costs[i]);
                    p.setInt(6, shards[i]);
                    p.addBatch();
                }
                p.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        // a new file learns that it is in WAL mode from its header: write the header and the plan into the file
        // itself, else a process killed before its first checkpoint would leave an empty file beside a log that
        // SQLite ignores
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    public Meta meta() throws SQLException {
        Map<String, String> m = metaMap();
        return new Meta(m.getOrDefault("format", "?"), m.getOrDefault("family", "?"), Long.parseLong(m.getOrDefault("seed", "0")),
                m.getOrDefault("version", "?"), m.getOrDefault("notion", "?"), m.getOrDefault("shard", "?"));
    }

    public Map<String, String> metaMap() throws SQLException {
        Map<String, String> m = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM meta ORDER BY rowid")) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getString(2));
            }
        }
        return m;
    }

    /** The widths of the rows already stored. */
    public Set<String> decided() throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT widths FROM results")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Stores one row in its own transaction. */
    public void insert(CensusRow r) throws SQLException {
        if (insert == null) {
            insert = connection.prepareStatement("INSERT INTO results (widths, depth, d0, dn, square_ends, width_sum, max_width, "
                    + "multiplicity, reverse_included, notion, verdict, target, dim_im_delta, dim_delta_ah, float_rank, ah_empty, "
                    + "evidence, error_bound, strata_total, strata_evaluated, zero_arcs, m_arcs, arc_pattern, stratum_orbit, "
                    + "c_pattern, stratum, stratum_json, certificate, certificate_valid, seed, seconds, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        var w = r.parsedWidths();
        int d0 = w.d(0);
        int dn = w.d(w.depth());
        int i = 1;
        insert.setString(i++, r.widths());
        insert.setInt(i++, r.depth());
        insert.setInt(i++, d0);
        insert.setInt(i++, dn);
        insert.setInt(i++, d0 == dn ? 1 : 0);
        insert.setInt(i++, w.values().stream().mapToInt(Integer::intValue).sum());
        insert.setInt(i++, w.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        insert.setInt(i++, r.multiplicity());
        insert.setInt(i++, r.multiplicity() > 1 ? 1 : 0);
        insert.setString(i++, r.notion());
        insert.setString(i++, r.verdict());
        insert.setLong(i++, r.target());
        insert.setInt(i++, r.dimImDelta());
        setInteger(i++, r.dimDeltaAh());
        setInteger(i++, r.floatRank());
        insert.setInt(i++, r.dimDeltaAh() == null ? 1 : 0);
        insert.setString(i++, r.evidence());
        insert.setDouble(i++, r.errorBound());
        if (r.strataTotal() == null) {
            insert.setNull(i++, Types.INTEGER);
        } else {
            insert.setLong(i++, r.strataTotal());
        }
        insert.setLong(i++, r.strataEvaluated());
        StratumWords s = r.stratum();
        insert.setString(i++, s == null ? null : s.zeroArcs());
        insert.setString(i++, s == null ? null : s.mArcs());
        insert.setString(i++, s == null ? null : s.pattern());
        insert.setString(i++, s == null ? null : s.orbit());
        insert.setString(i++, s == null ? null : s.cPattern());
        insert.setString(i++, s == null ? null : s.words());
        insert.setString(i++, s == null ? null : s.json());
        insert.setString(i++, r.certificate());
        setInteger(i++, r.certificateValid() == null ? null : r.certificateValid() ? 1 : 0);
        insert.setLong(i++, r.seed());
        insert.setDouble(i++, r.seconds());
        insert.setString(i, r.version());
        insert.executeUpdate();
    }

    private void setInteger(int index, Integer value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.INTEGER);
        } else {
            insert.setInt(index, value);
        }
    }

    /** Folds the write-ahead log back into the file and closes. */
    @Override
    public void close() {
        try {
            if (insert != null) {
                insert.close();
            }
            if (!connection.isReadOnly()) {
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    s.execute("PRAGMA journal_mode=DELETE");
                }
            }
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("closing " + path + ": " + e.getMessage(), e);
        }
    }
}
