package dlnkit.numeric;

import dlnkit.model.Checks;
import dlnkit.model.Matrix;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Spectral quantities of small dense matrices: the spectral norm and singular values (Commons Math SVD),
 * symmetric eigenvalues and real powers of symmetric positive semidefinite matrices (Commons Math eigendecomposition
 * of the symmetrized matrix: the one eigenvalue route of dlnkit).
 */
public final class Spectral {
    private Spectral() {
    }

    /** The spectral norm {@code ||A||_2}, the largest singular value (0 for an empty or zero matrix). */
    public static double norm(Matrix a) {
        if (a.rows() == 0 || a.cols() == 0 || a.isZero()) {
            return 0;
        }
        return new SingularValueDecomposition(new Array2DRowRealMatrix(a.toArray(), false)).getNorm();
    }

    /** The singular values of {@code a}, descending ({@code min(rows, cols)} of them). */
    public static double[] singularValues(Matrix a) {
        if (a.rows() == 0 || a.cols() == 0) {
            return new double[0];
        }
        return new SingularValueDecomposition(new Array2DRowRealMatrix(a.toArray(), false)).getSingularValues();
    }

    /**
     * {@code S^p} for a symmetric positive semidefinite {@code S} and {@code p >= 0}, as
     * {@code U diag(lambda_i^p) U^T} from the eigendecomposition {@code S = U diag(lambda) U^T}.
     * {@code S^0} is the identity. For {@code p > 0}, eigenvalues at most
     * {@code tol.zeroRelative() * lambda_max} ({@code <=}) count as exact zeros (their power is 0): a
     * rounding-level eigenvalue {@code 1e-17} raised to {@code 1/N} would otherwise become a spurious
     * {@code 1e-6}. Symmetry is checked to {@code tol.zeroRelative()} relative to the largest entry
     * ({@code <=}; a product {@code A A^T} computed by {@code Matrix.times} is exactly symmetric).
     */
    public static Matrix symmetricPower(Matrix s, double p, Tolerances tol) {
        Checks.require(s.rows() == s.cols(), "symmetric matrix", "square", s.rows() + "x" + s.cols());
        Checks.require(p >= 0 && Double.isFinite(p), "exponent", "a finite number >= 0", p);
        int n = s.rows();
        if (p == 0) {
            return Matrix.identity(n);
        }
        double scale = s.maxAbs();
        if (scale == 0) {
            return Matrix.zeros(n, n);
        }
        double asym = s.minus(s.transpose()).maxAbs();
        Checks.require(asym <= tol.zeroRelative() * scale, "symmetric matrix",
                "symmetric to tolerance", "asymmetry " + asym + " at scale " + scale);
        double[][] u = new double[n][n];
        double[] lambda = symmetricEigen(s.toArray(), u);
        double max = 0;
        for (double l : lambda) {
            max = Math.max(max, l);
        }
        double[][] out = new double[n][n];
        for (int k = 0; k < n; k++) {
            double l = lambda[k];
            if (l <= tol.zeroRelative() * max) {
                continue;
            }
            double f = Math.pow(l, p);
            for (int i = 0; i < n; i++) {
                double ui = u[i][k] * f;
                for (int j = 0; j < n; j++) {
                    out[i][j] += ui * u[j][k];
                }
            }
        }
        return Matrix.of(out);
    }

    /** The eigenvalues of a symmetric matrix (symmetrized as {@code (A + A^T)/2} first), ascending. */
    public static double[] symmetricEigenvalues(double[][] a) {
        double[] ev = symmetricEigen(a, null);
        java.util.Arrays.sort(ev);
        return ev;
    }

    /**
     * Eigenvalues of the symmetric part {@code (a + a^T)/2} of {@code a} by Commons Math's
     * {@code EigenDecomposition}; when {@code vectors} is not null it receives the eigenvectors as columns
     * ({@code vectors[i][k]} is entry {@code i} of eigenvector {@code k}). Symmetrizing first is what makes the
     * decomposition take its symmetric (tridiagonal QL) route: a matrix that is symmetric only up to rounding
     * would otherwise go down the general (Schur) route, which can fail to converge (it did on a 64 x 64
     * Hessian).
     */
    static double[] symmetricEigen(double[][] a, double[][] vectors) {
        int n = a.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            Checks.require(a[i].length == n, "symmetric matrix", "square", n + " rows, row " + i + " of length " + a[i].length);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = 0.5 * (a[i][j] + a[j][i]);
            }
        }
        if (n == 0) {
            return new double[0];
        }
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(m, false));
        double[] ev = eig.getRealEigenvalues();
        if (vectors != null) {
            RealMatrix v = eig.getV();
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < n; k++) {
                    vectors[i][k] = v.getEntry(i, k);
                }
            }
        }
        return ev;
    }
}
