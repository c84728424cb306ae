package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code --data all} option of conjecture, search, hessian, tables, and what verify says about its certificates. */
class AllDataCommandsTest {
    @Test
    void searchFindsDepthEightForWidthTwoAndVerifyAcceptsTheDominanceCertificate(@TempDir Path dir) throws Exception {
        Path cert = dir.resolve("all.json");
        DimsCommandTest.Run r = DimsCommandTest.run("search", "--width", "2", "--max-depth", "9", "--data", "all", "--format", "json",
                "--certificate", cert.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("all", o.get("data").getAsString());
        assertEquals(8, o.get("smallestFailingDepth").getAsInt());
        JsonArray verdicts = o.getAsJsonArray("verdicts");
        assertEquals(7, verdicts.size());
        for (int i = 0; i < 6; i++) {
            assertEquals("holds", verdicts.get(i).getAsJsonObject().get("verdict").getAsString());
        }
        assertEquals(17, verdicts.get(5).getAsJsonObject().get("dimension").getAsInt());
        assertTrue(Files.readString(cert).contains("dlnkit-dominance-certificate-1"));
        DimsCommandTest.Run v = DimsCommandTest.run("verify", cert.toString());
        assertEquals(0, v.code(), v.out() + v.err());
        assertTrue(v.out().contains("the conjecture fails for the all-data notion"), v.out());
        assertTrue(v.out().contains("vanish at the point for every data"), v.out());
    }

    @Test
    void conjectureWritesTheCertificateAndTheDefaultIsFixedData(@TempDir Path dir) {
        Path cert = dir.resolve("c.json");
        DimsCommandTest.Run all = DimsCommandTest.run("conjecture", "--widths", "1,2,2,1,2,2,1,1", "--data", "all", "--certificate",
                cert.toString(), "--no-progress");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().contains("fails: dim closure(delta(A_H^all)) = 14 = dim closure(im delta), CERTIFIED"), all.out());
        assertTrue(all.out().contains("gradient and Hessian vanish for every data"), all.out());
        assertEquals(0, DimsCommandTest.run("verify", cert.toString()).code());
        DimsCommandTest.Run seven = DimsCommandTest.run("conjecture", "--depth", "7", "--width", "2", "--data", "all", "--format", "json");
        assertEquals(0, seven.code(), seven.err());
        JsonObject o = JsonParser.parseString(seven.out()).getAsJsonObject();
        assertEquals("holds", o.get("verdict").getAsString());
        assertEquals(17, o.get("dimension").getAsInt());
        DimsCommandTest.Run fixed = DimsCommandTest.run("conjecture", "--depth", "7", "--width", "2", "--format", "json", "--no-progress");
        assertEquals("fails", JsonParser.parseString(fixed.out()).getAsJsonObject().get("verdict").getAsString());
    }

    @Test
    void hessianAgreementTableForAllData() {
        DimsCommandTest.Run r = DimsCommandTest.run("hessian", "--depths", "3-6", "--width", "2", "--samples", "40", "--data", "all",
                "--format", "json", "--no-progress");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertTrue(o.get("agreement").getAsBoolean());
        int inside = 0;
        int outside = 0;
        for (var row : o.getAsJsonArray("rows")) {
            inside += row.getAsJsonObject().get("inHessianVarietyAllData").getAsInt();
            outside += row.getAsJsonObject().get("notInHessianVarietyAllData").getAsInt();
            assertEquals(0, row.getAsJsonObject().get("disagree").getAsInt());
        }
        assertTrue(inside > 20 && outside > 20, inside + " inside, " + outside + " outside");
    }

    @Test
    void badNotionIsRejectedInOneLine() {
        DimsCommandTest.Run r = DimsCommandTest.run("conjecture", "--depth", "4", "--width", "2", "--data", "some");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--data") && r.err().lines().count() == 1, r.err());
        DimsCommandTest.Run p = DimsCommandTest.run("hessian", "--point", "p.json", "--data", "all");
        assertEquals(2, p.code());
        assertTrue(p.err().contains("--data"), p.err());
    }

    @Test
    void notionsTableHasBothSmallestFailingDepths() {
        String tex = dlnkit.report.NotionTables.smallestFailingDepths(2, 8, 1);
        assertEquals("", dlnkit.report.Latex.wellFormednessProblem(tex));
        assertTrue(tex.contains("1 & none up to 8 & none up to 8 \\\\"), tex);
        assertTrue(tex.contains("2 & 7 (certified) & 8 (certified) \\\\"), tex);
    }
}
