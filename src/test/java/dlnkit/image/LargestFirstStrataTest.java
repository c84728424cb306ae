package dlnkit.image;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.conjecture.ConjectureDecision;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.exact.ModMatrix;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.StrataEnumerator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The largest-first order of the conjecture decision (proofs-notes/08-largest-first-strata.md): the bound
 * {@code dim O - |Z|} against computed ranks, the structured composite against the dense product, the decision
 * against an exhaustive maximum, and independence of the thread count.
 */
class LargestFirstStrataTest {
    /** Widths of depth 3..5 with entries 1..2, and a few with 3. */
    static List<Widths> smallWidths() {
        List<Widths> out = new ArrayList<>();
        for (int depth = 3; depth <= 5; depth++) {
            out.addAll(Widths.allWithEntriesUpTo(depth, 2));
        }
        out.add(Widths.of(2, 3, 2, 3, 2));
        out.add(Widths.of(1, 1, 2, 2, 1, 3));
        out.add(Widths.of(3, 1, 3, 2, 2));
        return out;
    }

    /**
     * For every stratum: the exact rank of delta along it is at most the bound, and the tangent vectors have rank
     * exactly {@code dim O - |Z|} (the proof's claim {@code rank D = dim h - dim stab}).
     */
    @Test
    void computedRankNeverExceedsTheBoundAndTheTangentRankIsTheStratumDimension() {
        int strata = 0;
        int tight = 0;
        for (Widths w : smallWidths()) {
            int full = ImageDimension.exactRank(w, 5).rank();
            List<dlnkit.variety.Stratum> all = new ArrayList<>();
            new StrataEnumerator(w, false).forEach(s -> all.add(s));
            for (dlnkit.variety.Stratum s : all) {
                long seed = strata * 7919L + 3;
                int rank = ModMatrix.rank(StratumTangent.exactComposite(s, new SplittableRandom(seed), false));
                int tangentRank = ModMatrix.rank(StratumTangent.exactTangentVectors(s, new SplittableRandom(seed), false));
                assertEquals(s.dimension(), tangentRank, w + ": " + s);
                assertTrue(rank <= Math.min(s.dimension(), full), w + ": rank " + rank + " above the bound: " + s);
                tight += rank == Math.min(s.dimension(), full) ? 1 : 0;
                strata++;
            }
        }
        assertTrue(strata > 500, "strata checked: " + strata);
        assertTrue(tight > 0 && tight < strata, "the bound is attained sometimes and not always: " + tight + " of " + strata);
    }

    /** The structured composite is the dense product J_delta D, entry for entry, at the same point. */
    @Test
    void structuredCompositeEqualsTheDenseProduct() {
        for (Widths w : List.of(Widths.constant(5, 2), Widths.of(2, 3, 2, 3, 2), Widths.of(1, 1, 2, 2, 1, 3), Widths.constant(4, 3))) {
            long[] seed = {11};
            new StrataEnumerator(w, false).forEach(s -> {
                seed[0]++;
                long[][] fast = StratumTangent.exactComposite(s, new SplittableRandom(seed[0]), false);
                long[][] dense = StratumTangent.exactCompositeDense(s, new SplittableRandom(seed[0]), false);
                assertEquals(dense.length, fast.length);
                for (int r = 0; r < dense.length; r++) {
                    assertArrayEquals(dense[r], fast[r], w + ": " + s + " row " + r);
                }
                return true;
            });
        }
    }

    /** The decision's dimension is the maximum of the ranks over every stratum (no pruning, no order). */
    @Test
    void decisionEqualsTheExhaustiveMaximum() {
        for (Widths w : smallWidths()) {
            int[] max = {-1};
            new StrataEnumerator(w, false).forEach(s -> {
                max[0] = Math.max(max[0], ModMatrix.rank(StratumTangent.exactComposite(s, new SplittableRandom(99), false)));
                return true;
            });
            ConjectureResult r = ConjectureDecision.decide(w, 1, Tolerances.DEFAULT);
            assertEquals(max[0], r.exactDimension(), w.toString());
            assertTrue(r.strataTotal().isEmpty(), "counted without --count: " + w);
        }
    }

    /** One thread or two: the same result, field by field, including the certificate. */
    @Test
    void resultDoesNotDependOnTheThreadCount() {
        for (Widths w : List.of(Widths.constant(7, 2), Widths.of(1, 1, 2, 2, 1, 3), Widths.constant(6, 2), Widths.of(2, 3, 2, 3, 2, 2))) {
            ConjectureResult one = ConjectureDecision.decide(w, 4, Tolerances.DEFAULT, new ConjectureDecision.Options(1, true));
            ConjectureResult two = ConjectureDecision.decide(w, 4, Tolerances.DEFAULT, new ConjectureDecision.Options(2, true));
            assertEquals(one.verdict(), two.verdict(), w.toString());
            assertEquals(one.exactDimension(), two.exactDimension(), w.toString());
            assertEquals(one.bestStratum(), two.bestStratum(), w.toString());
            assertEquals(one.strataEvaluated(), two.strataEvaluated(), w.toString());
            assertEquals(one.strataVisited(), two.strataVisited(), w.toString());
            assertEquals(one.orbitsVisited(), two.orbitsVisited(), w.toString());
            assertEquals(one.strataTotal(), two.strataTotal(), w.toString());
            assertEquals(one.certificate(), two.certificate(), w.toString());
            assertTrue(one.strataTotal().isPresent(), "count requested: " + w);
        }
    }
}
