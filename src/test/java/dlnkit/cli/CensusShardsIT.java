package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.census.CensusRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shards of a census run as separate processes of the jar, all at once, then merged: the merged database has the rows
 * of an unsharded run. A census killed with SIGKILL resumes to the same rows. (The Slurm variant is CensusSlurmIT.)
 */
@Tag("slow") // full tier only: mvn -B verify -Pfull, as CI runs it
class CensusShardsIT {
    static final String[] FAMILY = {"--depth", "5", "--entries", "1..2"};

    @TempDir
    static Path dir;

    static Path full;

    @BeforeAll
    static void unsharded() throws Exception {
        full = dir.resolve("full.db");
        CensusProcesses.run(dir, "full", args("--db", full.toString()));
    }

    static String[] args(String... more) {
        List<String> all = new ArrayList<>(List.of("census"));
        all.addAll(List.of(FAMILY));
        all.addAll(List.of(more));
        all.add("--no-progress");
        return all.toArray(String[]::new);
    }

    @Test
    void shardsAsProcessesMergeToTheUnshardedRun() throws Exception {
        int k = 3;
        List<Process> ps = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        List<String> dbs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Path log = dir.resolve("shard" + i + ".log");
            Path db = dir.resolve("shard" + i + ".db");
            logs.add(log);
            dbs.add(db.toString());
            ps.add(CensusProcesses.start(log, args("--shard", i + "/" + k, "--threads", "1", "--db", db.toString())));
        }
        for (int i = 0; i < k; i++) {
            CensusProcesses.await(ps.get(i), logs.get(i), 600, 0);
        }
        Path merged = dir.resolve("merged.db");
        List<String> merge = new ArrayList<>(List.of("census", "merge", merged.toString()));
        merge.addAll(dbs);
        String out = CensusProcesses.run(dir, "merge", merge.toArray(String[]::new));
        assertTrue(out.contains("36 of 36 classes stored (64 vectors), 0 missing"), out);
        List<String> expected = CensusRows.of(full);
        assertEquals(36, expected.size());
        assertEquals(expected, CensusRows.of(merged));
    }

    /** Depth 6, entries 1..2 (72 classes, slow enough on one thread to be killed in the middle). */
    @Test
    void aKilledCensusResumesToTheSameRows() throws Exception {
        String[] family = {"census", "--depth", "6", "--entries", "1..2", "--threads", "1", "--no-progress", "--db"};
        Path reference = dir.resolve("uninterrupted.db");
        CensusProcesses.run(dir, "uninterrupted", concat(family, reference.toString()));
        Path db = dir.resolve("killed.db");
        Path log = dir.resolve("killed.log");
        Process p = CensusProcesses.start(log, concat(family, db.toString()));
        Path wal = Path.of(db + "-wal");
        long deadline = System.currentTimeMillis() + 300_000;
        StringBuilder seen = new StringBuilder();
        // the plan is checkpointed into the file and the log truncated; rows then go to the log (each commit some
        // 25 KB here): once it passes 100 KB a few rows are committed, and the process is killed without warning
        while (System.currentTimeMillis() < deadline && p.isAlive()) {
            long size = Files.exists(wal) && Files.size(db) > 0 ? Files.size(wal) : -1;
            if (seen.length() < 2000) {
                seen.append(size).append(' ');
            }
            if (size > 100_000) {
                break;
            }
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the census ended before it could be killed (log sizes " + seen + "): " + Files.readString(log));
        p.destroyForcibly().waitFor();
        String out = CensusProcesses.run(dir, "resumed", concat(family, db.toString()));
        Matcher m = Pattern.compile("72 classes in this share \\((\\d+) already stored, (\\d+) decided now\\)").matcher(out);
        assertTrue(m.find(), out);
        int stored = Integer.parseInt(m.group(1));
        assertTrue(stored >= 1 && stored < 72, out);
        assertEquals(CensusRows.of(reference), CensusRows.of(db));
    }

    static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
