package dlnkit.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class PseudoInverseTest {

    private static double[][] gaussian(int rows, int cols, Random rng) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        return a;
    }

    /** A rank-r matrix B C with Gaussian factors. */
    private static double[][] lowRank(int rows, int cols, int r, Random rng) {
        return new Array2DRowRealMatrix(gaussian(rows, r, rng)).multiply(new Array2DRowRealMatrix(gaussian(r, cols, rng)))
                .getData();
    }

    /**
     * For a wide full-row-rank matrix the minimum-norm solution has the closed form
     * {@code x = A^T (A A^T)^{-1} b} (an independent route through an LU solve).
     */
    @Test
    void minimumNormSolutionOfAWideSystemMatchesTheClosedForm() {
        Random rng = new Random(11);
        for (int trial = 0; trial < 5; trial++) {
            double[][] a = gaussian(4, 9, rng);
            double[] b = gaussian(1, 4, rng)[0];
            RealMatrix am = new Array2DRowRealMatrix(a);
            double[] y = new LUDecomposition(am.multiply(am.transpose())).getSolver()
                    .solve(new org.apache.commons.math3.linear.ArrayRealVector(b)).toArray();
            double[] expected = am.transpose().operate(y);
            double[] x = PseudoInverse.of(a, 9, Tolerances.DEFAULT).solve(b);
            for (int j = 0; j < 9; j++) {
                assertEquals(expected[j], x[j], 1e-10);
            }
        }
    }

    /** The null space of a rank-r matrix: {@code n - r} orthonormal columns that {@code A} sends to zero. */
    @Test
    void nullSpaceOfARankDeficientMatrixIsOrthonormalAndAnnihilated() {
        Random rng = new Random(12);
        int[][] shapes = {{3, 7, 2}, {7, 5, 3}, {6, 6, 6}, {2, 9, 1}};
        for (int[] s : shapes) {
            double[][] a = lowRank(s[0], s[1], s[2], rng);
            PseudoInverse p = PseudoInverse.of(a, s[1], Tolerances.DEFAULT);
            assertEquals(s[2], p.rank().rank(), p.rank().summary());
            assertTrue(p.rank().conclusive(Tolerances.DEFAULT), p.rank().summary());
            assertEquals(s[1] - s[2], p.nullity());
            double[][] n = p.nullSpace();
            if (p.nullity() == 0) {
                assertEquals(0, n[0].length);
                continue;
            }
            RealMatrix nm = new Array2DRowRealMatrix(n);
            RealMatrix gram = nm.transpose().multiply(nm);
            for (int i = 0; i < p.nullity(); i++) {
                for (int j = 0; j < p.nullity(); j++) {
                    assertEquals(i == j ? 1 : 0, gram.getEntry(i, j), 1e-12);
                }
            }
            double scale = new Array2DRowRealMatrix(a).getFrobeniusNorm();
            assertTrue(new Array2DRowRealMatrix(a).multiply(nm).getFrobeniusNorm() <= 1e-12 * scale);
        }
    }

    /** Without rows the matrix is the zero map: the null space is everything and the solution is 0. */
    @Test
    void aMatrixWithoutRowsHasTheWholeSpaceAsNullSpace() {
        PseudoInverse p = PseudoInverse.of(new double[0][], 5, Tolerances.DEFAULT);
        assertEquals(0, p.rank().rank());
        assertEquals(5, p.nullity());
        assertEquals(5, p.nullSpace()[0].length);
        assertEquals(0.0, p.solve(new double[0])[3]);
    }

    /**
     * With an outside scale, a matrix that is zero up to rounding has rank 0, where the relative
     * threshold would count its noise as rank.
     */
    @Test
    void scaledRankIgnoresNoiseThatTheRelativeThresholdWouldCount() {
        double[][] noise = {{1e-17, 2e-17}, {-3e-17, 1e-17}};
        assertEquals(0, SvdRank.of(noise, 1.0, Tolerances.DEFAULT).rank());
        assertEquals(2, SvdRank.of(noise, Tolerances.DEFAULT).rank());
        assertEquals(1, SvdRank.of(new double[][] {{1, 2}, {2, 4}}, 5.0, Tolerances.DEFAULT).rank());
    }
}
