package dlnkit.conjecture;

import dlnkit.certificate.Certificate;

import dlnkit.model.Widths;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.Orbit;
import dlnkit.variety.ZeroConditions;
import java.math.BigInteger;
import java.util.Optional;

/**
 * {@code dim closure(delta(V))} for a path-zero subvariety {@code V}, with its evidence.
 *
 * <p>What is proved and what is probable: every exact rank is computed at a rational point of
 * {@code V}, so {@link #exactDimension()} is a proven lower bound. It is the dimension if no orbit's
 * rank was underestimated (probability at most {@link #errorBound()}) and the enumeration visited every
 * orbit not excluded by the orbit-dimension bound. When it equals {@code T}, a certificate proves it.
 *
 * @param widths the widths
 * @param conditions the subvariety
 * @param exactDimension the largest exact rank mod p over the orbits evaluated
 * @param floatRank the float rank at a Gaussian point of the best orbit
 * @param fullDimension {@code dim closure(im delta)} on all of parameter space (exact route)
 * @param bestOrbit an orbit attaining {@link #exactDimension()}
 * @param orbitsTotal the number of orbits in {@code V} (empty when too many to count)
 * @param orbitsVisited orbits reached by the enumeration (not pruned)
 * @param orbitsEvaluated orbits whose rank was computed
 * @param subtreesPruned subtrees skipped by the dimension bound
 * @param stoppedEarly true when the enumeration stopped because the full dimension was reached
 * @param certificate the dominance certificate when {@code exactDimension = T}
 * @param tolerances the tolerances of the float rank
 * @param seed the seed
 */
public record RestrictionResult(Widths widths, ZeroConditions conditions, int exactDimension, FloatRank floatRank,
        int fullDimension, Orbit bestOrbit, Optional<BigInteger> orbitsTotal, long orbitsVisited, long orbitsEvaluated,
        long subtreesPruned, boolean stoppedEarly, Optional<Certificate> certificate, Tolerances tolerances, long seed) {

    public long target() {
        return widths.targetDimension();
    }

    /** True when the exact and float ranks of the best orbit agree and the float gap is conclusive. */
    public boolean agree() {
        return exactDimension == floatRank.rank() && floatRank.conclusive(tolerances);
    }

    /** The dimension when the routes agree, else -1. */
    public long dimension() {
        return agree() ? exactDimension : -1;
    }

    /** True when delta restricted to {@code V} is dominant and a certificate proves it. */
    public boolean certified() {
        return certificate.isPresent();
    }

    /**
     * Bound on the probability that some evaluated orbit's rank was underestimated:
     * {@code evaluated * 2 T max_t d_t / p} (each rank is a minor of degree at most {@code 2 T max d}
     * in the entries of the random group element).
     */
    public double errorBound() {
        int dmax = widths.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        return (double) orbitsEvaluated * 2.0 * target() * dmax / dlnkit.exact.ModP.P;
    }
}
