package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dlnkit.report.Latex;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CensusCommandTest {
    @TempDir
    static Path dir;

    static Path db;

    /** Depth 5, entries 1..2, unequal ends: 32 vectors (where every failure at depth 5 lies). */
    @BeforeAll
    static void census() {
        db = dir.resolve("c.db");
        DimsCommandTest.Run r = DimsCommandTest.run("census", "--depth", "5", "--entries", "1..2", "--unequal-ends", "--db", db.toString(),
                "--no-progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("depth 5, entries 1..2, unequal ends"), r.out());
    }

    @Test
    void runningAgainResumesWithNothingLeft() {
        DimsCommandTest.Run r = DimsCommandTest.run("census", "--depth", "5", "--entries", "1..2", "--unequal-ends", "--db", db.toString(),
                "--no-progress", "--resume");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("0 decided now"), r.out());
    }

    @Test
    void reportsInThreeFormatsAgree() {
        DimsCommandTest.Run text = DimsCommandTest.run("census", "report", db.toString());
        assertEquals(0, text.code(), text.err());
        DimsCommandTest.Run json = DimsCommandTest.run("census", "report", db.toString(), "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
        JsonObject depth = o.getAsJsonArray("byDepth").get(0).getAsJsonObject();
        assertEquals(32, depth.get("vectors").getAsInt());
        int fails = depth.get("fails").getAsInt();
        assertTrue(fails > 0);
        DimsCommandTest.Run query = DimsCommandTest.run("census", "query", db.toString(), "--where", "verdict = 'fails'", "--columns",
                "SUM(multiplicity) AS n", "--order-by", "1");
        assertEquals("n\n" + fails, query.out().strip());
        assertTrue(text.out().contains("Failures by the arc pattern"), text.out());
        DimsCommandTest.Run latex = DimsCommandTest.run("census", "report", db.toString(), "--format", "latex");
        assertEquals(0, latex.code(), latex.err());
        assertEquals("", Latex.wellFormednessProblem(latex.out()), latex.out());
        assertTrue(latex.out().contains("\\toprule"));
    }

    @Test
    void badInputIsOneLineWithExitCodeTwo() throws Exception {
        String[][] cases = {
            {"census", "query", db.toString(), "--where", "no_such_column = 1"},
            {"census", "query", db.toString(), "--where", "1; DROP TABLE results"},
            {"census", "report", dir.resolve("none.db").toString()},
            {"census", "--depth", "5", "--entries", "1..2", "--db", db.toString(), "--seed", "7", "--no-progress"},
            {"census", "--depth", "5", "--entries", "3..1", "--db", dir.resolve("x.db").toString()},
            {"census", "--depth", "5", "--db", dir.resolve("x.db").toString()},
            {"census", "--depth", "5", "--entries", "1..2", "--square-ends", "--unequal-ends"},
            {"census", "--depth", "5", "--entries", "1..2", "--shard", "2/2", "--db", dir.resolve("x.db").toString()},
            {"census", "--depth", "5", "--entries", "1..2", "--db", dir.toString()},
            {"census", "merge", db.toString(), db.toString()},
        };
        for (String[] args : cases) {
            DimsCommandTest.Run r = DimsCommandTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        assertTrue(!Files.exists(dir.resolve("x.db")), "nothing is created on bad input");
    }

    @Test
    void mergeOfOneShardReportsTheMissingVectors() {
        Path s = dir.resolve("s0.db");
        DimsCommandTest.Run r = DimsCommandTest.run("census", "--depth", "3", "--entries", "1..2", "--db", s.toString(), "--shard", "0/2",
                "--no-progress");
        assertEquals(0, r.code(), r.err());
        r = DimsCommandTest.run("census", "merge", dir.resolve("m.db").toString(), s.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("missing: "), r.out());
    }

    @Test
    void helpDocumentsTheSubcommandsAndExitCodes() {
        DimsCommandTest.Run r = DimsCommandTest.run("census", "--help");
        assertEquals(0, r.code());
        for (String s : new String[] {"merge", "report", "query", "--shard", "--resume", "--widths-file", "Exit codes"}) {
            assertTrue(r.out().contains(s), s + " missing: " + r.out());
        }
    }
}
