package dlnkit.conjecture;

import dlnkit.certificate.CertificateVerifier;
import dlnkit.certificate.HessianCertificateVerifier;
import dlnkit.image.StratumTangent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.exact.ModMatrix;
import dlnkit.conjecture.ConjectureResult.Verdict;
import dlnkit.model.Data;
import dlnkit.model.Loss;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.SvdRank;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.Stratum;
import dlnkit.variety.StrataEnumerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConjectureDecisionTest {
    static List<Widths> allWidths(int depth, int maxWidth) {
        return Widths.allWithEntriesUpTo(depth, maxWidth);
    }

    /** Depth 2: A_H is empty for every widths vector (the slides' {0} is not right). */
    @Test
    void depthTwoHessianVarietyIsEmpty() {
        for (Widths w : allWidths(2, 3)) {
            ConjectureResult r = ConjectureDecision.decide(w, 1, Tolerances.DEFAULT);
            assertTrue(r.emptyHessianVariety(), w.toString());
            assertEquals(Verdict.HOLDS, r.verdict());
        }
    }

    /** Depth 3: holds, and every stratum has W_2 = 0 (docs/math.md). */
    @Test
    void depthThreeHoldsAndEveryStratumHasTheMiddleLayerZero() {
        for (Widths w : allWidths(3, 3)) {
            ConjectureResult r = ConjectureDecision.decide(w, 2, Tolerances.DEFAULT);
            assertEquals(Verdict.HOLDS, r.verdict(), w.toString());
            assertTrue(r.emptyHessianVariety() || r.exactDimension() < r.fullDimension(), w.toString());
            new StrataEnumerator(w, false).forEach(s -> {
                assertEquals(0, s.orbit().pathRank(2, 2), w + ": " + s);
                return true;
            });
        }
    }

    /** Depth 4: the seed's theorem, for all 243 widths vectors with entries in {1, 2, 3}; exact and float agree. */
    @Test
    void depthFourHoldsForAllWidthsUpToThree() {
        List<Widths> all = allWidths(4, 3);
        assertEquals(243, all.size());
        for (Widths w : all) {
            ConjectureResult r = ConjectureDecision.decide(w, 3, Tolerances.DEFAULT);
            assertEquals(Verdict.HOLDS, r.verdict(), w + ": " + r.exactDimension() + " of " + r.fullDimension());
            assertTrue(r.emptyHessianVariety() || r.exactDimension() < r.fullDimension());
        }
    }

    /** Depth 16, width 2: fails (the seed's counterexample), with a certificate the verifier accepts. */
    @Test
    void depthSixteenWidthTwoFailsWithACertificate() {
        ConjectureResult r = ConjectureDecision.decide(Widths.constant(16, 2), 1, Tolerances.DEFAULT);
        assertEquals(Verdict.FAILS, r.verdict());
        assertEquals(45, r.exactDimension());
        assertTrue(HessianCertificateVerifier.verify(r.certificate().orElseThrow()).valid());
    }

    /** The smallest failing depth for width 2 is 7: depths 2..6 hold and 7 fails, certified. */
    @Test
    void widthTwoFirstFailsAtDepthSeven() {
        for (int depth = 2; depth <= 6; depth++) {
            assertEquals(Verdict.HOLDS, ConjectureDecision.decide(Widths.constant(depth, 2), 1, Tolerances.DEFAULT).verdict(),
                    "depth " + depth);
        }
        ConjectureResult seven = ConjectureDecision.decide(Widths.constant(7, 2), 1, Tolerances.DEFAULT);
        assertEquals(Verdict.FAILS, seven.verdict());
        CertificateVerifier.Result check = HessianCertificateVerifier.verify(seven.certificate().orElseThrow());
        assertTrue(check.valid(), check.lines().toString());
    }

    /**
     * The answer does not depend on the data: each stratum's rank is the same at points drawn with different
     * seeds, hence with different random full-rank M = g_0 C g_N^{-1}, exactly and in floating point.
     */
    @Test
    void strataRanksDoNotDependOnTheData() {
        for (Widths w : List.of(Widths.constant(5, 2), Widths.of(2, 3, 2, 3, 2), Widths.constant(4, 3))) {
            new StrataEnumerator(w, false).forEach(s -> {
                int first = ModMatrix.rank(StratumTangent.exactComposite(s, new SplittableRandom(1), false));
                for (long seed = 2; seed <= 4; seed++) {
                    assertEquals(first, ModMatrix.rank(StratumTangent.exactComposite(s, new SplittableRandom(seed), false)), s.toString());
                }
                assertEquals(first, SvdRank.of(StratumTangent.floating(s, new Random(9), Tolerances.DEFAULT).composite()).rank(),
                        s.toString());
                return true;
            });
        }
    }

    /**
     * Every stratum's sample point, with data X random and Y = (X^+ M)^T so that X Y^T = M, has vanishing
     * gradient and Hessian; the same orbit point with data whose M breaks the zero pattern does not (when the
     * pattern is nontrivial).
     */
    @Test
    void strataPointsHaveVanishingGradientAndHessianAndThePatternIsNeeded() {
        int nontrivial = 0;
        for (Widths w : List.of(Widths.constant(4, 2), Widths.constant(5, 2), Widths.of(2, 1, 2, 2, 1))) {
            List<Stratum> strata = new ArrayList<>();
            new StrataEnumerator(w, false).forEach(s -> {
                strata.add(s);
                return true;
            });
            Random rng = new Random(17);
            for (Stratum s : strata) {
                StratumTangent.FloatPoint p = StratumTangent.floating(s, rng, Tolerances.DEFAULT);
                assertTrue(vanish(p.w(), dataFor(p.m(), rng)), s.toString());
                if (s.zeroCount() > 0) {
                    nontrivial++;
                    Matrix generic = Matrix.gaussian(p.m().rows(), p.m().cols(), 1.0, rng);
                    assertFalse(vanish(p.w(), dataFor(generic, rng)), "pattern not needed? " + s);
                }
            }
        }
        assertTrue(nontrivial > 0);
    }

    static Data dataFor(Matrix m, Random rng) {
        int d0 = m.rows();
        int samples = d0 + m.cols() + 2;
        Matrix x = Matrix.gaussian(d0, samples, 1.0, rng);
        // Y^T = X^T (X X^T)^{-1} M, so X Y^T = M
        Matrix yt = x.transpose().times(dlnkit.numeric.Inverse.of(x.times(x.transpose()))).times(m);
        return new Data(x, yt.transpose());
    }

    static boolean vanish(Network w, Data data) {
        double scale = Math.pow(1 + w.norm(), 2 * w.depth()) * Math.pow(1 + data.x().frobeniusNorm() + data.y().frobeniusNorm(), 2);
        double g = Arrays.stream(Loss.gradient(w, data).flatten()).map(Math::abs).max().orElse(0);
        double h = Arrays.stream(Loss.denseHessian(w, data)).flatMapToDouble(Arrays::stream).map(Math::abs).max().orElse(0);
        return g <= 1e-10 * scale && h <= 1e-10 * scale;
    }
}
