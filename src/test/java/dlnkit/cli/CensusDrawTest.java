package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.census.StratumWords;
import dlnkit.conjecture.ConjectureDecision;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.Stratum;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** census draw: diagrams of the failing strata a census stores, rebuilt from the stored orbit and checked. */
class CensusDrawTest {
    @Test
    void failingRowsAreDrawnFromTheirStoredStratum(@TempDir Path dir) throws Exception {
        Path widths = Files.writeString(dir.resolve("w.txt"), "2,1,2,2,1,1\n1,1,1,1,1,1\n");
        Path db = dir.resolve("c.db");
        DimsCommandTest.Run r = DimsCommandTest.run("census", "--widths-file", widths.toString(), "--db", db.toString(), "--no-progress");
        assertEquals(0, r.code(), r.out() + r.err());
        DimsCommandTest.Run d = DimsCommandTest.run("census", "draw", db.toString(), "--out", dir.resolve("pictures").toString());
        assertEquals(0, d.code(), d.out() + d.err());
        assertTrue(d.out().contains("1 diagram drawn"), d.out());
        Path svg = dir.resolve("pictures/1-1-2-2-1-2.svg");
        if (!Files.exists(svg)) {
            svg = dir.resolve("pictures/2-1-2-2-1-1.svg");
        }
        assertTrue(Files.exists(svg), d.out());
        assertTrue(Files.size(svg.resolveSibling(svg.getFileName().toString().replace(".svg", ".png"))) > 1000);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile()); // well-formed XML
        assertTrue(Files.readString(svg).contains("failing stratum"));
        DimsCommandTest.Run bad = DimsCommandTest.run("census", "draw", db.toString(), "--out", dir.resolve("p2").toString(), "--where", "nope(");
        assertEquals(2, bad.code());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    @Test
    void aStratumIsRebuiltFromItsOrbitAndATamperedOneIsRefused() {
        Widths widths = Widths.of(2, 1, 2, 2, 1, 1);
        ConjectureResult r = ConjectureDecision.decide(widths, 3, Tolerances.DEFAULT);
        Stratum s = r.bestStratum().orElseThrow();
        String json = StratumWords.of(s).json();
        Stratum rebuilt = StratumWords.rebuild(widths, json);
        assertEquals(s.toString(), rebuilt.toString());
        assertEquals(json, StratumWords.of(rebuilt).json());
        // the stored zero pattern no longer matches the orbit: refused, not drawn
        String tampered = json.replace("\"cZeros\":[", "\"cZeros\":[[9,9],");
        assertTrue(!tampered.equals(json), "the JSON has a cZeros list to tamper with: " + json);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StratumWords.rebuild(widths, tampered));
        assertTrue(e.getMessage().contains("the stratum its orbit determines"), e.getMessage());
    }
}
