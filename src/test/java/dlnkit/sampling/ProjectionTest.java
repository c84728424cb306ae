package dlnkit.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.ZeroConditions;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectionTest {

    /**
     * On a linear V the minimum-norm Gauss-Newton step is the orthogonal projection: one step zeroes
     * the named layers exactly and leaves the others as they were.
     */
    @Test
    void onALinearSubvarietyOneStepIsTheOrthogonalProjection() {
        Widths widths = Widths.parse("2,3,2,3,2");
        ZeroConditions v = ZeroConditions.parse("W4, W2", 4);
        Network start = Network.gaussian(widths, 1.0, new Random(8));
        Projection p = Projection.of(start, v, Tolerances.DEFAULT);
        assertTrue(p.converged());
        assertEquals(1, p.iterations());
        assertEquals(0.0, p.residual());
        for (int t = 1; t <= 4; t++) {
            if (t == 2 || t == 4) {
                assertEquals(0.0, p.point().layer(t).maxAbs(), "W_" + t);
            } else {
                assertTrue(p.point().layer(t).minus(start.layer(t)).maxAbs() <= 1e-14, "W_" + t);
            }
        }
    }

    /**
     * From Gaussian starts Gauss-Newton lands on V: the relative residual is within the tolerance,
     * every condition's product is tiny against the layer scale, and it takes few steps.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"2,2,2,2,2; W4, W3W2", "3,3,3,3,3; W4W3, W2", "2,2,2,2,2,2; W5W4W3, W1",
        "1,3,2,3,1; W4W3W2W1", "2,2,2,2,2; W3W2, W2W1"})
    void gaussNewtonLandsOnTheSubvariety(String widthsText, String zero) {
        Widths widths = Widths.parse(widthsText);
        ZeroConditions v = ZeroConditions.parse(zero, widths.depth());
        Random rng = new Random(9);
        for (int k = 0; k < 10; k++) {
            Projection p = Projection.of(Network.gaussian(widths, 1.0, rng), v, Tolerances.DEFAULT);
            assertTrue(p.converged(), "residual " + p.residual());
            assertTrue(p.residual() <= Tolerances.DEFAULT.residualRelative());
            assertTrue(p.iterations() <= 40, "iterations " + p.iterations());
            double s = PathEquations.scale(p.point());
            for (var c : v.conditions()) {
                double norm = p.point().product(c.top(), c.bottom()).frobeniusNorm();
                assertTrue(norm <= 1e-12 * Math.pow(s, c.top() - c.bottom() + 1), c + ": " + norm);
            }
        }
    }
}
