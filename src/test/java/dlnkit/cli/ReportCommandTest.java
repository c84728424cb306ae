package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job end to end: every step runs, every check holds, the files are there. */
class ReportCommandTest {
    @Test
    void reportWritesEverythingAndEveryCheckHolds(@TempDir Path dir) {
        Path out = dir.resolve("out");
        DimsCommandTest.Run r = DimsCommandTest.run("report", "--out", out.toString(), "--no-progress");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("every check held"), r.out());
        assertTrue(r.out().contains("7 for width 2"), r.out());
        assertTrue(r.out().contains("5: e.g. widths 2,1,2,2,1,1 fail"), r.out());
        for (String f : new String[] {"summary.txt", "tables/conjecture.tex", "tables/depth4.tex", "tables/strata.tex",
            "tables/tables.tex", "certificates/seed-counterexample-depth16.json", "certificates/smallest-failure-width2.json", "certificates/failure-depth5-widths-2,1,2,2,1,1.json",
            "examples/DepthFour.txt", "experiments/e1/e1.png", "experiments/e2/e2.csv", "experiments/e3/e3.csv",
            "experiments/e4/e4.png", "hessian-agreement.txt"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), "missing " + f);
        }
    }
}
