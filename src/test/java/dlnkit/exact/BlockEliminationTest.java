package dlnkit.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BlockEliminationTest {
    /**
     * Random block-banded matrices (bandwidth 1 and 2, low-rank blocks so that carries are nonempty)
     * assembled densely: the stage-by-stage rank equals the dense rank.
     */
    @Test
    void stageRankEqualsDenseRankOfTheAssembledMatrix() {
        SplittableRandom rng = new SplittableRandom(41);
        for (int trial = 0; trial < 300; trial++) {
            int band = 1 + rng.nextInt(2);
            int blocks = 2 + rng.nextInt(6);
            int[] colSizes = new int[blocks];
            int[] offsets = new int[blocks + 1];
            for (int b = 0; b < blocks; b++) {
                colSizes[b] = 1 + rng.nextInt(4);
                offsets[b + 1] = offsets[b] + colSizes[b];
            }
            int stages = blocks - band;
            List<BlockElimination.Stage> st = new ArrayList<>();
            List<long[]> dense = new ArrayList<>();
            for (int s = 0; s < stages; s++) {
                int window = offsets[s + band + 1] - offsets[s];
                int rows = rng.nextInt(6);
                int innerRank = rng.nextInt(Math.max(1, Math.min(rows, window)) + 1);
                long[][] m = rows == 0 ? new long[0][window]
                        : ModMatrix.multiply(ModMatrixTest.random(rows, innerRank, rng), ModMatrixTest.random(innerRank, window, rng));
                if (innerRank == 0) {
                    m = new long[rows][window];
                }
                st.add(new BlockElimination.Stage(m, window, colSizes[s]));
                for (long[] row : m) {
                    long[] full = new long[offsets[blocks]];
                    System.arraycopy(row, 0, full, offsets[s], window);
                    dense.add(full);
                }
            }
            int expected = ModMatrix.rank(dense.toArray(new long[0][]));
            assertEquals(expected, BlockElimination.rank(stages, st::get), "trial " + trial);
        }
    }
}
