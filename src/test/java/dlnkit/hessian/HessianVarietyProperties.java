package dlnkit.hessian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Data;
import dlnkit.model.Loss;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.DataAssumptions;
import dlnkit.numeric.Tolerances;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * The point version of the cyclic pair rule against an independent route: the numeric gradient and the
 * dense Hessian of {@link Loss} (a point is in A_H iff both vanish). Points are structured so that both
 * answers occur often: each layer is zero, a sum of scaled matrix units (rank-deficient, with kernels
 * and images on coordinate axes, so products vanish exactly when the axes do not meet) or Gaussian.
 */
class HessianVarietyProperties {

    @Property(tries = 300, seed = "20261125")
    void pairRuleAgreesWithNumericGradientAndHessian(@ForAll @IntRange(min = 2, max = 5) int depth,
            @ForAll long seed) {
        Random rng = new Random(seed);
        Widths widths = randomWidths(depth, rng);
        Network w = structuredPoint(widths, rng);
        Data data = Data.gaussian(widths, widths.d(0) + widths.d(depth) + 2, rng);
        DataAssumptions.check(data).requireHolds();
        HessianVariety rule = HessianVariety.check(w, data, Tolerances.DEFAULT);
        boolean numeric = gradientAndHessianVanish(w, data);
        Statistics.label("verdict").collect(rule.contained() ? "in A_H" : "not in A_H");
        Statistics.label("depth").collect(depth);
        boolean nonzero = w.layers().stream().anyMatch(m -> !m.isZero());
        Statistics.label("in A_H with a nonzero layer").collect(rule.contained() && nonzero);
        Statistics.label("in A_H with a nonzero layer").coverage(c -> c.check(true).percentage(p -> p >= 5));
        Statistics.label("verdict").coverage(c -> {
            c.check("in A_H").percentage(p -> p >= 10);
            c.check("not in A_H").percentage(p -> p >= 10);
        });
        assertEquals(numeric, rule.contained(), () -> "widths " + widths + ", seed " + seed + ": " + rule.summary()
                + ", point " + w.layers());
    }

    /** docs/math.md: for N = 2 the origin is not in A_H (the Hessian is the nonzero form 4 <V_2 V_1 X, -Y>). */
    @Example
    void originIsNotInTheVarietyAtDepthTwoButIsAtDepthThree() {
        Random rng = new Random(3);
        Widths two = Widths.constant(2, 2);
        Data d2 = Data.gaussian(two, 6, rng);
        assertFalse(HessianVariety.contains(Network.zeros(two), d2, Tolerances.DEFAULT));
        assertFalse(gradientAndHessianVanish(Network.zeros(two), d2));
        Widths three = Widths.constant(3, 2);
        Data d3 = Data.gaussian(three, 6, rng);
        assertTrue(HessianVariety.contains(Network.zeros(three), d3, Tolerances.DEFAULT));
        assertTrue(gradientAndHessianVanish(Network.zeros(three), d3));
        assertEquals("{W_1, W_2}", HessianVariety.check(Network.zeros(two), d2).failingPair().orElseThrow());
    }

    /** Three pairwise disjoint zero paths, the other layers Gaussian: in A_H (docs/math.md section 3). */
    @Example
    void threeDisjointZeroPathsAreInTheVariety() {
        Random rng = new Random(4);
        Widths widths = Widths.constant(5, 2);
        Network w = Network.gaussian(widths, 1, rng).withLayer(1, Matrix.zeros(2, 2)).withLayer(3, Matrix.zeros(2, 2))
                .withLayer(5, Matrix.zeros(2, 2));
        Data data = Data.gaussian(widths, 6, rng);
        assertTrue(HessianVariety.contains(w, data, Tolerances.DEFAULT));
        assertTrue(gradientAndHessianVanish(w, data));
        Network two = w.withLayer(3, Matrix.gaussian(2, 2, 1, rng));
        assertFalse(HessianVariety.contains(two, data, Tolerances.DEFAULT));
        assertFalse(gradientAndHessianVanish(two, data));
    }

    /** Both the gradient and the dense Hessian vanish, relative to the scale of their terms. */
    static boolean gradientAndHessianVanish(Network w, Data data) {
        double layerScale = 1;
        for (Matrix m : w.layers()) {
            layerScale *= Math.max(1, m.frobeniusNorm());
        }
        double s = data.x().frobeniusNorm() + data.y().frobeniusNorm();
        double scale = 4.0 * w.depth() * s * s * layerScale * layerScale;
        double limit = Tolerances.DEFAULT.zeroRelative() * scale;
        double g = maxAbs(Loss.gradient(w, data).flatten());
        double h = 0;
        for (double[] row : Loss.denseHessian(w, data)) {
            h = Math.max(h, maxAbs(row));
        }
        return g <= limit && h <= limit;
    }

    static Widths randomWidths(int depth, Random rng) {
        int[] d = new int[depth + 1];
        for (int i = 0; i <= depth; i++) {
            d[i] = 1 + rng.nextInt(3);
        }
        return Widths.of(d);
    }

    /** Each layer: zero (40%), a few scaled matrix units (35%), Gaussian (25%). */
    static Network structuredPoint(Widths widths, Random rng) {
        List<Matrix> layers = new ArrayList<>();
        for (int t = 1; t <= widths.depth(); t++) {
            int r = widths.d(t);
            int c = widths.d(t - 1);
            double u = rng.nextDouble();
            if (u < 0.4) {
                layers.add(Matrix.zeros(r, c));
            } else if (u < 0.75) {
                Matrix m = Matrix.zeros(r, c);
                int units = 1 + rng.nextInt(2);
                for (int i = 0; i < units; i++) {
                    m = m.plus(Matrix.unit(r, c, rng.nextInt(r), rng.nextInt(c)).scale(1 + rng.nextInt(3)));
                }
                layers.add(m);
            } else {
                layers.add(Matrix.gaussian(r, c, 1, rng));
            }
        }
        return new Network(widths, layers);
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
