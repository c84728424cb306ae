package dlnkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every failure of the main conjecture over widths in {1,2,3} at depths 5 and 6 is certified and its certificate
 * verified by the independent verifier: at depth 6, 68 of them only through the proven upper bound
 * ({@code dim closure(im delta) = U < T}). About 0.5 min (depth 5) and 2 min (depth 6) on the shared 2-core machine.
 */
@Tag("slow") // full tier only: mvn -B verify -Pfull, as CI runs it
class WidthScanIT {

    @Test
    void everyFailureAtDepthFiveIsCertifiedAndVerified() {
        WidthScan.Counts c = scan(5);
        assertEquals(729, c.widths());
        assertEquals(136, c.fails());
        assertEquals(c.fails(), c.certified());
        assertEquals(c.certified(), c.verified());
        assertEquals(0, c.withUpperBound());
        assertEquals(0, c.undecided());
    }

    @Test
    void everyFailureAtDepthSixIsCertifiedAndVerified() {
        WidthScan.Counts c = scan(6);
        assertEquals(2187, c.widths());
        assertEquals(1091, c.fails());
        assertEquals(c.fails(), c.certified());
        assertEquals(c.certified(), c.verified());
        assertEquals(68, c.withUpperBound());
        assertEquals(0, c.undecided());
    }

    private static WidthScan.Counts scan(int depth) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        return WidthScan.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), depth, 3, 1);
    }
}
