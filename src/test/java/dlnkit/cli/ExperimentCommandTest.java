package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The experiment commands at small sizes: files written, divergence reported as such, bad input one line. */
class ExperimentCommandTest {
    @TempDir
    Path dir;

    static DimsCommandTest.Run run(String... args) {
        return DimsCommandTest.run(args);
    }

    @Test
    void e1ReportsTheDivergingStepAsDivergenceAndWritesCsvAndPng() throws IOException {
        DimsCommandTest.Run r = run("experiment", "e1", "--out", dir.toString(), "--no-progress", "--widths", "3,3,3", "--rank", "2", "--etas",
                "0.1,5", "--rhos", "0.5", "--steps", "400", "--seed", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("seed 3"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("eta=5.000") && l.contains("DIVERGED")), r.out());
        List<String> summary = Files.readAllLines(dir.resolve("e1-summary.csv"));
        assertTrue(summary.get(0).startsWith("schedule,eta0,rho,outcome"), summary.get(0));
        assertTrue(summary.stream().anyMatch(l -> l.startsWith("eta=5.000,5.0,0.0,DIVERGED")), summary.toString());
        // no overflowed number in the data: every loss field parses to a finite double
        List<String> rows = Files.readAllLines(dir.resolve("e1.csv"));
        for (String row : rows.subList(1, rows.size())) {
            double loss = Double.parseDouble(row.split(",")[6]);
            assertTrue(Double.isFinite(loss) && loss < 1e12, row);
        }
        assertPng(dir.resolve("e1.png"));
        assertPng(dir.resolve("e1-drift.png"));
    }

    @Test
    void e2FindsShrinkingStepsAtSmallDepths() throws IOException {
        DimsCommandTest.Run r = run("experiment", "e2", "--out", dir.toString(), "--no-progress", "--width", "2", "--depths", "2..4", "--steps", "800",
                "--bisections", "5");
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("e2.csv"));
        assertEquals(4, rows.size());
        double previous = Double.POSITIVE_INFINITY;
        for (String row : rows.subList(1, 4)) {
            double eta = Double.parseDouble(row.split(",")[1]);
            assertTrue(eta > 0 && eta < previous, rows.toString());
            previous = eta;
        }
        assertTrue(r.out().contains("power-law fit") && r.out().contains("exponential fit"), r.out());
        assertPng(dir.resolve("e2.png"));
    }

    @Test
    void e3CountsLimitsAndPrintsTheConjectureVerdict() throws IOException {
        DimsCommandTest.Run r = run("experiment", "e3", "--out", dir.toString(), "--no-progress", "--widths", "2,2,2", "--starts", "4", "--steps",
                "5000", "--scale", "0.5");
        assertEquals(0, r.code(), r.out() + r.err());
        // widths 2,2,2 (depth 2): A_H is empty, as `dlnkit conjecture` says
        assertTrue(r.out().contains("conjecture verdict for these widths (as `dlnkit conjecture`): holds: A_H is empty"), r.out());
        assertTrue(r.out().contains("dim closure(im delta) for these widths: 3"), r.out());
        assertEquals(5, Files.readAllLines(dir.resolve("e3.csv")).size());
        assertPng(dir.resolve("e3.png"));
    }

    @Test
    void e4ChecksThePointAndKeepsTheFlowInTheFiber() throws IOException {
        DimsCommandTest.Run r = run("experiment", "e4", "--out", dir.toString(), "--no-progress", "--starts", "1", "--horizon", "5");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("exactly zero (checked)"), r.out());
        assertTrue(r.out().contains("pair rule says yes"), r.out());
        assertTrue(r.out().contains("checks: all held"), r.out());
        assertEquals(2, Files.readAllLines(dir.resolve("e4-summary.csv")).size());
        assertPng(dir.resolve("e4.png"));
    }

    @Test
    void badInputIsOneLineWithExitTwo() {
        DimsCommandTest.Run r = run("experiment", "e1", "--out", dir.toString(), "--etas", "-1");
        assertEquals(2, r.code());
        assertEquals("dlnkit experiment e1: --etas: expected a finite number > 0, got -1.0", r.err().strip());
        DimsCommandTest.Run d = run("experiment", "e2", "--out", dir.toString(), "--depths", "5..x");
        assertEquals(2, d.code());
        assertEquals(1, d.err().strip().lines().count(), d.err());
        assertTrue(d.err().contains("--depths"), d.err());
        DimsCommandTest.Run missing = run("experiment", "e3");
        assertEquals(2, missing.code());
    }

    @Test
    void helpListsTheExperimentsAndExitCodes() {
        DimsCommandTest.Run r = run("experiment", "--help");
        assertEquals(0, r.code());
        for (String name : List.of("e1", "e2", "e3", "e4", "Exit codes")) {
            assertTrue(r.out().contains(name), name + " missing in " + r.out());
        }
    }

    static void assertPng(Path png) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img != null && img.getWidth() == 1000 && img.getHeight() == 600, png.toString());
    }
}
