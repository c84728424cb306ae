package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --draw FILE.svg} of conjecture and restrict. */
class DrawOptionTest {
    @Test
    void conjectureDrawsItsFailingStratum(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("fail.svg");
        DimsCommandTest.Run r = DimsCommandTest.run("conjecture", "--widths", "2,1,2,2,1,1", "--no-progress", "--draw", svg.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("stratum diagram written to " + svg), r.out());
        assertTrue(Files.readString(svg).contains("failing stratum of A_H"));
        assertTrue(Files.size(dir.resolve("fail.png")) > 1000);
    }

    @Test
    void conjectureSaysWhenThereIsNoStratum(@TempDir Path dir) {
        Path svg = dir.resolve("none.svg");
        DimsCommandTest.Run r = DimsCommandTest.run("conjecture", "--depth", "2", "--width", "2", "--draw", svg.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("nothing drawn: A_H is empty"), r.out());
        assertFalse(Files.exists(svg));
    }

    @Test
    void restrictDrawsItsBestOrbitWithTheConditions(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("v.svg");
        DimsCommandTest.Run r = DimsCommandTest.run("restrict", "--depth", "4", "--width", "2", "--zero", "W4, W2", "--draw", svg.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        String text = Files.readString(svg);
        assertTrue(text.contains("W4 = 0") && text.contains("W2 = 0"), text);
        assertTrue(Files.exists(dir.resolve("v.png")));
    }

    @Test
    void aDrawFileMustEndInSvg(@TempDir Path dir) {
        DimsCommandTest.Run r = DimsCommandTest.run("conjecture", "--depth", "3", "--width", "1", "--draw", dir.resolve("x.png").toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("--draw: expected a file name ending in .svg"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void tablesRejectsABadMarginRangeBeforeComputing(@TempDir Path dir) {
        for (String[] bad : new String[][] {{"--margin-depths", "9-3"}, {"--margin-depths", "two"}, {"--margin-widths", "0"}}) {
            DimsCommandTest.Run r = DimsCommandTest.run("tables", "--out", dir.resolve("t").toString(), bad[0], bad[1]);
            assertEquals(2, r.code(), r.out() + r.err());
            assertTrue(r.err().startsWith("dlnkit tables: " + bad[0] + ": expected"), r.err());
            assertFalse(Files.exists(dir.resolve("t").resolve("margin.csv")));
        }
    }
}
