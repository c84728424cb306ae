package dlnkit.conjecture;

import dlnkit.image.StratumTangent;

import dlnkit.certificate.HessianCertificateVerifier;
import dlnkit.conjecture.ConjectureDecision;
import dlnkit.conjecture.ConjectureResult;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.exact.ModMatrix;
import dlnkit.exact.ModP;
import dlnkit.exact.PrimeField;
import dlnkit.conjecture.ConjectureResult.Verdict;
import dlnkit.model.Widths;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.SvdRank;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.Stratum;
import dlnkit.variety.StrataEnumerator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The second exact route of a HOLDS: ranks mod 2^31 - 1 at a second point, and what the decision records of them. */
class TwoPrimesTest {
    private static final List<Widths> CASES = List.of(Widths.constant(5, 2), Widths.of(2, 3, 2, 3, 2), Widths.constant(4, 3),
            Widths.of(1, 2, 3, 2, 1, 2));

    /**
     * Three independent routes to each stratum's rank agree: mod 2^61 - 1 at the decision's point, mod 2^31 - 1 at the
     * second point (another seed, another field), and the float SVD rank at a float point.
     */
    @Test
    void secondPrimeRankEqualsFirstPrimeRankAndFloatRank() {
        Set<Integer> ranks = new HashSet<>();
        int belowBound = 0;
        int strata = 0;
        for (Widths w : CASES) {
            List<Stratum> all = strata(w);
            for (Stratum s : all) {
                int first = ConjectureDecision.rank(s, 7);
                int second = ConjectureDecision.rank(ConjectureDecision.SECOND_FIELD, s, ConjectureDecision.secondSeed(s, 7));
                FloatRank f = SvdRank.of(StratumTangent.floating(s, new Random(7), Tolerances.DEFAULT).composite(), Tolerances.DEFAULT);
                assertTrue(f.conclusive(Tolerances.DEFAULT), s.toString());
                assertEquals(first, second, w + ": " + s);
                assertEquals(first, f.rank(), w + ": " + s);
                ranks.add(first);
                belowBound += first < Math.min(s.dimension(), w.targetDimension()) ? 1 : 0;
                strata++;
            }
        }
        assertTrue(strata > 100, "strata: " + strata);
        assertTrue(ranks.size() > 5, "ranks of many sizes: " + ranks);
        assertTrue(belowBound > 0, "some strata stay below their bound, so a rank cannot be read off the bound");
    }

    /** Mod 2^31 - 1 the block-by-block differential equals the dense product J_delta D at the same point. */
    @Test
    void secondFieldDifferentialEqualsTheDenseProduct() {
        PrimeField f = ConjectureDecision.SECOND_FIELD;
        for (Widths w : CASES) {
            long[] seed = {100};
            for (Stratum s : strata(w)) {
                seed[0]++;
                long[][] fast = StratumTangent.exactComposite(f, s, new SplittableRandom(seed[0]), false);
                long[][] dense = StratumTangent.exactCompositeDense(f, s, new SplittableRandom(seed[0]), false);
                assertEquals(dense.length, fast.length);
                for (int r = 0; r < dense.length; r++) {
                    assertArrayEquals(dense[r], fast[r], w + ": " + s + " row " + r);
                    for (long v : fast[r]) {
                        assertTrue(v >= 0 && v < f.p(), "residue out of range: " + v);
                    }
                }
            }
        }
    }

    /** The 2^61 - 1 entry points and the field overloads with M61 give the same matrix (the draws did not change). */
    @Test
    void firstFieldOverloadsDrawTheSamePoints() {
        for (Stratum s : strata(Widths.constant(5, 2))) {
            long[][] legacy = StratumTangent.exactComposite(s, new SplittableRandom(3), false);
            long[][] field = StratumTangent.exactComposite(PrimeField.M61, s, new SplittableRandom(3), false);
            for (int r = 0; r < legacy.length; r++) {
                assertArrayEquals(legacy[r], field[r], s.toString());
            }
        }
    }

    /**
     * A HOLDS carries both routes: the primes, the strata checked (every stratum whose proven bound reaches the full
     * dimension, counted here by a separate enumeration, and the best), and the product of the two bounds, recomputed
     * here from the formula.
     */
    @Test
    void holdsCarriesBothRoutesAndTheProductBound() {
        int reachingSomewhere = 0;
        for (Widths w : List.of(Widths.constant(6, 2), Widths.constant(6, 3), Widths.constant(5, 3), Widths.of(2, 3, 2, 3, 2))) {
            ConjectureResult r = ConjectureDecision.decide(w, 1, Tolerances.DEFAULT);
            assertEquals(Verdict.HOLDS, r.verdict(), w.toString());
            ConjectureResult.SecondRoute route = r.secondRoute().orElseThrow();
            assertTrue(route.agrees());
            assertEquals(ModP.P, route.firstPrime());
            assertEquals((1L << 31) - 1, route.secondPrime());
            long full = r.fullDimension();
            long reaching = strata(w, true).stream().filter(s -> s.dimension() >= full).count();
            assertEquals(reaching, route.reachingFull(), w.toString());
            boolean bestBelow = r.bestStratum().orElseThrow().dimension() < full;
            assertEquals(reaching + (bestBelow ? 1 : 0), route.strataChecked(), w.toString());
            reachingSomewhere += reaching > 0 ? 1 : 0;
            double degree = 2.0 * w.targetDimension() * w.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
            double first = r.strataEvaluated() * degree / (Math.pow(2, 61) - 1);
            double second = route.strataChecked() * degree / (Math.pow(2, 31) - 1);
            assertEquals(first, r.firstRouteBound(), 1e-12 * first);
            assertEquals(second, r.secondRouteBound(), 1e-12 * second);
            assertEquals(first * second, r.errorBound(), 1e-12 * first * second);
            assertTrue(r.errorBound() < r.firstRouteBound(), "the product is below the first route's bound alone");
            // the strata the second route checked, ranked mod 2^31 - 1 at their second points: all below full
            for (Stratum s : strata(w, true)) {
                if (s.dimension() >= full) {
                    assertTrue(ConjectureDecision.rank(ConjectureDecision.SECOND_FIELD, s, ConjectureDecision.secondSeed(s, 1)) < full,
                            w + ": " + s);
                }
            }
        }
        assertTrue(reachingSomewhere >= 2, "cases where strata with a bound reaching full are checked");
    }

    /** A FAILS rests on its certificate: no second route, the certificate verifies, and the verdict is the same. */
    @Test
    void failsIsUnchangedAndCertified() {
        ConjectureResult r = ConjectureDecision.decide(Widths.constant(7, 2), 1, Tolerances.DEFAULT);
        assertEquals(Verdict.FAILS, r.verdict());
        assertEquals(18, r.exactDimension());
        assertTrue(r.secondRoute().isEmpty());
        assertTrue(HessianCertificateVerifier.verify(r.certificate().orElseThrow()).valid());
        ConjectureResult empty = ConjectureDecision.decide(Widths.constant(2, 2), 1, Tolerances.DEFAULT);
        assertTrue(empty.emptyHessianVariety() && empty.secondRoute().isEmpty());
    }

    /**
     * A disagreement is reported, never hidden: first ranks deliberately lowered by one on some strata (as an
     * underestimate by the first route would be) make the second route report the first such stratum, with the
     * larger rank as the lower bound.
     */
    @Test
    void aDisagreementIsReportedWithTheLargerRankAsLowerBound() {
        Widths w = Widths.constant(5, 2);
        List<Stratum> all = strata(w, true);
        Map<Stratum, Integer> honest = new LinkedHashMap<>();
        for (Stratum s : all) {
            honest.put(s, ConjectureDecision.rank(s, 1));
        }
        ConjectureResult.SecondRoute agree = ConjectureDecision.secondRoute(honest, 0, 1, null);
        assertTrue(agree.agrees());
        assertEquals(all.size(), agree.strataChecked());
        Map<Stratum, Integer> lowered = new LinkedHashMap<>(honest);
        Stratum victim = null;
        for (Stratum s : all) {
            if (honest.get(s) > 0) {
                victim = s;
                break;
            }
        }
        lowered.put(victim, honest.get(victim) - 1);
        ConjectureResult.SecondRoute route = ConjectureDecision.secondRoute(lowered, 0, 1, null);
        ConjectureResult.Disagreement d = route.disagreement().orElseThrow();
        assertEquals(victim, d.stratum());
        assertEquals(honest.get(victim) - 1, d.firstRank());
        assertEquals(honest.get(victim), d.secondRank());
        assertEquals(honest.get(victim), d.lowerBound());
        assertNotEquals(d.firstRank(), d.secondRank());
    }

    static List<Stratum> strata(Widths w) {
        return strata(w, false);
    }

    static List<Stratum> strata(Widths w, boolean useReversal) {
        List<Stratum> out = new ArrayList<>();
        new StrataEnumerator(w, useReversal).forEach(s -> {
            out.add(s);
            return true;
        });
        return out;
    }
}
