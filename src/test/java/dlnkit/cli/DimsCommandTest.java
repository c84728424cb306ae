package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dlnkit.image.DimensionResult;
import dlnkit.image.ExactRank;
import dlnkit.model.Widths;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.Tolerances;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DimsCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void depthFourWidthTwoReportsNineOfNine() {
        Run r = run("dims", "--depth", "4", "--width", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("9 of 9"), r.out());
        assertTrue(r.out().contains("seed 1"), r.out());
    }

    @Test
    void narrowMiddleGivesAnImageSmallerThanItsTarget() {
        Run r = run("dims", "--widths", "1,3,1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("5 of 6"), r.out());
        assertTrue(r.out().contains("smaller than its target"), r.out());
        assertTrue(r.out().contains("proven upper bound      5 = T - 1 (u_1 = 1; "), r.out());
        assertTrue(r.out().contains("exact (lower = upper bound)"), r.out());
    }

    /** With an exact rank below the bound (a made-up rank: the true one meets it), the line says the dimension lies between. */
    @Test
    void aRankBelowTheBoundIsNotCalledExact() {
        ExactRank exact = new ExactRank(4, 6, 6, 7, 1, "test");
        FloatRank fr = new FloatRank(4, "dense SVD", 1e-9, 1, 0, 1e-15, List.of());
        String text = DimsCommand.text(new DimensionResult(Widths.of(1, 3, 1), exact, fr, Tolerances.DEFAULT, 1), 0, 0);
        assertTrue(text.contains("proven upper bound      5 = T - 1"), text);
        assertTrue(text.contains("the exact rank 4 is a proven lower bound, the dimension lies between"), text);
        assertTrue(!text.contains("exact (lower = upper bound)"), text);
    }

    @Test
    void jsonHasTheDocumentedKeys() {
        Run r = run("dims", "--widths", "2,2,2,2,2", "--format", "json", "--seed", "9");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        for (String key : List.of("widths", "parameters", "target", "dimension", "exactRank", "floatRank", "seed")) {
            assertTrue(o.has(key), key + " missing in " + r.out());
        }
        assertEquals(16, o.get("parameters").getAsInt());
        assertEquals(9, o.get("target").getAsInt());
        assertEquals(9, o.get("dimension").getAsInt());
        assertEquals(9, o.get("seed").getAsInt());
        assertEquals(5, o.getAsJsonArray("widths").size());
        assertEquals(9, o.get("upperBound").getAsInt());
        assertTrue(o.get("exact").getAsBoolean(), r.out());
    }

    @Test
    void jsonUpperBoundBelowTheTarget() {
        Run r = run("dims", "--widths", "2,6,2", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(21, o.get("target").getAsInt());
        assertEquals(18, o.get("upperBound").getAsInt());
        assertEquals(18, o.get("exactRank").getAsInt());
        assertTrue(o.get("exact").getAsBoolean(), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--widths 2", "--widths 2,x", "--widths 0,2", "--depth 3", "--widths 2,2 --depth 3",
        "--bogus", "--depth 3 --width 65", "--format xml --depth 2 --width 2", "--seed abc --depth 2 --width 2"})
    void badInputGivesOneLineAndExitCodeTwo(String args) {
        Run r = run(("dims " + args).split(" "));
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("dlnkit dims: "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void disagreementIsSaidPlainly() {
        ExactRank exact = new ExactRank(5, 6, 6, 7, 1, "test");
        FloatRank fr = new FloatRank(6, "dense SVD", 1e-9, 1, 0, 1e-15, List.of());
        DimensionResult d = new DimensionResult(Widths.of(1, 3, 1), exact, fr, Tolerances.DEFAULT, 1);
        String text = DimsCommand.text(d, 0, 0);
        assertTrue(text.contains("DISAGREE"), text);
        assertEquals(-1, d.dimension());
    }
}
