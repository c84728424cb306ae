package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dlnkit report} at two seeds, each in its own directory, run as separate processes of the shaded jar (about
 * 20-50 s each): the summary and every certificate carry the seed they were run with, and the verdicts (every row's
 * check, every certificate's widths and verify verdict, the exit code) do not depend on the seed.
 */
@Tag("slow") // full tier only: mvn -B verify -Pfull, as CI runs it
class ReportSeedsIT {
    static final long[] SEEDS = {1, 2};

    @TempDir
    static Path dir;

    static final Map<Long, Path> OUT = new LinkedHashMap<>();
    static final Map<Long, Integer> CODES = new LinkedHashMap<>();
    static final Map<Long, String> STDOUT = new LinkedHashMap<>();

    @BeforeAll
    static void runTheReportAtTwoSeeds() throws Exception {
        String jar = System.getProperty("dlnkit.jar", "target/dlnkit.jar");
        assertTrue(new File(jar).isFile(), "missing " + jar);
        for (long seed : SEEDS) {
            Path out = dir.resolve("out-seed" + seed);
            Path stdout = dir.resolve("stdout-" + seed + ".txt");
            Path stderr = dir.resolve("stderr-" + seed + ".txt");
            Process p = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-jar", jar, "report", "--out", out.toString(),
                    "--seed", Long.toString(seed), "--no-progress")
                    .directory(dir.toFile()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            p.getOutputStream().close();
            boolean ended = p.waitFor(600, TimeUnit.SECONDS);
            if (!ended) {
                p.destroyForcibly();
            }
            assertTrue(ended, "report --seed " + seed + " did not end within 600 s");
            OUT.put(seed, out);
            CODES.put(seed, p.exitValue());
            STDOUT.put(seed, Files.readString(stdout, StandardCharsets.UTF_8) + Files.readString(stderr, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theSummaryCarriesItsSeed() throws IOException {
        for (long seed : SEEDS) {
            String summary = Files.readString(OUT.get(seed).resolve("summary.txt"), StandardCharsets.UTF_8);
            assertTrue(summary.startsWith("dlnkit report (seed " + seed + "),"), summary);
            assertTrue(summary.contains("(seed " + seed + ")\n"), "the last line names the seed:\n" + summary);
            assertTrue(STDOUT.get(seed).contains("dlnkit report (seed " + seed + "),"), STDOUT.get(seed));
            String html = Files.readString(OUT.get(seed).resolve("index.html"), StandardCharsets.UTF_8);
            assertTrue(html.contains("dlnkit report (seed " + seed + ")"), "index.html names the seed");
            assertTrue(Files.readString(OUT.get(seed).resolve("tables").resolve("notions.tex"), StandardCharsets.UTF_8)
                    .contains("seed " + seed + ")"), "notions.tex names the seed");
        }
    }

    @Test
    void everyCertificateRecordsItsSeed() throws IOException {
        for (long seed : SEEDS) {
            List<Path> certificates = certificates(OUT.get(seed));
            assertEquals(3, certificates.size(), certificates.toString());
            for (Path c : certificates) {
                JsonObject o = JsonParser.parseString(Files.readString(c, StandardCharsets.UTF_8)).getAsJsonObject();
                assertTrue(o.has("seed"), c + " has no seed");
                assertEquals(seed, o.get("seed").getAsLong(), c.toString());
            }
        }
    }

    @Test
    void verdictsDoNotDependOnTheSeed() throws IOException {
        assertEquals(CODES.get(SEEDS[0]), CODES.get(SEEDS[1]), "exit codes:\n" + STDOUT);
        assertEquals(checks(SEEDS[0]), checks(SEEDS[1]), "row checks");
        assertFalse(checks(SEEDS[0]).isEmpty());
        List<Path> first = certificates(OUT.get(SEEDS[0]));
        List<Path> second = certificates(OUT.get(SEEDS[1]));
        assertEquals(first.stream().map(p -> p.getFileName().toString()).toList(),
                second.stream().map(p -> p.getFileName().toString()).toList());
        for (int i = 0; i < first.size(); i++) {
            JsonObject a = JsonParser.parseString(Files.readString(first.get(i), StandardCharsets.UTF_8)).getAsJsonObject();
            JsonObject b = JsonParser.parseString(Files.readString(second.get(i), StandardCharsets.UTF_8)).getAsJsonObject();
            assertEquals(a.get("format"), b.get("format"), first.get(i).getFileName().toString());
            assertEquals(a.get("widths"), b.get("widths"), first.get(i).getFileName().toString());
            assertEquals(verifyVerdict(first.get(i)), verifyVerdict(second.get(i)), first.get(i).getFileName().toString());
        }
    }

    /** Each summary row's claim with its check (ok or CHECK FAILED), in order. */
    static List<String> checks(long seed) throws IOException {
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(OUT.get(seed).resolve("summary.txt"), StandardCharsets.UTF_8)) {
            String[] cells = line.split(" \\| ");
            if (cells.length == 4 && !cells[0].strip().equals("seed claim")) {
                rows.add(cells[0].strip() + " -> " + cells[3].strip());
            }
        }
        return rows;
    }

    static List<Path> certificates(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.resolve("certificates"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** The last line of the certificate's verify output: VALID or INVALID. */
    static String verifyVerdict(Path certificate) throws IOException {
        String name = certificate.getFileName().toString();
        Path verify = certificate.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".verify.txt");
        List<String> lines = Files.readAllLines(verify, StandardCharsets.UTF_8);
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    }
}
