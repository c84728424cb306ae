package dlnkit.census;

import dlnkit.io.AtomicFiles;
import dlnkit.model.Checks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code dlnkit census merge OUT IN...}: the union of census databases of one census (same family, seed, dlnkit
 * version and notion; any shards), written to a temporary file beside {@code OUT} and renamed into place. A class
 * stored by two inputs must have the same result there (everything but the time), else the merge is refused.
 */
public final class CensusMerge {
    private CensusMerge() {
    }

    /** What a merge found: classes of the family, classes stored, and the missing ones (their widths). */
    public record Outcome(int classes, int stored, long vectors, List<String> missing) {
    }

    public static Outcome merge(Path out, List<Path> inputs) throws SQLException, IOException {
        Checks.require(!inputs.isEmpty(), "IN", "at least one census database to merge", "none");
        AtomicFiles.checkOutputFile("OUT", out);
        for (Path in : inputs) {
            Checks.require(!in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize()), "OUT",
                    "a file other than the inputs", out);
        }
        CensusStore.Meta first = null;
        Map<String, String> firstMeta = null;
        for (Path in : inputs) {
            try (CensusStore s = CensusStore.openReadOnly("IN", in)) {
                CensusStore.Meta m = s.meta();
                if (first == null) {
                    first = m;
                    firstMeta = s.metaMap();
                } else {
                    String diff = first.mismatch(m);
                    Checks.require(diff.isEmpty(), "IN", "a shard of the same census as " + inputs.get(0), in + " has " + diff);
                }
            }
        }
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + out.getFileName() + ".", ".tmp");
        Files.delete(tmp);
        Outcome outcome;
        try {
            try (CensusStore store = CensusStore.openForWriting(tmp)) {
                var c = store.connection();
                try (Statement s = c.createStatement()) {
                    for (String sql : CensusStore.SCHEMA) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
                    for (Map.Entry<String, String> e : firstMeta.entrySet()) {
                        p.setString(1, e.getKey());
                        p.setString(2, e.getKey().equals("shard") ? "merged" : e.getValue());
                        p.executeUpdate();
                    }
                }
                int i = 0;
                for (Path in : inputs) {
                    String alias = "src" + i++;
                    try (PreparedStatement p = c.prepareStatement("ATTACH DATABASE ? AS " + alias)) {
                        p.setString(1, in.toAbsolutePath().toString());
                        p.execute();
                    }
                    try (Statement s = c.createStatement()) {
                        if (i == 1) {
                            s.execute("INSERT INTO members (widths, ord, depth, multiplicity, cost, shard) "
                                    + "SELECT widths, ord, depth, multiplicity, cost, 0 FROM " + alias + ".members");
                        } else {
                            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + alias + ".members m LEFT JOIN members n "
                                    + "USING (widths) WHERE n.widths IS NULL OR n.ord <> m.ord")) {
                                rs.next();
                                Checks.require(rs.getLong(1) == 0, "IN", "a shard of the same census as " + inputs.get(0),
                                        in + " plans other vectors");
                            }
                        }
                        StringBuilder differs = new StringBuilder();
                        for (String col : CensusStore.DETERMINISTIC_COLUMNS) {
                            differs.append(differs.length() == 0 ? "" : " OR ").append("r.").append(col).append(" IS NOT s.").append(col);
                        }
                        try (ResultSet rs = s.executeQuery("SELECT s.widths FROM " + alias + ".results s JOIN results r USING (widths) WHERE "
                                + differs + " LIMIT 1")) {
                            String conflict = rs.next() ? rs.getString(1) : null;
                            Checks.require(conflict == null, "IN", "the same result for a vector stored by two inputs",
                                    in + " differs at " + conflict);
                        }
                        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + alias + ".results s LEFT JOIN members m "
                                + "USING (widths) WHERE m.widths IS NULL")) {
                            rs.next();
                            Checks.require(rs.getLong(1) == 0, "IN", "results for vectors of the family only", in);
                        }
                        s.execute("INSERT OR IGNORE INTO results SELECT * FROM " + alias + ".results");
                    }
                    try (Statement s = c.createStatement()) {
                        s.execute("DETACH DATABASE " + alias);
                    }
                }
                List<String> missing = new ArrayList<>();
                int classes;
                int stored;
                long vectors;
                try (Statement s = c.createStatement()) {
                    try (ResultSet rs = s.executeQuery("SELECT m.widths FROM members m LEFT JOIN results r USING (widths) "
                            + "WHERE r.widths IS NULL ORDER BY m.ord")) {
                        while (rs.next()) {
                            missing.add(rs.getString(1));
                        }
                    }
                    try (ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM members), COUNT(*), COALESCE(SUM(multiplicity), 0) FROM results")) {
                        rs.next();
                        classes = rs.getInt(1);
                        stored = rs.getInt(2);
                        vectors = rs.getLong(3);
                    }
                }
                outcome = new Outcome(classes, stored, vectors, missing);
            }
            AtomicFiles.moveIntoPlace(tmp, out);
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(Path.of(tmp + "-wal"));
            Files.deleteIfExists(Path.of(tmp + "-shm"));
        }
        return outcome;
    }
}
