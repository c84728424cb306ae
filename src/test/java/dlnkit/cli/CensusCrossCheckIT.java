package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dlnkit.examples.WidthScan;
import dlnkit.conjecture.ConjectureDecision;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The census at depth 5 over {1,2,3} (one row per reversal class) against a direct decision of each of the 729 vectors:
 * the failure counts agree, and WidthScan (a census user) prints the same count.
 */
@Tag("slow") // full tier only: mvn -B verify -Pfull, as CI runs it
class CensusCrossCheckIT {
    @Test
    void depthFiveCountsAgreeWithDirectDecisions() {
        int direct = 0;
        int undecided = 0;
        for (Widths w : Widths.allWithEntriesUpTo(5, 3)) {
            ConjectureResult r = ConjectureDecision.decide(w, 1, Tolerances.DEFAULT);
            direct += r.verdict() == ConjectureResult.Verdict.FAILS ? 1 : 0;
            undecided += r.verdict() == ConjectureResult.Verdict.UNDECIDED ? 1 : 0;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WidthScan.Counts c = WidthScan.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), 5, 3, 1);
        assertEquals(729, c.widths());
        assertEquals(direct, c.fails(), bytes.toString(StandardCharsets.UTF_8));
        assertEquals(undecided, c.undecided());
        assertEquals(c.certified(), c.verified());
    }
}
