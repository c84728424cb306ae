package dlnkit.examples;

import dlnkit.census.Census;
import dlnkit.census.CensusRow;
import dlnkit.census.CensusStore;
import dlnkit.census.Family;
import dlnkit.census.Shards;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the main conjecture for every widths vector with entries in {@code 1..maxWidth} at one depth (a census, as
 * {@code dlnkit census --depth DEPTH --entries 1..MAX_WIDTH}, in a temporary database, on all cores), every failure
 * certificate checked by the independent verifier, and prints the counts. A certificate "with the upper bound" is one for
 * widths where {@code dim closure(im delta) < T}: it proves the failure with the proven upper bound
 * {@code U >= dim closure(im delta)} (proofs-notes/10-upper-bounds.md). Run:
 * {@code java -cp target/dlnkit.jar dlnkit.examples.WidthScan DEPTH [MAX_WIDTH] [SEED]} (defaults: 5, 3, 1).
 */
public final class WidthScan {
    private WidthScan() {
    }

    /** Counts of one scan, over widths vectors (a vector and its reverse count twice). */
    public record Counts(long widths, long fails, long certified, long verified, long undecided, List<String> examples,
            long withUpperBound) {
    }

    public static void main(String[] args) {
        int depth = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int maxWidth = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Counts c = run(System.out, depth, maxWidth, seed);
        // exit 0 only when every failure is certified and every certificate verified
        System.exit(c.fails() == c.certified() && c.verified() == c.certified() && c.undecided() == 0 ? 0 : 1);
    }

    public static Counts run(PrintStream out, int depth, int maxWidth, long seed) {
        try {
            Path dir = Files.createTempDirectory("dlnkit-widthscan");
            Path db = dir.resolve("census.db");
            try {
                Census.run(Family.range(depth, 1, maxWidth, Family.Ends.ALL), db, seed, Shards.Spec.all(),
                        Runtime.getRuntime().availableProcessors(), false, new Census.Listener() {
                            @Override
                            public void started(int planned, int alreadyDone, int failsAlready) {
                            }

                            @Override
                            public void stored(CensusRow row) {
                            }
                        });
                Counts c = counts(db);
                out.printf("depth %d, widths in {1..%d}, seed %d: %d widths vectors, %d fail (%d certified, %d of them with the upper bound,"
                        + " %d certificates verified, %d probabilistic), %d undecided%n", depth, maxWidth, seed, c.widths(), c.fails(),
                        c.certified(), c.withUpperBound(), c.verified(), c.fails() - c.certified(), c.undecided());
                c.examples().forEach(e -> out.println("  fails: " + e));
                return c;
            } finally {
                Files.deleteIfExists(db);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The counts of a census database (docs/census.md), by SQL over its results table. */
    static Counts counts(Path db) throws SQLException {
        try (CensusStore store = CensusStore.openReadOnly("db", db); Statement s = store.connection().createStatement()) {
            long[] n = new long[6];
            try (ResultSet rs = s.executeQuery("SELECT SUM(multiplicity), "
                    + "SUM(CASE WHEN verdict = 'fails' THEN multiplicity ELSE 0 END), "
                    + "SUM(CASE WHEN verdict = 'fails' AND certificate IS NOT NULL THEN multiplicity ELSE 0 END), "
                    + "SUM(CASE WHEN verdict = 'fails' AND certificate_valid = 1 THEN multiplicity ELSE 0 END), "
                    + "SUM(CASE WHEN verdict = 'undecided' THEN multiplicity ELSE 0 END), "
                    + "SUM(CASE WHEN verdict = 'fails' AND certificate LIKE '%\"upperBound\"%' THEN multiplicity ELSE 0 END) FROM results")) {
                rs.next();
                for (int i = 0; i < 6; i++) {
                    n[i] = rs.getLong(i + 1);
                }
            }
            List<String> examples = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT widths, evidence, dim_im_delta, target, certificate LIKE '%\"upperBound\"%' "
                    + "FROM results WHERE verdict = 'fails' "
                    + "ORDER BY width_sum, widths LIMIT 5")) {
                while (rs.next()) {
                    examples.add(rs.getString(1) + ("certified".equals(rs.getString(2))
                            ? (rs.getBoolean(5) ? " (certified with the upper bound U < T = " + rs.getInt(4) + ")" : " (certified)")
                            : " (probabilistic: dim im delta " + rs.getInt(3) + " < T " + rs.getInt(4) + ")"));
                }
            }
            return new Counts(n[0], n[1], n[2], n[3], n[4], examples, n[5]);
        }
    }
}
