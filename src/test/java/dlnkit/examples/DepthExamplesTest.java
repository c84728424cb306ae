package dlnkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.ToIntBiFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Smoke tests: every depth example runs and finds nothing that contradicts its expectation. */
class DepthExamplesTest {
    static String run(ToIntBiFunction<PrintStream, Long> example, long seed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int problems = example.applyAsInt(new PrintStream(bytes, true, StandardCharsets.UTF_8), seed);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, problems, out);
        assertTrue(out.contains("seed " + seed), out);
        return out;
    }

    @Test
    void depthTwoFindsTheHessianVarietyEmpty() {
        assertTrue(run(DepthTwo::run, 2).contains("empty (0 is not in A_H)"));
    }

    @Test
    void depthThreeFindsTheMiddleLayerZeroOnEverySubvarietyInside() {
        assertTrue(run(DepthThree::run, 2).contains("holds (strict drop)"));
    }

    @Test
    void depthFourFindsEveryStrictDrop() {
        String out = run(DepthFour::run, 2);
        assertEquals(2 * dlnkit.variety.SeedSubvarieties.depthFour().size(), out.lines().filter(l -> l.startsWith("  all ")).count(), out);
    }

    /** Depth 4 never fails (243 widths); depth 5 with widths in {1,2} already does, every failure certified. */
    @Test
    void widthScanFindsNoFailureAtDepthFourAndCertifiedOnesAtDepthFive() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        WidthScan.Counts four = WidthScan.run(ps, 4, 3, 1);
        assertEquals(243, four.widths());
        assertEquals(0, four.fails());
        WidthScan.Counts five = WidthScan.run(ps, 5, 2, 1);
        assertTrue(five.fails() > 0, bytes.toString(StandardCharsets.UTF_8));
        assertEquals(five.certified(), five.verified());
        assertEquals(0, five.undecided());
    }

    @Tag("slow") // depth 16 again (RestrictedDimensionTest keeps it in the quick tier), full tier only: mvn -B verify -Pfull
    @Test
    void depthSixteenReproducesTheCounterexample() {
        assertTrue(run(DepthSixteen::run, 2).contains("45 of 45"));
    }
}
