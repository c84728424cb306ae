package dlnkit.numeric;

import dlnkit.model.Checks;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The truncated pseudo-inverse of a dense {@code m x n} matrix {@code A} and its numerical null space,
 * from one singular value decomposition {@code A = U Sigma V^T}. A singular value counts (is inverted)
 * when it is strictly greater than {@code tol.rankRelative() * sigma_max}; the others count as zero.
 *
 * <p>Commons Math returns the compact SVD ({@code min(m, n)} right singular vectors), so a wide matrix is
 * padded with zero rows to {@code n x n} first: that adds zero singular values and yields all {@code n}
 * right singular vectors, an orthonormal basis of {@code R^n}.
 */
public final class PseudoInverse {
    private final int rows;
    private final int cols;
    private final double[][] u; // padded rows x cols, columns = left singular vectors
    private final double[] sigma; // cols values, descending (padding zeros included)
    private final double[][] v; // cols x cols, columns = right singular vectors
    private final FloatRank rank;

    private PseudoInverse(int rows, int cols, double[][] u, double[] sigma, double[][] v, FloatRank rank) {
        this.rows = rows;
        this.cols = cols;
        this.u = u;
        this.sigma = sigma;
        this.v = v;
        this.rank = rank;
    }

    /**
     * Decomposes {@code a} ({@code rows x cols}; with no rows it is the zero map on {@code R^cols}).
     *
     * @param a the rows of the matrix, each of length {@code cols}; not modified
     * @param cols the number of columns (needed when {@code a} has no rows)
     */
    public static PseudoInverse of(double[][] a, int cols, Tolerances tol) {
        Checks.require(cols >= 1, "pseudo-inverse columns", "at least 1", cols);
        int rows = a.length;
        for (double[] row : a) {
            Checks.require(row.length == cols, "pseudo-inverse row", "length " + cols, row.length);
        }
        if (rows == 0) {
            double[][] id = new double[cols][cols];
            for (int i = 0; i < cols; i++) {
                id[i][i] = 1;
            }
            return new PseudoInverse(0, cols, new double[0][cols], new double[cols], id,
                    new FloatRank(0, "dense SVD", 0, Double.POSITIVE_INFINITY, 0, 0, List.of()));
        }
        int padded = Math.max(rows, cols);
        double[][] p = new double[padded][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(a[i], 0, p[i], 0, cols);
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(p, false));
        double[] s = svd.getSingularValues(); // length cols since padded >= cols
        RealMatrix uu = svd.getU();
        RealMatrix vv = svd.getV();
        double threshold = tol.rankRelative() * s[0];
        int k = 0;
        while (k < s.length && s[k] > threshold) {
            k++;
        }
        int real = Math.min(rows, cols);
        List<Double> values = new ArrayList<>(real);
        for (int i = 0; i < real; i++) {
            values.add(s[i]);
        }
        double kept = k == 0 ? Double.POSITIVE_INFINITY : s[k - 1];
        double dropped = k < real ? s[k] : 0;
        FloatRank fr = new FloatRank(k, "dense SVD", threshold, kept, dropped, FloatRank.noiseFloor(s[0], rows, cols),
                values);
        return new PseudoInverse(rows, cols, uu.getData(), s, vv.getData(), fr);
    }

    /** The rank of {@code A} with its evidence (singular values of {@code A} itself, without padding). */
    public FloatRank rank() {
        return rank;
    }

    /** {@code n - rank}: the dimension of the numerical null space. */
    public int nullity() {
        return cols - rank.rank();
    }

    /**
     * The minimum-norm least-squares solution {@code x = A^+ b} of {@code A x = b}, with the singular
     * values that count as zero left out.
     */
    public double[] solve(double[] b) {
        Checks.require(b.length == rows, "right-hand side", rows + " entries", b.length);
        double[] x = new double[cols];
        for (int i = 0; i < rank.rank(); i++) {
            double c = 0;
            for (int r = 0; r < rows; r++) {
                c += u[r][i] * b[r];
            }
            c /= sigma[i];
            for (int j = 0; j < cols; j++) {
                x[j] += v[j][i] * c;
            }
        }
        return x;
    }

    /** An orthonormal basis of the numerical null space: a {@code cols x nullity} matrix (a copy). */
    public double[][] nullSpace() {
        int k = rank.rank();
        double[][] out = new double[cols][cols - k];
        for (int j = 0; j < cols; j++) {
            for (int i = k; i < cols; i++) {
                out[j][i - k] = v[j][i];
            }
        }
        return out;
    }
}
