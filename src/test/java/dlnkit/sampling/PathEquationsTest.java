package dlnkit.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.variety.ZeroConditions;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathEquationsTest {

    /** The analytic Jacobian of F matches central finite differences of F (an independent route). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"2,2,2,2,2; W4W3W2, W1", "3,2,4,1,3; W3W2, W4", "2,3,1,2,2,3; W5W4W3W2W1",
        "1,3,2,3,1; W4W3, W2W1"})
    void jacobianMatchesCentralDifferences(String widthsText, String zero) {
        Widths widths = Widths.parse(widthsText);
        ZeroConditions v = ZeroConditions.parse(zero, widths.depth());
        Network w = Network.gaussian(widths, 1.0, new Random(5));
        double[][] j = PathEquations.jacobian(w, v);
        double[] x = w.flatten();
        double h = 1e-6;
        for (int k = 0; k < x.length; k++) {
            double[] plus = x.clone();
            double[] minus = x.clone();
            plus[k] += h;
            minus[k] -= h;
            double[] fp = PathEquations.values(Network.fromFlat(widths, plus), v);
            double[] fm = PathEquations.values(Network.fromFlat(widths, minus), v);
            for (int r = 0; r < fp.length; r++) {
                assertEquals((fp[r] - fm[r]) / (2 * h), j[r][k], 1e-7, "entry (" + r + ", " + k + ")");
            }
        }
    }

    /** F lists the entries of the products, so ||F|| is the norm of the stacked products. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"2,2,2,2,2; W4W3W2, W1", "3,2,4,1,3; W3W2, W4"})
    void valuesAreTheEntriesOfTheProducts(String widthsText, String zero) {
        Widths widths = Widths.parse(widthsText);
        ZeroConditions v = ZeroConditions.parse(zero, widths.depth());
        Network w = Network.gaussian(widths, 1.0, new Random(6));
        double sum = 0;
        for (var c : v.conditions()) {
            double n = w.product(c.top(), c.bottom()).frobeniusNorm();
            sum += n * n;
        }
        double f = 0;
        for (double y : PathEquations.values(w, v)) {
            f += y * y;
        }
        assertEquals(sum, f, 1e-12 * sum);
        assertEquals(PathEquations.count(widths, v), PathEquations.values(w, v).length);
        assertTrue(PathEquations.relativeResidual(w, v) > 0);
        assertEquals(PathEquations.relativeResidual(w, v), PathEquations.relativeResidual(w.scale(7.5), v), 1e-12);
    }
}
