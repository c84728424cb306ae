package dlnkit.numeric;

import dlnkit.model.Checks;
import dlnkit.model.Matrix;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Spectral quantities of small dense matrices: the spectral norm and singular values (Commons Math SVD),
 * symmetric eigenvalues and real powers of symmetric positive semidefinite matrices (cyclic Jacobi).
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
        double[] lambda = jacobi(s.toArray(), u);
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
        double[] ev = jacobi(a, null);
        java.util.Arrays.sort(ev);
        return ev;
    }

    /** Sweeps of the cyclic Jacobi method before giving up (it converges quadratically; 12 sweeps suffice in practice). */
    static final int JACOBI_SWEEPS = 100;

    /**
     * Eigenvalues of the symmetric part of {@code a} by the cyclic Jacobi method; when {@code vectors} is not null
     * it receives the eigenvectors as columns ({@code vectors[i][k]} is entry {@code i} of eigenvector {@code k}).
     * Jacobi rotations are backward stable and, unlike Commons Math 3.6.1's {@code EigenDecomposition} (which
     * threw "convergence failed" on a 64 x 64 Hessian here), always converge. Stops when the off-diagonal mass
     * is zero or stops decreasing.
     */
    static double[] jacobi(double[][] a, double[][] vectors) {
        int n = a.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            Checks.require(a[i].length == n, "symmetric matrix", "square", n + " rows, row " + i + " of length " + a[i].length);
            for (int j = 0; j < n; j++) {
                m[i][j] = 0.5 * (a[i][j] + a[j][i]);
            }
        }
        double[][] v = vectors;
        if (v != null) {
            for (int i = 0; i < n; i++) {
                java.util.Arrays.fill(v[i], 0);
                v[i][i] = 1;
            }
        }
        double previous = Double.POSITIVE_INFINITY;
        for (int sweep = 0; sweep < JACOBI_SWEEPS; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += m[p][q] * m[p][q];
                }
            }
            if (off == 0 || off >= previous) {
                break;
            }
            previous = off;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (m[p][q] == 0) {
                        continue;
                    }
                    double theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double mkp = m[k][p];
                        double mkq = m[k][q];
                        m[k][p] = c * mkp - s * mkq;
                        m[k][q] = s * mkp + c * mkq;
                    }
                    for (int k = 0; k < n; k++) {
                        double mpk = m[p][k];
                        double mqk = m[q][k];
                        m[p][k] = c * mpk - s * mqk;
                        m[q][k] = s * mpk + c * mqk;
                    }
                    if (v != null) {
                        for (int k = 0; k < n; k++) {
                            double vkp = v[k][p];
                            double vkq = v[k][q];
                            v[k][p] = c * vkp - s * vkq;
                            v[k][q] = s * vkp + c * vkq;
                        }
                    }
                }
            }
        }
        double[] ev = new double[n];
        for (int i = 0; i < n; i++) {
            ev[i] = m[i][i];
        }
        return ev;
    }
}
