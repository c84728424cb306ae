package dlnkit.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Data;
import dlnkit.model.Matrix;
import dlnkit.model.Widths;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SvdRankTest {
    @Test
    void rankOfAProductOfGaussianFactorsIsTheInnerSizeWithAWideGap() {
        Random rng = new Random(51);
        for (int r = 0; r <= 5; r++) {
            double[][] m = Matrix.gaussian(8, r, 1, rng).times(Matrix.gaussian(r, 6, 1, rng)).toArray();
            FloatRank fr = SvdRank.of(m);
            assertEquals(r, fr.rank());
            assertTrue(fr.conclusive(Tolerances.DEFAULT), fr.summary());
            assertEquals(Math.min(8, 6), fr.singularValues().size());
        }
    }

    /** Singular values 1, 1e-7 (kept) and 1e-10 (dropped, far above rounding noise): a gap of only 1e3. */
    @Test
    void aClusterNearTheThresholdIsReportedInconclusive() {
        double[][] m = {{1, 0, 0}, {0, 1e-7, 0}, {0, 0, 1e-10}};
        FloatRank fr = SvdRank.of(m);
        assertEquals(2, fr.rank());
        assertEquals(1e3, fr.gap(), 1e-6);
        assertFalse(fr.conclusive(Tolerances.DEFAULT), fr.summary());
    }

    /** A well-separated full-rank matrix: the competitor of the smallest value is the rounding noise. */
    @Test
    void fullRankGapIsMeasuredAgainstTheNoiseFloor() {
        double[][] m = {{1, 0}, {0, 1e-3}};
        FloatRank fr = SvdRank.of(m);
        assertEquals(2, fr.rank());
        assertEquals(1e-3 / (Math.ulp(1.0) * 2), fr.gap(), 1e-3 * fr.gap());
        assertTrue(fr.conclusive(Tolerances.DEFAULT), fr.summary());
    }

    /** Block SVD and dense SVD on the same random block-bidiagonal matrices with rank-deficient blocks. */
    @Test
    void blockSvdRankMatchesDenseSvdRank() {
        Random rng = new Random(52);
        for (int trial = 0; trial < 100; trial++) {
            int blocks = 2 + rng.nextInt(5);
            int[] sizes = new int[blocks];
            int[] offsets = new int[blocks + 1];
            for (int b = 0; b < blocks; b++) {
                sizes[b] = 1 + rng.nextInt(4);
                offsets[b + 1] = offsets[b] + sizes[b];
            }
            BlockSvdRank.Stage[] stages = new BlockSvdRank.Stage[blocks - 1];
            java.util.List<double[]> dense = new java.util.ArrayList<>();
            for (int s = 0; s < blocks - 1; s++) {
                int window = sizes[s] + sizes[s + 1];
                int rows = rng.nextInt(6);
                int inner = rng.nextInt(Math.min(rows, window) + 1);
                double[][] m = inner == 0 ? new double[rows][window]
                        : Matrix.gaussian(rows, inner, 1, rng).times(Matrix.gaussian(inner, window, 1, rng)).toArray();
                stages[s] = new BlockSvdRank.Stage(m, window, sizes[s]);
                for (double[] row : m) {
                    double[] full = new double[offsets[blocks]];
                    System.arraycopy(row, 0, full, offsets[s], window);
                    dense.add(full);
                }
            }
            int denseRank = dense.isEmpty() ? 0 : SvdRank.of(dense.toArray(new double[0][])).rank();
            FloatRank block = BlockSvdRank.rank(stages.length, s -> stages[s], Tolerances.DEFAULT);
            assertEquals(denseRank, block.rank(), "trial " + trial);
        }
    }

    @Test
    void gaussianDataSatisfiesTheAssumptionsAndDegenerateDataDoesNot() {
        Random rng = new Random(53);
        Widths widths = Widths.of(3, 2, 2);
        DataAssumptions ok = DataAssumptions.check(Data.gaussian(widths, 5, rng));
        assertTrue(ok.holds(), ok.summary());
        Matrix x = Matrix.gaussian(3, 5, 1, rng);
        Data rankDeficientX = new Data(x.with(2, 0, 0).with(2, 1, 0).with(2, 2, 0).with(2, 3, 0).with(2, 4, 0),
                Matrix.gaussian(2, 5, 1, rng));
        DataAssumptions bad = DataAssumptions.check(rankDeficientX);
        assertFalse(bad.xFullRowRank(), bad.summary());
        assertEquals("data X: expected full row rank 3 (X X^T invertible), got rank 2",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, bad::requireHolds).getMessage());
    }
}
