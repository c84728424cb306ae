package dlnkit.variety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Widths;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression test: the enumerator's running dimension bound counted {@code hom(I, J)} twice for
 * intervals closing at different vertices, so the dimension it reported was too small and the pruning
 * skipped orbits that could win (found by the sampling route: {@code W5W4W3, W1} at width 2 has an
 * orbit of dimension 13 on which delta has rank 12, while the orbit method reported 11).
 */
class OrbitEnumeratorDimensionTest {

    /** Every orbit the enumerator visits comes with its true dimension {@link Orbit#dimension()}. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"2,2,2,2,2,2; W5W4W3, W1", "2,2,2,2,2; W4, W3W2", "3,3,3,3,3; W4W3, W2",
        "1,3,2,3,1; W3W2", "2,3,1,3,2; W4W3W2W1", "2,2,2,2,2,2; W5W4, W3W2W1"})
    void enumeratedDimensionEqualsTheOrbitDimension(String widthsText, String zero) {
        Widths widths = Widths.parse(widthsText);
        ZeroConditions v = ZeroConditions.parse(zero, widths.depth());
        OrbitEnumerator enumerator = new OrbitEnumerator(widths, v);
        long[] visited = {0};
        enumerator.enumerate(new OrbitEnumerator.Visitor() {
            @Override
            public long threshold() {
                return -1;
            }

            @Override
            public boolean visit(long orbitDimension, Supplier<Orbit> orbit) {
                visited[0]++;
                Orbit o = orbit.get();
                assertEquals(o.dimension(), orbitDimension, o.toString());
                assertTrue(o.liesIn(v), o.toString());
                return true;
            }
        });
        assertEquals(enumerator.count(1_000_000).orElseThrow().longValue(), visited[0]);
    }
}
