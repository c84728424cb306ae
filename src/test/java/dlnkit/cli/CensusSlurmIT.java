package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.census.CensusRows;
import dlnkit.testing.ExternalTools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Slurm job array of examples/slurm on a real single-node Slurm (started by .ci/slurm-up, stopped again when this
 * test started it): submit-census.sh queues the shards and a dependent merge; the merged database must have the rows
 * of an unsharded run. Skips without Slurm locally; fails under CI=true.
 */
@Tag("slow") // full tier only: mvn -B verify -Pfull, as CI runs it
class CensusSlurmIT {
    @TempDir
    static Path dir;

    static boolean startedHere;

    static ExternalTools.Run sh(List<String> command, Map<String, String> env, int seconds) throws Exception {
        Path log = Files.createTempFile(dir, "cmd", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + seconds + " s: " + Files.readString(log));
        }
        return new ExternalTools.Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void theJobArrayAndItsMergeGiveTheUnshardedRows() throws Exception {
        // sbatch answers only once a configuration exists, so it is checked after .ci/slurm-up
        ExternalTools.require("slurmctld", "-V");
        ExternalTools.require("slurmd", "-V");
        ExternalTools.require("munged", "--version");
        ExternalTools.Run up = sh(List.of("bash", ".ci/slurm-up"), Map.of(), 180);
        if (up.exitCode() != 0 && up.output().contains("must run as root") && !ExternalTools.required()) {
            org.junit.jupiter.api.Assumptions.abort("a single-node Slurm can only be started as root: " + up.output().strip());
        }
        startedHere = up.exitCode() == 0 && !up.output().contains("already up");
        assertEquals(0, up.exitCode(), up.output());
        ExternalTools.require("sbatch", "--version");

        Path jar = CensusProcesses.jar();
        Path work = dir.resolve("census-slurm");
        ExternalTools.Run submit = sh(List.of("bash", "examples/slurm/submit-census.sh", "3", work.toString(), "--depth", "5", "--entries",
                "1..2"), Map.of("DLNKIT_JAR", jar.toString()), 60);
        assertEquals(0, submit.exitCode(), submit.output());
        Matcher m = Pattern.compile("array job (\\d+) \\(3 shards\\), merge job (\\d+)").matcher(submit.output());
        assertTrue(m.find(), submit.output());
        String mergeJob = m.group(2);
        Path report = work.resolve("report.txt");
        long deadline = System.currentTimeMillis() + 600_000;
        while (System.currentTimeMillis() < deadline) {
            ExternalTools.Run q = sh(List.of("squeue", "-h", "-j", m.group(1) + "," + mergeJob), Map.of(), 30);
            if (q.output().isBlank() && Files.exists(report)) {
                break;
            }
            Thread.sleep(500);
        }
        assertTrue(Files.exists(report), "the merge job did not write " + report + ": " + String.join("\n", listing(work)));
        String mergeLog = Files.readString(work.resolve("census-merge-" + mergeJob + ".out"));
        assertTrue(mergeLog.contains("36 of 36 classes stored (64 vectors), 0 missing"), mergeLog);

        Path full = dir.resolve("full.db");
        CensusProcesses.run(dir, "full", "census", "--depth", "5", "--entries", "1..2", "--db", full.toString(), "--no-progress");
        assertEquals(CensusRows.of(full), CensusRows.of(work.resolve("census.db")));
        for (int i = 0; i < 3; i++) {
            assertTrue(Files.exists(work.resolve("shard-" + i + ".db")));
        }
    }

    private static List<String> listing(Path work) throws Exception {
        if (!Files.isDirectory(work)) {
            return List.of("(no " + work + ")");
        }
        try (var files = Files.list(work)) {
            return files.map(p -> {
                try {
                    return p.getFileName() + (p.toString().endsWith(".out") ? ": " + Files.readString(p) : "");
                } catch (java.io.IOException e) {
                    return p.toString();
                }
            }).toList();
        }
    }

    @AfterAll
    static void stopWhatWeStarted() throws Exception {
        if (startedHere) {
            sh(List.of("bash", ".ci/slurm-down"), Map.of(), 60);
        }
    }
}
