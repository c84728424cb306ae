package dlnkit.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Data;
import dlnkit.model.Matrix;
import dlnkit.model.Widths;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LeastSquaresTest {

    /** The closed-form L*_k equals ||W* X - Y||^2 evaluated directly, and W* has rank at most k. */
    @Test
    void closedFormLossIsAttainedByTheOptimalMatrix() {
        Random rng = new Random(31);
        Data data = Data.gaussian(Widths.of(4, 3), 9, rng);
        for (int k = 0; k <= 3; k++) {
            LeastSquares opt = LeastSquares.optimum(data, k);
            Matrix e = opt.matrix().times(data.x()).minus(data.y());
            assertEquals(opt.loss(), e.dot(e), 1e-10 * Math.max(1, opt.loss()), "rank " + k);
            double[] sv = Spectral.singularValues(opt.matrix());
            for (int i = k; i < sv.length; i++) {
                assertTrue(sv[i] < 1e-10 * Math.max(1, sv[0]), "rank of W* for k = " + k);
            }
        }
    }

    /** Full rank: the optimum solves the normal equations W X X^T = Y X^T (an independent formula). */
    @Test
    void fullRankOptimumSolvesTheNormalEquations() {
        Random rng = new Random(32);
        Data data = Data.gaussian(Widths.of(3, 2), 7, rng);
        Matrix w = LeastSquares.optimum(data, 2).matrix();
        Matrix lhs = w.times(data.x()).times(data.x().transpose());
        Matrix rhs = data.y().times(data.x().transpose());
        assertEquals(0, lhs.minus(rhs).maxAbs(), 1e-12 * rhs.maxAbs() * 10);
    }

    /** No random rank-k matrix, nor a perturbation of W*, beats L*_k. */
    @Test
    void noRankKMatrixBeatsTheOptimum() {
        Random rng = new Random(33);
        Data data = Data.gaussian(Widths.of(4, 4), 10, rng);
        for (int k = 1; k <= 3; k++) {
            LeastSquares opt = LeastSquares.optimum(data, k);
            for (int trial = 0; trial < 200; trial++) {
                Matrix a = Matrix.gaussian(4, k, 1, rng);
                Matrix b = Matrix.gaussian(k, 4, 1, rng);
                Matrix candidate = trial % 2 == 0 ? a.times(b) : opt.matrix().plus(a.times(b).scale(1e-3));
                double[] sv = Spectral.singularValues(candidate);
                if (trial % 2 == 1 && sv.length > k && sv[k] > 1e-12) {
                    continue; // the perturbation left rank k: not a competitor
                }
                Matrix e = candidate.times(data.x()).minus(data.y());
                assertTrue(e.dot(e) >= opt.loss() - 1e-12, "rank " + k + ", trial " + trial);
            }
        }
    }
}
