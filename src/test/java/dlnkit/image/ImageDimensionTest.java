package dlnkit.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.image.ImageDimension.FloatMethod;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageDimensionTest {

    /** Exact (mod p, block elimination) and float (dense SVD and block SVD) ranks agree. */
    @ParameterizedTest
    @ValueSource(strings = {"2,2", "2,2,2", "2,2,2,2,2", "1,3,1", "3,1,3,1,3", "1,4,2,6,1,5", "2,6,2", "4,4,4",
        "1,5,1,5,1", "5,1,1,5", "3,3,3,3", "1,1,1,1", "6,2,6,2,6", "2,3,4,5,4,3,2"})
    void exactAndBothFloatRoutesAgree(String text) {
        Widths w = Widths.parse(text);
        for (long seed : new long[] {1, 2}) {
            DimensionResult dense = ImageDimension.dimension(w, seed, FloatMethod.DENSE, Tolerances.DEFAULT);
            DimensionResult block = ImageDimension.dimension(w, seed, FloatMethod.BLOCK, Tolerances.DEFAULT);
            assertTrue(dense.agree(), text + ": " + dense.exact().summary() + " / " + dense.floatRank().summary());
            assertTrue(block.agree(), text + ": " + block.exact().summary() + " / " + block.floatRank().summary());
            assertEquals(dense.dimension(), block.dimension());
        }
    }

    /**
     * Depth 2 with {@code a + b <= n}: {@code Delta_1 = W_2^T W_2 - W_1 W_1^T} ranges over the symmetric
     * {@code n x n} matrices of rank at most {@code r = a + b} (any signature), a variety of dimension
     * {@code r n - r (r - 1) / 2}.
     */
    @ParameterizedTest
    @CsvSource({"1,3,1", "1,4,1", "2,6,2", "1,5,3", "3,7,2", "2,4,2", "1,2,1"})
    void depthTwoNarrowEndsMatchTheSymmetricRankVarietyDimension(int a, int n, int b) {
        int r = a + b;
        long expected = (long) r * n - (long) r * (r - 1) / 2;
        DimensionResult d = ImageDimension.dimension(Widths.of(a, n, b), 7, FloatMethod.AUTO, Tolerances.DEFAULT);
        assertTrue(d.agree());
        assertEquals(expected, d.dimension());
    }

    /** Depth 1: no delta at all. */
    @Test
    void depthOneHasAnEmptyTarget() {
        DimensionResult d = ImageDimension.dimension(Widths.of(3, 2), 1, FloatMethod.AUTO, Tolerances.DEFAULT);
        assertEquals(0, d.target());
        assertEquals(0, d.dimension());
        assertTrue(d.exact().full());
    }

    /** Reversal is a symmetry (Delta'_s = -Delta_{N-s}): the dimension of the image is unchanged. */
    @ParameterizedTest
    @ValueSource(strings = {"1,4,2,6,1,5", "3,1,3,1,2", "1,5,1,5,2"})
    void reversalPreservesTheDimension(String text) {
        Widths w = Widths.parse(text);
        assertEquals(ImageDimension.exactRank(w, 3).rank(), ImageDimension.exactRank(w.reversed(), 3).rank());
    }

    @Test
    void depthFourWidthTwoIsDominantAndProvedSo() {
        DimensionResult d = ImageDimension.dimension(Widths.constant(4, 2), 1, FloatMethod.AUTO, Tolerances.DEFAULT);
        assertEquals(16, d.parameters());
        assertEquals(9, d.target());
        assertEquals(9, d.dimension());
        assertTrue(d.exact().full());
        assertEquals(0.0, d.exact().errorBound());
    }

    /** A rank below full is only a lower bound: its error bound is positive and tiny. */
    @Test
    void deficientRankCarriesItsErrorBound() {
        ExactRank r = ImageDimension.exactRank(Widths.of(1, 3, 1), 1);
        assertEquals(5, r.rank());
        assertTrue(r.errorBound() > 0 && r.errorBound() < 1e-15);
        assertTrue(r.summary().contains("lower bound"));
    }

    /** The exact route at large depth takes the block path; float block SVD agrees at a moderate depth. */
    @Test
    void deepNetworksAreDominantByBothRoutes() {
        Widths w = Widths.constant(60, 3);
        DimensionResult d = ImageDimension.dimension(w, 5, FloatMethod.BLOCK, Tolerances.DEFAULT);
        assertTrue(d.agree(), d.floatRank().summary());
        assertEquals(w.targetDimension(), d.dimension());
    }
}
