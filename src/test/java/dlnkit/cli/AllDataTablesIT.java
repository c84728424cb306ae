package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tables --data all}: conjecture.tex for A_H^all and notions.tex with both smallest failing depths (about a minute). */
@Tag("slow") // full tier only: mvn -B verify -Pfull, as CI runs it
class AllDataTablesIT {
    @Test
    void tablesForTheAllDataNotion(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"tables", "--out", dir.toString(), "--data", "all"}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        String notions = Files.readString(dir.resolve("notions.tex"));
        assertTrue(notions.contains("1 & none up to 10 & none up to 10 \\\\"), notions);
        assertTrue(notions.contains("2 & 7 (certified) & 8 (certified) \\\\"), notions);
        assertTrue(notions.contains("3 & 7 (certified) & 8 (certified) \\\\"), notions);
        String conjecture = Files.readString(dir.resolve("conjecture.tex"));
        assertTrue(conjecture.contains("A_H^{\\mathrm{all}}"), conjecture);
        assertTrue(conjecture.contains("7 & 2,2,2,2,2,2,2,2 & 28 & 18 & 18 & 17 & holds"), conjecture);
        assertTrue(conjecture.contains("8 & 2,2,2,2,2,2,2,2,2 & 32 & 21 & 21 & 21 & fails & certified"), conjecture);
        assertTrue(conjecture.contains("8 & 3,3,3,3,3,3,3,3,3 & 72 & 42 & 42 & 42 & fails & certified"), conjecture);
        assertTrue(Files.readString(dir.resolve("tables.tex")).contains("\\input{notions}"));
    }
}
