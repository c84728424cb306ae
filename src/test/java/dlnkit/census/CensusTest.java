package dlnkit.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.certificate.CertificateFiles;
import dlnkit.conjecture.ConjectureDecision;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.certificate.HessianCertificateVerifier;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The census against direct decisions of every vector, and its independence of threads, shards and interruptions. */
class CensusTest {
    static final Census.Listener QUIET = new Census.Listener() {
        @Override
        public void started(int planned, int alreadyDone, int failsAlready) {
        }

        @Override
        public void stored(CensusRow row) {
        }
    };

    @TempDir
    static Path dir;

    static Family family;
    static Path full;

    /** Depth 5, entries 1..2: 64 vectors, 36 classes, some failing. */
    @BeforeAll
    static void runOnce() throws Exception {
        family = Family.range(5, 1, 2, Family.Ends.ALL);
        full = dir.resolve("full.db");
        Census.run(family, full, 1, Shards.Spec.all(), 2, false, QUIET);
    }

    static List<String> rows(Path db) throws Exception {
        return CensusRows.of(db);
    }

    static Map<String, String> verdicts(Path db) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (CensusStore s = CensusStore.openReadOnly("db", db); Statement st = s.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT widths, verdict FROM results")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /** Every vector, its reverse included, decided on its own, has the verdict of its class's row; so the counts agree. */
    @Test
    void censusAgreesWithDirectDecisionsOfEveryVector() throws Exception {
        Map<String, String> census = verdicts(full);
        assertEquals(36, census.size());
        int directFails = 0;
        for (Widths w : Widths.allWithEntriesUpTo(5, 2)) {
            ConjectureResult r = ConjectureDecision.decide(w, 1, Tolerances.DEFAULT);
            String verdict = r.verdict().name().toLowerCase(Locale.ROOT);
            directFails += r.verdict() == ConjectureResult.Verdict.FAILS ? 1 : 0;
            assertEquals(verdict, census.get(Family.canonical(w).toString()), w.toString());
        }
        assertTrue(directFails > 0);
        try (CensusStore s = CensusStore.openReadOnly("db", full)) {
            CensusSummary summary = CensusSummary.of(s, 10, 10);
            List<String> depthRow = summary.table("byDepth").rows().get(0);
            assertEquals(List.of("5", "64", Integer.toString(64 - directFails), Integer.toString(directFails), "0", "0"), depthRow);
            assertEquals(directFails, Census.failingVectors(s));
        }
    }

    @Test
    void storedCertificatesVerifyAndFailuresAreCertified() throws Exception {
        int checked = 0;
        try (CensusStore s = CensusStore.openReadOnly("db", full); Statement st = s.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT widths, certificate, evidence FROM results WHERE verdict = 'fails'")) {
            while (rs.next()) {
                assertEquals("certified", rs.getString(3), rs.getString(1));
                var cert = CertificateFiles.parseHessian(rs.getString(2));
                assertEquals(rs.getString(1), cert.widths().toString());
                assertTrue(HessianCertificateVerifier.verify(cert).valid(), rs.getString(1));
                checked++;
            }
        }
        assertTrue(checked > 0);
    }

    @Test
    void rowsDoNotDependOnThreadsOrShards() throws Exception {
        Path one = dir.resolve("one-thread.db");
        Census.run(family, one, 1, Shards.Spec.all(), 1, false, QUIET);
        assertEquals(rows(full), rows(one));
        List<Path> shards = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path p = dir.resolve("shard" + i + ".db");
            Census.Outcome o = Census.run(family, p, 1, new Shards.Spec(i, 3), 2, false, QUIET);
            assertTrue(o.planned() > 0 && o.planned() < 36);
            shards.add(p);
        }
        Path merged = dir.resolve("merged.db");
        CensusMerge.Outcome partial = CensusMerge.merge(dir.resolve("partial.db"), shards.subList(0, 2));
        assertEquals(36, partial.classes());
        assertTrue(!partial.missing().isEmpty() && partial.missing().size() == 36 - partial.stored());
        CensusMerge.Outcome m = CensusMerge.merge(merged, shards);
        assertTrue(m.missing().isEmpty(), m.missing().toString());
        assertEquals(64, m.vectors());
        assertEquals(rows(full), rows(merged));
    }

    /** An interrupted census (rows lost) is completed by running it again, with the same rows as an uninterrupted one. */
    @Test
    void anInterruptedCensusResumes() throws Exception {
        Path db = dir.resolve("resumed.db");
        Files.copy(full, db);
        try (CensusStore s = CensusStore.openForWriting(db); Statement st = s.connection().createStatement()) {
            st.executeUpdate("DELETE FROM results WHERE rowid % 3 = 0");
        }
        int left = verdicts(db).size();
        assertTrue(left < 36);
        Census.Outcome o = Census.run(family, db, 1, Shards.Spec.all(), 2, true, QUIET);
        assertEquals(left, o.resumed());
        assertEquals(36 - left, o.decided());
        assertEquals(rows(full), rows(db));
        assertTrue(!Files.exists(Path.of(db + "-wal")), "the write-ahead log is folded back on close");
    }

    @Test
    void anotherCensusInTheFileOrAnotherSeedInAMergeIsRefused() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Census.run(family, full, 2, Shards.Spec.all(), 1, false, QUIET));
        assertTrue(e.getMessage().contains("seed 1 (expected 2)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Census.run(Family.range(4, 1, 2, Family.Ends.ALL), full, 1, Shards.Spec.all(), 1, false, QUIET));
        assertTrue(e.getMessage().contains("family"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Census.run(family, full, 1, new Shards.Spec(0, 2), 1, false, QUIET));
        assertTrue(e.getMessage().contains("shard"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Census.run(family, dir.resolve("missing.db"), 1, Shards.Spec.all(), 1, true, QUIET));
        assertTrue(e.getMessage().startsWith("--resume"), e.getMessage());
        Path other = dir.resolve("seed2.db");
        Census.run(Family.range(2, 1, 2, Family.Ends.ALL), other, 2, Shards.Spec.all(), 1, false, QUIET);
        Path out = dir.resolve("never.db");
        e = assertThrows(IllegalArgumentException.class, () -> CensusMerge.merge(out, List.of(full, other)));
        assertTrue(e.getMessage().contains("seed 2 (expected 1)"), e.getMessage());
        assertTrue(!Files.exists(out));
    }
}
