package dlnkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LossTest {
    private static final Widths[] CASES = {Widths.of(2, 3), Widths.of(2, 3, 2), Widths.of(3, 2, 4, 1), Widths.of(2, 2, 2, 2, 2)};

    /** Central differences of the loss along each coordinate; error O(h^2). */
    @Test
    void gradientMatchesFiniteDifferencesOfTheLoss() {
        Random rng = new Random(11);
        for (Widths widths : CASES) {
            Network w = Network.gaussian(widths, 0.8, rng);
            Data data = Data.gaussian(widths, 5, rng);
            double[] g = Loss.gradient(w, data).flatten();
            double[] x = w.flatten();
            double h = 1e-5;
            for (int i = 0; i < x.length; i++) {
                double keep = x[i];
                x[i] = keep + h;
                double plus = Loss.value(Network.fromFlat(widths, x), data);
                x[i] = keep - h;
                double minus = Loss.value(Network.fromFlat(widths, x), data);
                x[i] = keep;
                double fd = (plus - minus) / (2 * h);
                assertEquals(fd, g[i], 1e-5 * Math.max(1, Math.abs(fd)), "widths " + widths + ", coordinate " + i);
            }
        }
    }

    /** Central differences of the gradient along random directions. */
    @Test
    void hessianTimesMatchesFiniteDifferencesOfTheGradient() {
        Random rng = new Random(12);
        for (Widths widths : CASES) {
            Network w = Network.gaussian(widths, 0.8, rng);
            Data data = Data.gaussian(widths, 5, rng);
            Network v = Network.gaussian(widths, 1.0, rng);
            double h = 1e-5;
            Network fd = Loss.gradient(w.combine(v, h), data).combine(Loss.gradient(w.combine(v, -h), data), -1).scale(1 / (2 * h));
            Network hv = Loss.hessianTimes(w, data, v);
            assertEquals(0, fd.combine(hv, -1).norm(), 1e-6 * Math.max(1, hv.norm()), "widths " + widths);
        }
    }

    /** V . H V = 2 q(V), q computed by unrelated code from its definition in docs/math.md. */
    @Test
    void hessianQuadraticFormIsTwiceTheSecondOrderCoefficient() {
        Random rng = new Random(13);
        for (Widths widths : CASES) {
            Network w = Network.gaussian(widths, 1.0, rng);
            Data data = Data.gaussian(widths, 4, rng);
            Network v = Network.gaussian(widths, 1.0, rng);
            double form = v.dot(Loss.hessianTimes(w, data, v));
            double q = Loss.secondOrderCoefficient(w, data, v);
            assertEquals(2 * q, form, 1e-9 * Math.max(1, Math.abs(form)), "widths " + widths);
        }
    }

    @Test
    void denseHessianIsSymmetricAndMatchesHessianTimes() {
        Random rng = new Random(14);
        Widths widths = Widths.of(2, 3, 2, 2);
        Network w = Network.gaussian(widths, 1.0, rng);
        Data data = Data.gaussian(widths, 4, rng);
        double[][] h = Loss.denseHessian(w, data);
        for (int i = 0; i < h.length; i++) {
            for (int j = 0; j < h.length; j++) {
                assertEquals(h[i][j], h[j][i], 1e-9 * Math.max(1, Math.abs(h[i][j])));
            }
        }
        Network v = Network.gaussian(widths, 1.0, rng);
        double[] x = v.flatten();
        double[] hv = Loss.hessianTimes(w, data, v).flatten();
        for (int i = 0; i < h.length; i++) {
            double s = 0;
            for (int j = 0; j < h.length; j++) {
                s += h[i][j] * x[j];
            }
            assertEquals(s, hv[i], 1e-9 * Math.max(1, Math.abs(s)));
        }
    }

    /** At W = 0 every term of the Hessian has a factor W when N >= 3: exactly zero, not merely small. */
    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 8})
    void hessianAtZeroVanishesExactlyForDepthAtLeastThree(int depth) {
        Random rng = new Random(15 + depth);
        Widths widths = Widths.constant(depth, 2);
        Data data = Data.gaussian(widths, 4, rng);
        Network zero = Network.zeros(widths);
        assertTrue(Loss.gradient(zero, data).flatten().length > 0);
        for (double g : Loss.gradient(zero, data).flatten()) {
            assertEquals(0.0, g);
        }
        for (double[] row : Loss.denseHessian(zero, data)) {
            for (double entry : row) {
                assertEquals(0.0, entry);
            }
        }
    }

    /** For N = 2 the Hessian at 0 is the form 4 <V_2 V_1 X, -Y>, which is not zero: the origin is a strict saddle. */
    @Test
    void hessianAtZeroDoesNotVanishForDepthTwo() {
        Random rng = new Random(16);
        Widths widths = Widths.of(2, 2, 2);
        Data data = Data.gaussian(widths, 4, rng);
        Network zero = Network.zeros(widths);
        Network v = Network.gaussian(widths, 1.0, rng);
        double form = v.dot(Loss.hessianTimes(zero, data, v));
        double expected = 4 * v.layer(2).times(v.layer(1)).times(data.x()).dot(data.y().scale(-1));
        assertEquals(expected, form, 1e-9 * Math.abs(expected));
        assertFalse(Math.abs(form) < 1e-6);
    }

    @Test
    void lossIsTheSquaredResidual() {
        Widths widths = Widths.of(1, 1, 1);
        Network w = new Network(widths, java.util.List.of(Matrix.of(new double[][] {{2}}), Matrix.of(new double[][] {{3}})));
        Data data = new Data(Matrix.of(new double[][] {{1, 2}}), Matrix.of(new double[][] {{5, 10}}));
        // W_{2:1} X - Y = (6 - 5, 12 - 10) = (1, 2)
        assertEquals(5.0, Loss.value(w, data));
    }
}
