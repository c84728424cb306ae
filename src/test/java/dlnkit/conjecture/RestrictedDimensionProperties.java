package dlnkit.conjecture;

import dlnkit.certificate.CertificateVerifier;
import dlnkit.image.DimensionResult;
import dlnkit.image.ImageDimension;
import dlnkit.image.OrbitPoints;
import dlnkit.image.OrbitTangent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.exact.ModMatrix;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.properties.DlnDomain;
import dlnkit.properties.PropertyTimer;
import dlnkit.properties.QuickTries;
import dlnkit.properties.DlnDomain.NestedSubvarieties;
import dlnkit.properties.DlnDomain.Subvariety;
import dlnkit.properties.DlnDomain.ZeroLayerPair;
import dlnkit.variety.Orbit;
import dlnkit.variety.ZeroConditions;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of dim closure(delta(V)) on path-zero subvarieties V ({@link RestrictedDimension}, the orbit method),
 * over widths of depth 1..6 with entries 1..3 and one to three random conditions.
 */
@Domain(DlnDomain.class)
@Domain(DomainContext.Global.class)
@AddLifecycleHook(PropertyTimer.class)
class RestrictedDimensionProperties {
    private static final Tolerances TOL = Tolerances.DEFAULT;

    /** The exact rank of the best orbit (mod p) and the float rank at a Gaussian point of it agree, conclusively. */
    @Property(tries = 1000)
    @QuickTries(150)
    void exactAndFloatRanksAgreeOnRestrictedImages(@ForAll Subvariety s) {
        RestrictionResult r = RestrictedDimension.compute(s.widths(), s.conditions(), s.seed(), TOL);
        assertTrue(r.agree(), s + ": exact " + r.exactDimension() + ", " + r.floatRank().summary() + " at " + r.bestOrbit());
        collectKind(s, r);
    }

    /**
     * dim delta(V) is at most dim closure(im delta), here computed independently: both routes of
     * {@link ImageDimension} at another seed (not the exact rank the orbit search stops at).
     */
    @Property(tries = 1000)
    @QuickTries(150)
    void restrictedDimensionsNeverExceedTheFullOne(@ForAll Subvariety s) {
        RestrictionResult r = RestrictedDimension.compute(s.widths(), s.conditions(), s.seed(), TOL);
        DimensionResult full = ImageDimension.dimension(s.widths(), s.seed() + 1, ImageDimension.FloatMethod.AUTO, TOL);
        assertTrue(full.agree(), s + ": " + full.floatRank().summary());
        assertEquals(full.dimension(), r.fullDimension(), s.toString());
        assertTrue(r.exactDimension() <= full.dimension(), s + ": " + r.exactDimension() + " > " + full.dimension());
        assertTrue(r.floatRank().rank() <= full.dimension(), s + ": float " + r.floatRank().rank() + " > " + full.dimension());
        collectKind(s, r);
    }

    /**
     * The pruned orbit search misses nothing: the rank of delta along any orbit inside V, at a random point of it,
     * is at most the dimension the search reports. Orbits are drawn independently of the search (random interval
     * decompositions kept when they lie in V).
     */
    @Property(tries = 1000)
    @QuickTries(150)
    void noOrbitOfVHasALargerImageThanTheRestrictedDimension(@ForAll Subvariety s) {
        RestrictionResult r = RestrictedDimension.compute(s.widths(), s.conditions(), s.seed(), TOL);
        Random rng = new Random(s.seed());
        SplittableRandom exactRng = new SplittableRandom(s.seed());
        int best = -1;
        for (int sample = 0; sample < 6; sample++) {
            Orbit o = DlnDomain.randomOrbitIn(s.widths(), s.conditions(), 0.3 + 0.7 * rng.nextDouble(), rng);
            assertTrue(o.liesIn(s.conditions()));
            int rank = ModMatrix.rank(OrbitTangent.exactComposite(s.widths(), OrbitPoints.exact(o, exactRng)));
            assertTrue(rank <= r.exactDimension(), s + ": orbit " + o + " has rank " + rank + " > " + r.exactDimension());
            best = Math.max(best, rank);
        }
        Statistics.label("best sampled orbit").collect(best == r.exactDimension() ? "reaches the dimension" : "below it");
        Statistics.label("best sampled orbit").coverage(c -> c.check("reaches the dimension").percentage(p -> p >= 30));
    }

    /** V inside V' (V has more conditions) gives dim delta(V) <= dim delta(V'). */
    @Property(tries = 1000)
    @QuickTries(200)
    void smallerSubvarietiesHaveSmallerImages(@ForAll NestedSubvarieties n) {
        RestrictionResult small = RestrictedDimension.compute(n.widths(), n.smaller(), n.seed(), TOL);
        RestrictionResult large = RestrictedDimension.compute(n.widths(), n.larger(), n.seed() + 1, TOL);
        assertTrue(small.agree() && large.agree(), n.toString());
        assertTrue(small.dimension() <= large.dimension(), n + ": " + small.dimension() + " > " + large.dimension());
        assertTrue(small.bestOrbit().liesIn(n.larger()), n.toString());
        String kind = n.smaller().equals(n.larger()) ? "V = V'" : small.dimension() < large.dimension() ? "strictly smaller image" : "same image, V != V'";
        Statistics.label("nesting").collect(kind);
        Statistics.label("nesting").coverage(c -> {
            c.check("strictly smaller image").percentage(p -> p >= 15);
            c.check("same image, V != V'").percentage(p -> p >= 15);
        });
    }

    /**
     * Reversal (W_t -> W_{N+1-t}^T, widths and conditions reversed) maps V onto the reversed subvariety and its
     * orbits one to one: the restricted and full dimensions and the number of orbits are preserved.
     */
    @Property(tries = 1000)
    @QuickTries(150)
    void reversalPreservesRestrictedDimensions(@ForAll Subvariety s) {
        RestrictionResult r = RestrictedDimension.compute(s.widths(), s.conditions(), s.seed(), TOL);
        RestrictionResult b = RestrictedDimension.compute(s.widths().reversed(), s.conditions().reversed(), s.seed() + 1, TOL);
        assertEquals(r.exactDimension(), b.exactDimension(), s.toString());
        assertEquals(r.fullDimension(), b.fullDimension(), s.toString());
        assertEquals(r.orbitsTotal(), b.orbitsTotal(), s.toString());
        assertTrue(r.agree() && b.agree(), s.toString());
        Statistics.label("self-reversed").collect(
                s.widths().equals(s.widths().reversed()) && s.conditions().equals(s.conditions().reversed()) ? "yes" : "no");
        Statistics.label("self-reversed").coverage(c -> c.check("no").percentage(p -> p >= 60));
        collectKind(s, r);
    }

    /**
     * The trace identity: on {W_i = W_j = 0} (j < i), sum_{k=j}^{i-1} tr Delta_k = ||W_i||^2 - ||W_j||^2 = 0, so
     * delta(V) lies in a hyperplane that does not contain im delta, and dim delta(V) <= dim im delta - 1. The sum is
     * checked at float points of random orbits of V (to rounding: each trace is a difference of squared norms), the
     * drop by the orbit method.
     */
    @Property(tries = 1000)
    @QuickTries(150)
    void traceIdentityHoldsOnPairsOfZeroLayers(@ForAll ZeroLayerPair z) {
        ZeroConditions v = z.conditions();
        Random rng = new Random(z.seed());
        boolean cancels = false;
        for (int sample = 0; sample < 3; sample++) {
            Orbit o = DlnDomain.randomOrbitIn(z.widths(), v, z.keep(), rng);
            Network w = OrbitPoints.floating(o, rng);
            assertTrue(w.layer(z.i()).isZero() && w.layer(z.j()).isZero(), z + ": " + o);
            List<Matrix> deltas = dlnkit.model.DeltaMap.value(w);
            double sum = 0;
            double scale = 0;
            double largest = 0;
            for (int k = z.j(); k < z.i(); k++) {
                double tr = deltas.get(k - 1).trace();
                sum += tr;
                largest = Math.max(largest, Math.abs(tr));
                scale += Math.pow(w.layer(k).frobeniusNorm(), 2) + Math.pow(w.layer(k + 1).frobeniusNorm(), 2);
            }
            double bound = 16 * Math.ulp(1.0) * (DlnDomain.MAX_WIDTH + 2) * scale;
            assertTrue(Math.abs(sum) <= bound, z + ": sum of traces " + sum + " above the rounding bound " + bound + " at " + o);
            cancels |= largest > 1e-3 * Math.max(1, scale);
        }
        RestrictionResult r = RestrictedDimension.compute(z.widths(), v, z.seed(), TOL);
        assertTrue(r.agree(), z.toString());
        assertTrue(r.dimension() <= r.fullDimension() - 1, z + ": " + r.dimension() + " of " + r.fullDimension());
        Statistics.label("traces").collect(z.i() == z.j() + 1 ? "adjacent zero layers (one trace, trivially 0)"
                : cancels ? "nonzero traces that cancel" : "all traces small");
        Statistics.label("traces").coverage(c -> c.check("nonzero traces that cancel").percentage(p -> p >= 25));
    }

    /**
     * With no conditions (V = all of parameter space) the orbit method gives the full dimension, and when delta is
     * dominant its certificate (conditions empty) verifies. This found a bug: the certificate used to store the
     * printed form "(none)", which the verifier could not parse.
     */
    @Property(tries = 30)
    void allOfParameterSpaceHasTheFullDimension(@ForAll Widths widths, @ForAll long seed) {
        RestrictionResult r = RestrictedDimension.compute(widths, ZeroConditions.none(widths.depth()), seed, TOL);
        assertEquals(r.fullDimension(), r.exactDimension(), widths.toString());
        r.certificate().ifPresent(c -> assertTrue(CertificateVerifier.verify(c).valid(), widths.toString()));
    }

    private static void collectKind(Subvariety s, RestrictionResult r) {
        boolean path = s.conditions().conditions().stream().anyMatch(c -> c.top() > c.bottom());
        boolean layer = s.conditions().conditions().stream().anyMatch(c -> c.top() == c.bottom());
        Statistics.label("conditions").collect(path && layer ? "zero layer and zero path" : path ? "zero paths only" : "zero layers only");
        Statistics.label("image").collect(r.exactDimension() < r.fullDimension() ? "drops below the full dimension" : "full dimension");
        Statistics.label("image").coverage(c -> {
            c.check("drops below the full dimension").percentage(p -> p >= 10);
            c.check("full dimension").percentage(p -> p >= 10);
        });
        Statistics.label("conditions").coverage(c -> {
            c.check("zero paths only").percentage(p -> p >= 10);
            c.check("zero layers only").percentage(p -> p >= 10);
        });
    }

}
