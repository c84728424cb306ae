package dlnkit.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.DeltaMap;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.Spectral;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StartsTest {

    /**
     * With exactly orthogonal matrices (random signed permutations) and a power-of-two scale every float
     * operation is exact, so delta of the balanced start is exactly zero: the identity
     * W_{j+1}^T W_{j+1} = s^2 V_j V_j^T = W_j W_j^T holds with no rounding.
     */
    @Test
    void balancedStartHasEveryDeltaExactlyZeroWithExactOrthogonalMatrices() {
        Random rng = new Random(7);
        for (Widths widths : List.of(Widths.of(3, 4, 2, 5, 3), Widths.constant(6, 3), Widths.of(2, 5, 5, 2))) {
            for (int r = 1; r <= Starts.minWidth(widths); r++) {
                List<Matrix> perms = new ArrayList<>();
                for (int d : widths.values()) {
                    perms.add(signedPermutation(d, rng));
                }
                Network w = Starts.balanced(widths, r, 0.5, perms);
                for (Matrix d : DeltaMap.value(w)) {
                    assertTrue(d.isZero(), "widths " + widths + ", rank " + r + ": " + d);
                }
                assertEquals(r, rank(w.endToEnd()), "end-to-end rank");
            }
        }
    }

    /** Haar-random orthogonal matrices: delta is zero to rounding, the end-to-end matrix is s^N V_N V_0^T of rank r. */
    @Test
    void balancedStartHasDeltaZeroToRoundingAndEndToEndOfRankR() {
        Random rng = new Random(8);
        Widths widths = Widths.of(4, 5, 3, 6, 4);
        for (int r = 1; r <= 3; r++) {
            double s = 1.3;
            Network w = Starts.balanced(widths, r, s, rng);
            assertTrue(Balancedness.constant(w) < 1e-14 * s * s, "balancedness " + Balancedness.constant(w));
            assertEquals(r, rank(w.endToEnd()));
            double[] sv = Spectral.singularValues(w.endToEnd());
            for (int i = 0; i < r; i++) {
                assertEquals(Math.pow(s, 4), sv[i], 1e-12, "singular value " + i);
            }
        }
        // a Gaussian start is not balanced: the check can fail
        assertTrue(Balancedness.constant(Starts.gaussian(widths, 1, rng)) > 0.1);
    }

    static int rank(Matrix m) {
        double[] sv = Spectral.singularValues(m);
        int r = 0;
        for (double v : sv) {
            if (v > 1e-10 * sv[0]) {
                r++;
            }
        }
        return r;
    }

    static Matrix signedPermutation(int d, Random rng) {
        List<Integer> p = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            p.add(i);
        }
        java.util.Collections.shuffle(p, rng);
        double[][] a = new double[d][d];
        for (int i = 0; i < d; i++) {
            a[i][p.get(i)] = rng.nextBoolean() ? 1 : -1;
        }
        return Matrix.of(a);
    }
}
