package dlnkit.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dlnkit.model.Matrix;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpectralTest {

    /** The spectral norm against power iteration on A^T A (an independent route). */
    @Test
    void spectralNormMatchesPowerIteration() {
        Random rng = new Random(41);
        for (int trial = 0; trial < 20; trial++) {
            Matrix a = Matrix.gaussian(1 + rng.nextInt(5), 1 + rng.nextInt(5), 1, rng);
            Matrix ata = a.transpose().times(a);
            Matrix v = Matrix.gaussian(a.cols(), 1, 1, rng);
            for (int i = 0; i < 2000; i++) {
                v = ata.times(v);
                v = v.scale(1 / v.frobeniusNorm());
            }
            double power = Math.sqrt(v.dot(ata.times(v)));
            assertEquals(power, Spectral.norm(a), 1e-9 * power);
        }
        assertEquals(0, Spectral.norm(Matrix.zeros(2, 3)));
    }

    /** (S^{1/p})^p = S for PSD S of full and deficient rank; S^0 = I; rounding-level eigenvalues give 0. */
    @Test
    void symmetricPowersComposeAndKillTheKernel() {
        Random rng = new Random(42);
        for (int rank = 1; rank <= 4; rank++) {
            Matrix b = Matrix.gaussian(4, rank, 1, rng);
            Matrix s = b.times(b.transpose());
            for (int p = 1; p <= 5; p++) {
                Matrix root = Spectral.symmetricPower(s, 1.0 / p, Tolerances.DEFAULT);
                Matrix back = Matrix.identity(4);
                for (int i = 0; i < p; i++) {
                    back = back.times(root);
                }
                assertEquals(0, back.minus(s).maxAbs(), 1e-10 * s.maxAbs(), "rank " + rank + ", p " + p);
                // the kernel of S is killed by S^{1/p}: S^{1/p} b_perp = 0
                if (rank < 4) {
                    Matrix perp = orthogonalTo(b, rng);
                    assertEquals(0, root.times(perp).maxAbs(), 1e-7, "rank " + rank + ", p " + p);
                }
            }
            assertEquals(Matrix.identity(4), Spectral.symmetricPower(s, 0, Tolerances.DEFAULT));
        }
    }

    /**
     * Eigenvalues reproduce a prescribed spectrum (negative, repeated, zero) of Q diag(lambda) Q^T, up to size 64; the
     * product computed in floating point is symmetric only up to rounding, the case the symmetrization is for.
     */
    @Test
    void eigenvaluesRecoverAPrescribedSpectrum() {
        Random rng = new Random(43);
        for (int n : new int[] {1, 2, 5, 17, 64}) {
            Matrix q = RandomMatrices.orthogonal(n, rng);
            double[] lambda = new double[n];
            for (int i = 0; i < n; i++) {
                lambda[i] = i % 4 == 0 ? 0 : i % 3 == 0 ? -1.5 : rng.nextGaussian() * 10;
            }
            double[][] d = new double[n][n];
            for (int i = 0; i < n; i++) {
                d[i][i] = lambda[i];
            }
            Matrix a = q.times(Matrix.of(d)).times(q.transpose());
            double[] ev = Spectral.symmetricEigenvalues(a.toArray());
            double[] expected = lambda.clone();
            java.util.Arrays.sort(expected);
            for (int i = 0; i < n; i++) {
                assertEquals(expected[i], ev[i], 1e-11 * 10 * n, "n " + n + ", eigenvalue " + i);
            }
        }
    }

    /**
     * On loss Hessians of 64 parameters (the size at which Commons Math 3.6.1's EigenDecomposition fails to converge,
     * symmetrized or not: it does on the e4 Hessians), the Jacobi eigenvalues' absolute values are the singular values
     * computed by the independent SVD route of Commons Math.
     */
    @Test
    void hessianEigenvaluesMatchSingularValues() {
        Random rng = new Random(44);
        dlnkit.model.Widths widths = dlnkit.model.Widths.of(4, 4, 4, 4, 4);
        for (int trial = 0; trial < 3; trial++) {
            dlnkit.model.Network w = dlnkit.image.ImageDimension.randomFloatPoint(widths, 100 + trial);
            double[][] h = dlnkit.model.Loss.denseHessian(w, dlnkit.model.Data.gaussian(widths, 6, rng));
            assertEquals(64, h.length);
            double[] ev = Spectral.symmetricEigenvalues(h);
            double[] abs = new double[ev.length];
            for (int i = 0; i < ev.length; i++) {
                abs[i] = Math.abs(ev[i]);
            }
            java.util.Arrays.sort(abs);
            double[] sv = Spectral.singularValues(Matrix.of(h));
            double scale = sv[0];
            for (int i = 0; i < sv.length; i++) {
                assertEquals(sv[i], abs[abs.length - 1 - i], 1e-10 * scale, "trial " + trial + ", value " + i);
            }
        }
    }

    /** A vector orthogonal to the columns of {@code b}: a random vector minus its projection. */
    static Matrix orthogonalTo(Matrix b, Random rng) {
        Matrix v = Matrix.gaussian(b.rows(), 1, 1, rng);
        Matrix proj = b.times(Inverse.of(b.transpose().times(b))).times(b.transpose()).times(v);
        Matrix perp = v.minus(proj);
        return perp.scale(1 / perp.frobeniusNorm());
    }
}
