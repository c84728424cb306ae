package dlnkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DeltaMapTest {
    private static final Widths[] CASES = {Widths.of(2, 3, 2), Widths.of(3, 2, 4, 1), Widths.of(2, 2, 2, 2, 2), Widths.of(1, 3, 1)};

    /** The identity behind the conservation of delta along gradient flow. */
    @Test
    void gradientsSatisfyTheBalanceIdentity() {
        Random rng = new Random(21);
        for (Widths widths : CASES) {
            Network w = Network.gaussian(widths, 1.0, rng);
            Data data = Data.gaussian(widths, 5, rng);
            Network g = Loss.gradient(w, data);
            for (int j = 1; j < widths.depth(); j++) {
                Matrix lhs = w.layer(j + 1).transpose().times(g.layer(j + 1));
                Matrix rhs = g.layer(j).times(w.layer(j).transpose());
                assertEquals(0, lhs.minus(rhs).maxAbs(), 1e-10 * Math.max(1, lhs.maxAbs()), "widths " + widths + ", j = " + j);
            }
        }
    }

    /** One GD step changes Delta_j by exactly eta^2 (G_{j+1}^T G_{j+1} - G_j G_j^T), to rounding. */
    @Test
    void oneGradientStepChangesDeltaByEtaSquaredLaw() {
        Random rng = new Random(22);
        for (Widths widths : CASES) {
            Network w = Network.gaussian(widths, 1.0, rng);
            Data data = Data.gaussian(widths, 5, rng);
            Network g = Loss.gradient(w, data);
            for (double eta : new double[] {1e-1, 1e-2, 1e-3}) {
                Network next = w.combine(g, -eta);
                List<Matrix> before = DeltaMap.value(w);
                List<Matrix> after = DeltaMap.value(next);
                for (int j = 1; j < widths.depth(); j++) {
                    Matrix predicted = g.layer(j + 1).transpose().times(g.layer(j + 1))
                            .minus(g.layer(j).times(g.layer(j).transpose())).scale(eta * eta);
                    Matrix actual = after.get(j - 1).minus(before.get(j - 1));
                    double scale = Math.max(1, before.get(j - 1).maxAbs()) + predicted.maxAbs();
                    assertEquals(0, actual.minus(predicted).maxAbs(), 1e-12 * scale * 100,
                            "widths " + widths + ", eta " + eta + ", j " + j);
                }
            }
        }
    }

    /** The structural Jacobian against central differences of the delta coordinates. */
    @Test
    void jacobianMatchesFiniteDifferences() {
        Random rng = new Random(23);
        for (Widths widths : CASES) {
            Network w = Network.gaussian(widths, 1.0, rng);
            double[][] j = DeltaMap.jacobian(w);
            double[] x = w.flatten();
            double h = 1e-6;
            for (int c = 0; c < x.length; c++) {
                double keep = x[c];
                x[c] = keep + h;
                double[] plus = DeltaMap.coordinates(Network.fromFlat(widths, x));
                x[c] = keep - h;
                double[] minus = DeltaMap.coordinates(Network.fromFlat(widths, x));
                x[c] = keep;
                for (int r = 0; r < plus.length; r++) {
                    assertEquals((plus[r] - minus[r]) / (2 * h), j[r][c], 1e-7, "widths " + widths + " entry " + r + "," + c);
                }
            }
        }
    }

    @Test
    void coordinatesAreUpperTrianglesInOrder() {
        Widths widths = Widths.of(1, 2, 1);
        Network w = new Network(widths, List.of(Matrix.of(new double[][] {{1}, {2}}), Matrix.of(new double[][] {{3, 4}})));
        // Delta_1 = W2^T W2 - W1 W1^T = [[9,12],[12,16]] - [[1,2],[2,4]] = [[8,10],[10,12]]
        assertEquals(List.of(8.0, 10.0, 12.0), java.util.Arrays.stream(DeltaMap.coordinates(w)).boxed().toList());
        assertEquals(2, DeltaMap.triangleIndex(2, 1, 1));
    }

    @Test
    void reversalMapsDeltaToMinusReversedDelta() {
        Random rng = new Random(24);
        Widths widths = Widths.of(3, 2, 4, 1);
        Network w = Network.gaussian(widths, 1.0, rng);
        List<Matrix> d = DeltaMap.value(w);
        List<Matrix> r = DeltaMap.value(w.reversed());
        int n = widths.depth();
        for (int t = 1; t < n; t++) {
            // W'_s = W_{N+1-s}^T: Delta'_s = W_{N-s} W_{N-s}^T - W_{N+1-s}^T W_{N+1-s} = -Delta_{N-s}
            assertEquals(0, r.get(t - 1).plus(d.get(n - t - 1)).maxAbs(), 1e-12);
        }
    }
}
