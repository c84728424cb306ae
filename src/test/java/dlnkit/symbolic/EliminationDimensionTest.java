package dlnkit.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.image.ImageDimension;
import dlnkit.model.Widths;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * dim closure(delta(V)) by elimination (Groebner basis, JAS) against the exact Jacobian rank mod p on
 * the quiver orbits in V ({@link OrbitRoute}): two unrelated routes that must agree.
 */
class EliminationDimensionTest {
    private static final AtomicInteger NOT_DOMINANT = new AtomicInteger();
    private static final AtomicInteger CASES = new AtomicInteger();

    @ParameterizedTest(name = "widths {0}, V = [{1}]")
    @CsvSource(delimiter = ';', value = {
        // all widths 1, N <= 4
        "1,1,1; ", "1,1,1; W2W1", "1,1,1; W1",
        "1,1,1,1; W2W1", "1,1,1,1; W3W2", "1,1,1,1; W3W2W1", "1,1,1,1; W3, W1", "1,1,1,1; W2", "1,1,1,1; W3W2, W2W1",
        "1,1,1,1,1; W4W3W2W1", "1,1,1,1,1; W2W1, W4W3", "1,1,1,1,1; W3W2", "1,1,1,1,1; W4, W1", "1,1,1,1,1; W3, W1",
        "1,1,1,1,1; W4W3, W2", "1,1,1,1,1; W3W2W1, W4W3W2",
        // widths 2, N <= 3
        "2,2,2; ", "2,2,2; W2W1", "2,2,2; W1", "2,2,2; W2",
        "2,2,2,2; W3, W1", "2,2,2,2; W3W2, W1", "2,2,2,2; W2", "2,2,2,2; W2W1, W3",
        // mixed widths
        "2,1,2; W2W1", "1,2,1; W2W1", "1,2,1; ", "2,1,2,1; W3W2", "1,2,1,2; W2, W3W2W1"
    })
    void eliminationDimensionEqualsExactRankOnTheOrbits(String ws, String zero) {
        compareWithTheOrbits(ws, zero);
    }

    /** The two largest eliminations of the comparison above (widths 2 at depth 3, some 20 s each on the 2-core machine). */
    @Tag("slow") // full tier only: mvn -B verify -Pfull, as CI runs it
    @ParameterizedTest(name = "widths {0}, V = [{1}]")
    @CsvSource(delimiter = ';', value = {"2,2,2,2; ", "2,2,2,2; W2W1"})
    void largeEliminationDimensionEqualsExactRankOnTheOrbits(String ws, String zero) {
        compareWithTheOrbits(ws, zero);
    }

    private static void compareWithTheOrbits(String ws, String zero) {
        Widths widths = Widths.parse(ws);
        PathZeroVariety v = zero == null ? PathZeroVariety.everything(widths) : PathZeroVariety.parse(widths, zero);
        EliminationResult r = EliminationDimension.compute(v, Symja.shared(), SymbolicFixture.algebra(Duration.ofSeconds(60)));
        OrbitRoute.Result exact = OrbitRoute.dimension(widths, v.paths(), 17);
        assertTrue(exact.orbitsInV() > 0, "V contains the zero orbit at least");
        assertEquals(exact.dimension(), r.dimension(), "elimination vs exact rank on " + exact.orbitsInV() + " orbits: " + r.summary());
        assertEquals(r.dimension() == r.target(), r.eliminationIdeal().isEmpty(),
                "the elimination ideal is zero exactly when delta is dominant on V");
        CASES.incrementAndGet();
        if (r.dimension() < r.target()) {
            NOT_DOMINANT.incrementAndGet();
        }
    }

    @AfterAll
    static void someCasesAreNotDominant() {
        // coverage: the comparison must include cases where the image is smaller than the target
        if (CASES.get() > 10) {
            assertTrue(NOT_DOMINANT.get() >= 3, "only " + NOT_DOMINANT.get() + " of " + CASES.get() + " cases not dominant");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2,2,2,2", "1,2,1,2", "2,3,2"})
    void orbitRouteOnAllOfSpaceEqualsTheDimsCommandsExactRank(String ws) {
        Widths widths = Widths.parse(ws);
        assertEquals(ImageDimension.exactRank(widths, 3).rank(), OrbitRoute.dimension(widths, java.util.List.of(), 5).dimension());
    }

    @Test
    void orbitCountForWidthTwoDepthFourIs125AsInMathMd() {
        assertEquals(125, OrbitRoute.dimension(Widths.parse("2,2,2,2,2"), java.util.List.of(), 1).orbits());
    }

    @Test
    void aTooLargeEliminationStopsWithTheSizeLimitInItsMessage() {
        Widths widths = Widths.parse("2,2,2,2");
        PathZeroVariety v = PathZeroVariety.parse(widths, "W3W2W1");
        Algebra alg = new Algebra(Symja.shared(), Deadline.after(Duration.ofMillis(1500), "the size limit of the test"));
        long t0 = System.nanoTime();
        SymbolicTimeoutException e = assertThrows(SymbolicTimeoutException.class,
                () -> EliminationDimension.compute(v, Symja.shared(), alg));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(e.getMessage().contains("the size limit of the test") && e.getMessage().contains("1.5 s"), e.getMessage());
        assertTrue(e.getMessage().startsWith("symbolic computation: expected"), e.getMessage());
        // the bound, not a speed target: the call returns once the budget and the stop grace period are spent
        assertTrue(seconds < 1.5 + Symja.GRACE_MILLIS / 1000.0 + 5, "returned after " + seconds + " s");
        // and the evaluator still works afterwards
        assertEquals(3, EliminationDimension.compute(PathZeroVariety.everything(Widths.parse("1,1,1,1")), Symja.shared(),
                SymbolicFixture.algebra()).dimension() + 1);
    }
}
