package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SymbolicCommandTest {
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "--widths 2,2,2 --what delta --zero W1W2; \"W1W2\"",
        "--widths 2,2,2 --what delta --zero W3; --zero token \"W3\": expected layer indices between 1 and the depth 2",
        "--widths 2,2,2 --what volume; --what: expected one of",
        "--widths 2,2,2 --what delta --export pdf; --export: expected text, latex, m2 or singular, got pdf",
        "--widths 2,2,2 --what loss --zero W1; --zero: expected only with --what delta",
        "--widths 3,3,3,3 --what hessian; at most 24 parameters for hessian",
        "--widths 2,2,2 --what identities --export m2; --export: expected text for --what identities",
        "--widths 2,2,2 --what loss --data noise; --data: expected symbolic or random, got noise",
        "--widths 2,2,2 --what loss --data symbolic --samples 9; --samples: expected at most 4",
        "--widths 2,2,2 --what delta --timeout 0; --timeout: expected seconds above 0"})
    void badInputIsOneLineNamingTheArgumentWithExitTwo(String args, String expected) {
        Result r = run(("symbolic " + args).split(" "));
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().split("\n").length, "one line: " + r.err());
        assertEquals("", r.out());
    }

    @Test
    void aComputationOverItsTimeLimitStopsWithTheSizeLimitInOneLine() {
        // widths within the documented limit of the Hessian (16 parameters), but far more than 0.3 s of work
        long t0 = System.nanoTime();
        Result r = run("symbolic", "--widths", "2,2,2,2,2", "--what", "hessian", "--timeout", "0.3");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("time limit of 0.3 s") && r.err().contains("size limit for hessian: at most 24 parameters"), r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
        assertTrue(seconds < 15, "the bound must hold: returned after " + seconds + " s");
    }

    @Test
    void identitiesAreProvedForTinyWidths() {
        Result r = run("symbolic", "--widths", "1,2,1", "--what", "identities");
        assertEquals(Main.OK, r.code(), r.err());
        assertEquals(4, r.out().lines().filter(l -> l.matches("\\s+[a-z-]+\\s+PROVED\\s.*")).count(), r.out());
        assertFalse(r.out().contains("FAILED"));
    }

    @Test
    void imageDimensionPrintsTheEliminationResult() {
        Result r = run("symbolic", "--widths", "2,2,2,2", "--what", "image-dimension", "--zero", "W3, W1");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("dim closure(delta(V)) = 4 of T = 6"), r.out());
        assertTrue(r.out().contains("elimination ideal J"), r.out());
    }

    @Test
    void hessianVarietyReportsChoicesAndSystems() {
        Result r = run("symbolic", "--widths", "1,1,1,1,1", "--what", "hessian-variety", "--data", "random", "--seed", "4");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("cyclic form: 32 choices of vanishing arcs; 11 systems remain"), r.out());
        assertTrue(r.out().contains("seed 4"), r.out());
        assertTrue(r.out().contains("system 8:") && !r.out().contains("system 9:"), r.out());
    }

    @Test
    void exportsNameTheCommandThatProducedThem() {
        Result r = run("symbolic", "--widths", "1,1,1", "--what", "delta", "--zero", "W2W1", "--export", "singular");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("// The delta map for widths 1,1,1 on V = {W2W1 = 0}"), r.out());
        assertTrue(r.out().contains("// produced by: dlnkit symbolic --widths 1,1,1 --what delta --export singular --zero \"W2W1\""), r.out());
        assertTrue(r.out().contains("ideal imageIdeal = preimage(R, delta, V);"), r.out());
    }

    @Tag("slow") // a fresh JVM that starts Symja, full tier only: mvn -B verify -Pfull
    @Test
    void theCommandEndsItsJvmPromptlyAndKeepsStandardErrorClean() throws Exception {
        // a fresh JVM through Main.main: Symja's non-daemon pools must not keep it alive
        Path dir = Files.createTempDirectory("dlnkit-symbolic");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), "dlnkit.cli.Main",
                "symbolic", "--widths", "2,2,2", "--what", "delta", "--export", "m2"))
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the JVM did not end");
        assertEquals(0, p.exitValue(), Files.readString(err));
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals("", stderr, "standard error must stay clean (no logging noise)");
        assertTrue(Files.readString(out).contains("delta = map(R, S, deltaList);"));
    }
}
