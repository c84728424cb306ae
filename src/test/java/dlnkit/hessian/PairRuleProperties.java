package dlnkit.hessian;

import dlnkit.image.OrbitPoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.properties.DlnDomain;
import dlnkit.properties.PropertyTimer;
import dlnkit.properties.QuickTries;
import dlnkit.properties.DlnDomain.DisjointZeroPaths;
import dlnkit.properties.DlnDomain.Subvariety;
import dlnkit.hessian.HessianMembership;
import dlnkit.variety.Orbit;
import dlnkit.variety.PathCondition;
import java.math.BigInteger;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.domains.Domain;

import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the vanishing-Hessian variety A_H: the cyclic pair rule (docs/math.md section 3) against the definition
 * (gradient and Hessian of the loss vanish), computed exactly in integers ({@link ExactLoss}) and in floating point.
 */
@Domain(DlnDomain.class)
@Domain(DomainContext.Global.class)
@AddLifecycleHook(PropertyTimer.class)
class PairRuleProperties {

    /**
     * Any three pairwise disjoint zero paths put a point in A_H, whatever the other layers and the data: the
     * combinatorial rule says V lies in A_H; at an integer point of a random orbit of V with random integer data
     * (full rank or not) the gradient and Hessian vanish exactly; at a float point with full-rank Gaussian data
     * they vanish numerically.
     */
    @Property(tries = 1000)
    void threePairwiseDisjointZeroPathsPutAPointInTheHessianVariety(@ForAll DisjointZeroPaths d) {
        Widths widths = d.widths();
        assertTrue(HessianMembership.of(widths, d.conditions()).contained(), d.toString());
        Orbit orbit = d.orbit();
        assertTrue(orbit.liesIn(d.conditions()), d + ": " + orbit);

        SplittableRandom rng = new SplittableRandom(d.seed());
        BigInteger[][][] w = withLeadingNull(OrbitPoints.integer(orbit, rng));
        int samples = widths.d(0) + 2;
        BigInteger[][] x = randomInteger(widths.d(0), samples, rng);
        BigInteger[][] y = randomInteger(widths.d(widths.depth()), samples, rng);
        assertTrue(ExactLoss.gradientAndHessianVanish(widths, w, x, y), d + ": exact gradient or Hessian nonzero at " + orbit);

        HessianCheck numeric = HessianCheck.atOrbitPoint(orbit, d.seed(), Tolerances.DEFAULT);
        assertTrue(numeric.inHessianVariety(), d + ": " + numeric.summary());

        boolean nontrivial = d.paths().stream().anyMatch(p -> p.top() > p.bottom() && layersNonzero(orbit, p));
        Statistics.label("a zero path whose layers are all nonzero").collect(nontrivial);
        Statistics.label("other layers").collect(otherLayers(orbit, d.paths()));
        Statistics.label("a zero path whose layers are all nonzero").coverage(c -> c.check(true).percentage(p -> p >= 4));
        Statistics.label("other layers").coverage(c -> {
            c.check("all nonzero").percentage(p -> p >= 20);
            c.check("some zero").percentage(p -> p >= 5);
        });
    }

    /**
     * At structured integer points ({@link HessianAgreement#randomPoint}: points of random strata of A_H with data
     * keeping or breaking the stratum's zero pattern, and random orbits with zero and rank-deficient layers), a point
     * that breaks the pair rule has a nonzero gradient or Hessian and a point that keeps it has neither: exactly in
     * integers, and in floating point wherever the rounding bounds make the float answer exact.
     */
    @Property(tries = 1000)
    @QuickTries(150)
    void pointsBreakingThePairRuleHaveANonzeroGradientOrHessian(@ForAll Widths widths,
            @ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
        HessianAgreement.Sample s = HessianAgreement.check(widths, seed, Tolerances.DEFAULT);
        String context = widths + " seed " + seed + " orbit " + s.orbit();
        assertEquals(s.rule(), s.definition(), context + ": pair rule " + s.rule() + ", exact definition " + s.definition());
        if (s.numericConclusive()) {
            assertEquals(s.rule(), s.numeric(), context + ": pair rule " + s.rule() + ", floats " + s.numeric());
        }
        Statistics.label("pair rule").collect(s.rule() ? "kept (in A_H)" : "broken (not in A_H)");
        Statistics.label("float verdict").collect(s.numericConclusive() ? "conclusive" : "inconclusive (rounding bound >= 1/2)");
        Statistics.label("pair rule").coverage(c -> {
            c.check("kept (in A_H)").percentage(p -> p >= 15);
            c.check("broken (not in A_H)").percentage(p -> p >= 15);
        });
        Statistics.label("float verdict").coverage(c -> c.check("conclusive").percentage(p -> p >= 50));
    }

    /**
     * Reversal maps a path-zero subvariety V inside A_H onto one inside A_H and back (M -> M^T reverses the cycle);
     * when V is not inside, the witness orbit lies in V and its numeric gradient or Hessian does not vanish.
     */
    @Property(tries = 1000)
    @QuickTries(150)
    void membershipOfSubvarietiesIsReversalInvariantAndWitnessed(@ForAll Subvariety s) {
        HessianMembership m = HessianMembership.of(s.widths(), s.conditions());
        HessianMembership r = HessianMembership.of(s.widths().reversed(), s.conditions().reversed());
        assertEquals(m.contained(), r.contained(), s.toString());
        if (!m.contained()) {
            Orbit witness = m.witness().orElseThrow();
            assertTrue(witness.liesIn(s.conditions()), s + ": " + witness);
            HessianCheck check = HessianCheck.atOrbitPoint(witness, s.seed(), Tolerances.DEFAULT);
            assertFalse(check.inHessianVariety(), s + ": witness " + witness + ": " + check.summary());
        }
        Statistics.label("V inside A_H").collect(m.contained());
        Statistics.label("V inside A_H").coverage(c -> {
            c.check(true).percentage(p -> p >= 3);
            c.check(false).percentage(p -> p >= 50);
        });
    }

    /** The layers outside the three paths: all nonzero on the orbit, some zero, or none (the paths cover every layer). */
    private static String otherLayers(Orbit o, java.util.List<PathCondition> paths) {
        int others = 0;
        int zero = 0;
        for (int t = 1; t <= o.widths().depth(); t++) {
            int layer = t;
            if (paths.stream().noneMatch(p -> p.bottom() <= layer && layer <= p.top())) {
                others++;
                zero += o.pathRank(t, t) == 0 ? 1 : 0;
            }
        }
        return others == 0 ? "none: the paths cover every layer" : zero == 0 ? "all nonzero" : "some zero";
    }

    private static boolean layersNonzero(Orbit o, PathCondition p) {
        for (int t = p.bottom(); t <= p.top(); t++) {
            if (o.pathRank(t, t) == 0) {
                return false;
            }
        }
        return true;
    }

    /** {@link ExactLoss} takes layers at indices 1..N. */
    private static BigInteger[][][] withLeadingNull(BigInteger[][][] layers) {
        BigInteger[][][] w = new BigInteger[layers.length + 1][][];
        System.arraycopy(layers, 0, w, 1, layers.length);
        return w;
    }

    private static BigInteger[][] randomInteger(int rows, int cols, SplittableRandom rng) {
        BigInteger[][] m = new BigInteger[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = BigInteger.valueOf(rng.nextInt(7) - 3);
            }
        }
        return m;
    }
}
