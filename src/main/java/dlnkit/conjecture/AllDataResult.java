package dlnkit.conjecture;

import dlnkit.certificate.Certificate;

import dlnkit.model.Widths;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.Orbit;
import dlnkit.variety.ZeroConditions;
import java.util.Optional;

/**
 * The main conjecture for the all-data notion, {@code dim closure(delta(A_H^all)) < dim closure(im delta)}, decided
 * for given widths ({@link AllDataDecision}). {@code A_H^all} is the union of the path-zero components
 * {@code V(b1, b2)} (three consecutive blocks composing to zero), so its image dimension is the largest over them.
 *
 * <p>What is proved and what is probable: a {@code FAILS} with a certificate is proved (the certificate shows
 * delta dominant on one component; {@code dlnkit verify} rechecks it). A {@code HOLDS} rests on exact ranks mod
 * {@code p} at one random point per orbit evaluated, each a proven lower bound, equal to the generic rank except
 * with probability at most {@link #errorBound()}.
 *
 * @param widths the widths
 * @param verdict {@code HOLDS}, {@code FAILS}, or {@code UNDECIDED} (exact and float disagree at the best orbit)
 * @param exactDimension the largest exact rank over the orbits evaluated ({@code -1} when {@code A_H^all} is empty)
 * @param floatRank the float rank at the best orbit (empty when {@code A_H^all} is empty)
 * @param fullDimension {@code dim closure(im delta)}
 * @param bestComponent the component the best orbit was found in
 * @param bestOrbit an orbit attaining {@link #exactDimension()}
 * @param components the number of components {@code (N-1 choose 2)}
 * @param componentsEnumerated components whose orbits were enumerated (mirror images skipped for palindromic widths)
 * @param orbitsVisited orbits reached by the enumerations
 * @param orbitsEvaluated orbits whose rank was computed
 * @param stoppedEarly true when the full dimension was reached and the search stopped
 * @param certificate the dominance certificate on {@link #bestComponent()} when the rank reaches {@code T}
 * @param tolerances float tolerances
 * @param seed the seed
 */
public record AllDataResult(Widths widths, ConjectureResult.Verdict verdict, int exactDimension, Optional<FloatRank> floatRank,
        int fullDimension, Optional<ZeroConditions> bestComponent, Optional<Orbit> bestOrbit, int components,
        int componentsEnumerated, long orbitsVisited, long orbitsEvaluated, boolean stoppedEarly,
        Optional<Certificate> certificate, Tolerances tolerances, long seed) {

    public long target() {
        return widths.targetDimension();
    }

    /** True when {@code A_H^all} is empty ({@code N <= 2}). */
    public boolean empty() {
        return bestOrbit.isEmpty();
    }

    /** Bound on the probability that some evaluated orbit's rank was underestimated: {@code evaluated * 2 T max d / p}. */
    public double errorBound() {
        return ConjectureResult.errorBound(widths, orbitsEvaluated);
    }
}
