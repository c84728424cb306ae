package dlnkit.descent;

import dlnkit.model.Checks;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.RandomMatrices;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Starting points: balanced rank-{@code r} starts (docs/math.md section 5) and Gaussian starts. */
public final class Starts {
    private Starts() {
    }

    /**
     * The balanced start {@code W_j = s V_j V_{j-1}^T}, {@code V_j} the first {@code r} columns of a
     * Haar-random orthogonal {@code d_j x d_j} matrix. Since {@code V_j^T V_j = I_r},
     * {@code W_{j+1}^T W_{j+1} = s^2 V_j V_j^T = W_j W_j^T}: every {@code Delta_j} is zero (exactly in
     * exact arithmetic, to rounding in floating point). The end-to-end matrix is {@code s^N V_N V_0^T}.
     */
    public static Network balanced(Widths widths, int rank, double scale, Random rng) {
        List<Matrix> orthogonals = new ArrayList<>();
        for (int j = 0; j <= widths.depth(); j++) {
            orthogonals.add(RandomMatrices.orthogonal(widths.d(j), rng));
        }
        return balanced(widths, rank, scale, orthogonals);
    }

    /**
     * The balanced start from given orthogonal matrices {@code O_0..O_N} ({@code O_j} of size
     * {@code d_j x d_j}): {@code V_j} = the first {@code rank} columns of {@code O_j}.
     */
    public static Network balanced(Widths widths, int rank, double scale, List<Matrix> orthogonals) {
        int minWidth = minWidth(widths);
        Checks.require(rank >= 1 && rank <= minWidth, "rank r", "between 1 and the smallest width " + minWidth, rank);
        Checks.require(scale > 0 && Double.isFinite(scale), "scale s", "a finite number > 0", scale);
        Checks.require(orthogonals.size() == widths.depth() + 1, "orthogonal matrices", (widths.depth() + 1) + " of them",
                orthogonals.size());
        List<Matrix> v = new ArrayList<>();
        for (int j = 0; j <= widths.depth(); j++) {
            Matrix o = orthogonals.get(j);
            Checks.require(o.rows() == widths.d(j) && o.cols() == widths.d(j), "O_" + j, widths.d(j) + "x" + widths.d(j),
                    o.rows() + "x" + o.cols());
            v.add(firstColumns(o, rank));
        }
        List<Matrix> layers = new ArrayList<>();
        for (int j = 1; j <= widths.depth(); j++) {
            layers.add(v.get(j).times(v.get(j - 1).transpose()).scale(scale));
        }
        return new Network(widths, layers);
    }

    /** Independent Gaussian entries of standard deviation {@code scale}. */
    public static Network gaussian(Widths widths, double scale, Random rng) {
        Checks.require(scale >= 0 && Double.isFinite(scale), "scale", "a finite number >= 0", scale);
        return Network.gaussian(widths, scale, rng);
    }

    /** {@code min_t d_t}: the largest rank an end-to-end matrix can have. */
    public static int minWidth(Widths widths) {
        int m = Integer.MAX_VALUE;
        for (int d : widths.values()) {
            m = Math.min(m, d);
        }
        return m;
    }

    static Matrix firstColumns(Matrix o, int r) {
        double[][] a = new double[o.rows()][r];
        for (int i = 0; i < o.rows(); i++) {
            for (int c = 0; c < r; c++) {
                a[i][c] = o.get(i, c);
            }
        }
        return Matrix.of(a);
    }
}
