package dlnkit.conjecture;

import dlnkit.certificate.Certificate;
import dlnkit.certificate.CertificateVerifier;
import dlnkit.hessian.AllDataLoss;
import dlnkit.image.OrbitPoints;
import dlnkit.image.OrbitTangent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.exact.ModMatrix;
import dlnkit.model.Widths;
import dlnkit.numeric.SvdRank;
import dlnkit.numeric.Tolerances;
import dlnkit.hessian.AllDataHessianVariety;
import dlnkit.variety.Orbit;
import dlnkit.variety.OrbitEnumerator;
import dlnkit.variety.ZeroConditions;
import java.math.BigInteger;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conjecture for the all-data notion, against brute force over every orbit decided by the definition. */
class AllDataDecisionTest {

    /**
     * The independent route: every orbit of parameter space (no pruning, no components), kept when the gradient and
     * Hessian vanish for all data at an integer point of it (exactly, on the spanning family: the definition, not the
     * three-blocks theorem); the largest exact rank mod p and the largest float rank over the kept orbits.
     */
    static int[] bruteForce(Widths w, long seed) {
        SplittableRandom rng = new SplittableRandom(seed + 101);
        Random frng = new Random(seed + 101);
        int[] best = {-1, -1, 0};
        new OrbitEnumerator(w, ZeroConditions.none(w.depth())).enumerate(new OrbitEnumerator.Visitor() {
            @Override
            public long threshold() {
                return -1;
            }

            @Override
            public boolean visit(long orbitDimension, Supplier<Orbit> supplier) {
                Orbit o = supplier.get();
                BigInteger[][][] p = AllDataLoss.oneBased(OrbitPoints.integer(o, rng));
                if (AllDataLoss.vanishForAllData(w, p)) {
                    best[0] = Math.max(best[0], ModMatrix.rank(OrbitTangent.exactComposite(w, OrbitPoints.exact(o, rng))));
                    best[1] = Math.max(best[1], SvdRank.of(OrbitTangent.floatComposite(OrbitPoints.floating(o, frng)),
                            Tolerances.DEFAULT).rank());
                    best[2]++;
                }
                return true;
            }
        });
        return best;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2,2", "2,2,2", "1,1,1,1", "2,2,2,2,2", "1,1,1,1,1,1,1", "2,1,2,2,1,2", "3,2,1,2,3",
        "1,2,2,1,2,2,1,1"})
    void decisionEqualsBruteForceOverAllOrbitsDecidedByTheDefinition(String widths) {
        Widths w = Widths.parse(widths);
        AllDataResult r = AllDataDecision.decide(w, 1, Tolerances.DEFAULT);
        int[] brute = bruteForce(w, 1);
        assertEquals(brute[0], r.exactDimension(), "exact, " + brute[2] + " orbits inside");
        assertEquals(brute[1], r.exactDimension(), "float");
        assertEquals(w.depth() <= 2, r.empty());
        assertEquals(brute[0] >= r.fullDimension() ? ConjectureResult.Verdict.FAILS : ConjectureResult.Verdict.HOLDS, r.verdict());
    }

    /** A failure at depth 7 over widths in {1,2,3}: certified on a component, rechecked by the independent verifier. */
    @Test
    void smallMixedFailureIsCertifiedOnAComponent() {
        Widths w = Widths.of(1, 2, 2, 1, 2, 2, 1, 1);
        AllDataResult r = AllDataDecision.decide(w, 1, Tolerances.DEFAULT);
        assertEquals(ConjectureResult.Verdict.FAILS, r.verdict());
        Certificate c = r.certificate().orElseThrow();
        assertTrue(CertificateVerifier.verify(c).valid());
        ZeroConditions v = ZeroConditions.parse(c.zero(), w.depth());
        assertTrue(AllDataHessianVariety.contains(v));
        assertTrue(AllDataHessianVariety.components(w.depth()).contains(v));
        BigInteger[][][] p = new BigInteger[w.depth() + 1][][];
        for (int t = 1; t <= w.depth(); t++) {
            p[t] = c.layer(t);
        }
        assertTrue(AllDataLoss.vanishForAllData(w, p), "the certificate's point satisfies the definition");
    }

    /**
     * Constant width 2: holds at depth 7 (17 < 18) and fails at depth 8 (21 = 21, certified), at seed 2; the
     * fixed-data notion already fails at depth 7 (A_H^all lies in the fixed-data A_H). At depth 7 the maximum agrees
     * with the per-component dimensions of RestrictedDimension (no shared pruning, no reversal).
     */
    @Test
    void constantWidthTwoFirstFailsAtDepthEight() {
        for (long seed : new long[] {2}) {
            AllDataResult seven = AllDataDecision.decide(Widths.constant(7, 2), seed, Tolerances.DEFAULT);
            assertEquals(ConjectureResult.Verdict.HOLDS, seven.verdict());
            assertEquals(17, seven.exactDimension());
            AllDataResult eight = AllDataDecision.decide(Widths.constant(8, 2), seed, Tolerances.DEFAULT);
            assertEquals(ConjectureResult.Verdict.FAILS, eight.verdict());
            assertTrue(CertificateVerifier.verify(eight.certificate().orElseThrow()).valid());
        }
        int max = -1;
        for (ZeroConditions v : AllDataHessianVariety.components(7)) {
            max = Math.max(max, RestrictedDimension.compute(Widths.constant(7, 2), v, 3, Tolerances.DEFAULT).exactDimension());
        }
        assertEquals(17, max);
        assertEquals(ConjectureResult.Verdict.FAILS, ConjectureDecision.decide(Widths.constant(7, 2), 1, Tolerances.DEFAULT).verdict());
    }

    /** Width 1: dim closure(delta(A_H^all)) = N - 3 < N - 1 (three zero layers), up to depth 10. */
    @Test
    void widthOneHolds() {
        for (int n = 3; n <= 10; n++) {
            AllDataResult r = AllDataDecision.decide(Widths.constant(n, 1), 1, Tolerances.DEFAULT);
            assertEquals(ConjectureResult.Verdict.HOLDS, r.verdict());
            assertEquals(n - 3, r.exactDimension());
            assertFalse(r.certificate().isPresent());
        }
    }

    /**
     * A HOLDS carries the second exact route: every deciding orbit ranked again mod 2^31-1 at an independent point
     * agrees with its rank mod 2^61-1 and with the float rank at the best orbit, and the printed bound is the product
     * of the two routes' bounds; a first rank that is off is reported as a disagreement.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2,2,2,2,2,2", "2,2,2,2,2,2,2", "1,2,3,2,1", "3,3,3,3,3"})
    void aHoldIsCheckedByASecondExactRoute(String widths) {
        Widths w = Widths.parse(widths);
        AllDataResult r = AllDataDecision.decide(w, 3, Tolerances.DEFAULT);
        assertEquals(ConjectureResult.Verdict.HOLDS, r.verdict(), widths);
        AllDataResult.SecondRoute route = r.secondRoute().orElseThrow();
        assertTrue(route.agrees(), widths);
        assertTrue(route.orbitsChecked() >= 1 && route.reachingFull() <= route.orbitsChecked(), widths);
        assertEquals(dlnkit.exact.PrimeField.M31.p(), route.secondPrime());
        Orbit best = r.bestOrbit().orElseThrow();
        int second = AllDataDecision.rank(dlnkit.exact.PrimeField.M31, best, ConjectureDecision.secondSeed(best, 3));
        int first = AllDataDecision.rank(dlnkit.exact.PrimeField.M61, best, 77);
        int floatRank = SvdRank.of(OrbitTangent.floatComposite(OrbitPoints.floating(best, new Random(5))), Tolerances.DEFAULT).rank();
        assertEquals(r.exactDimension(), second, widths);
        assertEquals(r.exactDimension(), first, widths);
        assertEquals(r.exactDimension(), floatRank, widths);
        double product = ConjectureResult.errorBound(w, r.orbitsEvaluated())
                * ConjectureResult.errorBound(w, route.orbitsChecked(), route.secondPrime());
        assertEquals(product, r.errorBound(), product * 1e-12);
        AllDataResult.SecondRoute off = AllDataDecision.secondRoute(w, java.util.Map.of(best, r.exactDimension() - 1), 0, 3);
        assertTrue(off.disagreement().isPresent(), widths);
        assertEquals(r.exactDimension(), off.disagreement().get().secondRank());
    }

    @Test
    void aFailureHasNoSecondRoute() {
        AllDataResult r = AllDataDecision.decide(Widths.constant(8, 2), 1, Tolerances.DEFAULT);
        assertEquals(ConjectureResult.Verdict.FAILS, r.verdict());
        assertTrue(r.secondRoute().isEmpty());
    }
}
