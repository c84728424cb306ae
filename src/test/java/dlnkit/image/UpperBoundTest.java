package dlnkit.image;

import dlnkit.certificate.HessianCertificateVerifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Widths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The proven upper bound on dim closure(im delta) against closed forms, the verifier's own copy, and exact ranks. */
class UpperBoundTest {

    /**
     * Two formulas for the same number: {@code T - sum u_t (u_t + 1) / 2} (the annihilator count of the proof) and the
     * dimension {@code sum r_t d_t - r_t (r_t - 1) / 2} of the product of the varieties of symmetric matrices of rank at
     * most {@code r_t = min(d_t, d_{t-1} + d_{t+1})}.
     */
    @Test
    void boundIsTheDimensionOfTheProductOfSymmetricRankVarieties() {
        for (int depth = 1; depth <= 4; depth++) {
            for (Widths w : Widths.allWithEntriesUpTo(depth, 5)) {
                long product = 0;
                for (int t = 1; t < depth; t++) {
                    long d = w.d(t);
                    long r = Math.min(d, w.d(t - 1) + w.d(t + 1));
                    product += r * d - r * (r - 1) / 2;
                }
                assertEquals(product, UpperBound.of(w).value(), w.toString());
            }
        }
    }

    /** docs: widths (a, n, b) with r = a + b <= n give r n - r (r - 1) / 2 (proofs-notes/01, closed form). */
    @Test
    void depthTwoNarrowEndsMatchTheClosedForm() {
        assertEquals(5, UpperBound.of(Widths.of(1, 3, 1)).value());
        assertEquals(18, UpperBound.of(Widths.of(2, 6, 2)).value());
        assertEquals(List.of(2), UpperBound.of(Widths.of(2, 6, 2)).deficits());
        for (int a = 1; a <= 3; a++) {
            for (int b = 1; b <= 3; b++) {
                for (int n = a + b; n <= 8; n++) {
                    int r = a + b;
                    assertEquals((long) r * n - (long) r * (r - 1) / 2, UpperBound.of(Widths.of(a, n, b)).value(), a + "," + n + "," + b);
                }
            }
        }
    }

    /** The verifier's deliberate copy gives the same value and deficits. */
    @Test
    void verifierRecomputesTheSameBound() {
        for (int depth = 1; depth <= 5; depth++) {
            for (Widths w : Widths.allWithEntriesUpTo(depth, 4)) {
                UpperBound b = UpperBound.of(w);
                long[] own = HessianCertificateVerifier.upperBound(w);
                List<Integer> deficits = new ArrayList<>();
                for (int t = 1; t < own.length; t++) {
                    deficits.add((int) own[t]);
                }
                assertEquals(b.value(), own[0], w.toString());
                assertEquals(b.deficits(), deficits, w.toString());
            }
        }
    }

    /**
     * Over every widths vector with entries in {1, 2, 3} at depths 2..6 (3267 vectors) the exact rank (a proven lower
     * bound) meets the bound: dim closure(im delta) is proved for each. Some vectors have U < T, and those meet too.
     */
    @Test
    void boundsMeetForEveryWidthsUpToThreeAtDepthsTwoToSix() {
        int vectors = 0;
        int belowTarget = 0;
        List<String> gaps = new ArrayList<>();
        for (int depth = 2; depth <= 6; depth++) {
            for (Widths w : Widths.allWithEntriesUpTo(depth, 3)) {
                vectors++;
                UpperBound b = UpperBound.of(w);
                belowTarget += b.belowTarget() ? 1 : 0;
                int rank = ImageDimension.exactRank(w, 1).rank();
                assertTrue(rank <= b.value(), w + ": exact rank " + rank + " above the proven bound " + b.value());
                if (!b.meets(rank)) {
                    gaps.add(w + " (" + rank + " < " + b.value() + ")");
                }
            }
        }
        assertEquals(3267, vectors);
        assertTrue(belowTarget >= 100, "only " + belowTarget + " vectors with U < T");
        assertEquals(List.of(), gaps);
    }

    @Test
    void summaryNamesTheDeficientVertices() {
        UpperBound b = UpperBound.of(Widths.of(2, 1, 3, 1, 2, 2, 1));
        assertTrue(b.belowTarget());
        assertEquals(13, b.value());
        assertTrue(b.summary().startsWith("13 = T - 1 (u_2 = 1; U = T - "), b.summary());
        UpperBound full = UpperBound.of(Widths.constant(4, 2));
        assertFalse(full.belowTarget());
        assertTrue(full.summary().startsWith("9 = T "), full.summary());
    }
}
