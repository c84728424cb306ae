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
 * {@code 2^61 - 1} at one random point per orbit evaluated, each a proven lower bound, and on a second route: every
 * orbit that decides it (the best one, and every evaluated orbit whose dimension reaches the full dimension) ranked
 * again mod {@code 2^31 - 1} at an independent point; both must agree, and the verdict is wrong with probability at
 * most {@link #errorBound()}, the product of the two routes' bounds (proofs-notes/13-two-primes.md).
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
 * @param secondRoute the second exact route behind a {@code HOLDS} of a nonempty {@code A_H^all}
 * @param tolerances float tolerances
 * @param seed the seed
 */
public record AllDataResult(Widths widths, ConjectureResult.Verdict verdict, int exactDimension, Optional<FloatRank> floatRank,
        int fullDimension, Optional<ZeroConditions> bestComponent, Optional<Orbit> bestOrbit, int components,
        int componentsEnumerated, long orbitsVisited, long orbitsEvaluated, boolean stoppedEarly,
        Optional<Certificate> certificate, Optional<SecondRoute> secondRoute, Tolerances tolerances, long seed) {

    /**
     * The second route: {@code orbitsChecked} deciding orbits ranked modulo {@code secondPrime} at independent points,
     * {@code reachingFull} of them with a dimension that reaches the full dimension; the first disagreement, if any.
     */
    public record SecondRoute(long firstPrime, long secondPrime, int orbitsChecked, int reachingFull,
            Optional<OrbitDisagreement> disagreement) {
        public SecondRoute {
            dlnkit.model.Checks.require(orbitsChecked >= 1 && reachingFull >= 0 && reachingFull <= orbitsChecked, "orbits checked",
                    "at least 1, and at least the orbits reaching full", orbitsChecked + " (" + reachingFull + " reaching full)");
            dlnkit.model.Checks.require(firstPrime != secondPrime, "second prime", "a prime other than " + firstPrime, secondPrime);
        }

        /** True when the two routes agree on every orbit checked. */
        public boolean agrees() {
            return disagreement.isEmpty();
        }
    }

    /** An orbit whose ranks by the two routes differ; the larger is a proven lower bound on its rank over {@code Q}. */
    public record OrbitDisagreement(Orbit orbit, int firstRank, int secondRank) {
    }

    public long target() {
        return widths.targetDimension();
    }

    /** True when {@code A_H^all} is empty ({@code N <= 2}). */
    public boolean empty() {
        return bestOrbit.isEmpty();
    }

    /**
     * Bound on the probability that a {@code HOLDS} is wrong because some rank was underestimated: the first route's
     * {@code evaluated * 2 T max d / (2^61 - 1)}, times, when both routes agree, the second route's
     * {@code checked * 2 T max d / p_2}.
     */
    public double errorBound() {
        double first = ConjectureResult.errorBound(widths, orbitsEvaluated);
        return secondRoute.filter(SecondRoute::agrees)
                .map(r -> first * ConjectureResult.errorBound(widths, r.orbitsChecked(), r.secondPrime())).orElse(first);
    }
}
