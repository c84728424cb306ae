package dlnkit.conjecture;

import dlnkit.certificate.HessianCertificate;

import dlnkit.exact.PrimeField;
import dlnkit.model.Widths;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.Stratum;
import java.util.Optional;

/**
 * The main conjecture {@code dim closure(delta(A_H)) < dim closure(im delta)} decided for given widths.
 *
 * @param widths the widths
 * @param verdict {@code HOLDS}, {@code FAILS}, or {@code UNDECIDED} (exact and float disagree at the best stratum, or
 *     the two exact routes disagree at a stratum that decides a {@code HOLDS})
 * @param exactDimension the largest exact rank over the strata evaluated ({@code -1} when {@code A_H} is empty)
 * @param floatRank the float rank at the best stratum (empty when {@code A_H} is empty)
 * @param fullDimension {@code dim closure(im delta)}
 * @param bestStratum a stratum attaining {@link #exactDimension()}
 * @param strataTotal the number of strata when counted (small cases), else empty
 * @param orbitsVisited orbits reached by the enumeration
 * @param strataVisited strata reached
 * @param strataEvaluated strata whose rank was computed
 * @param skippedBySymmetry orbits skipped because their reversal was evaluated instead
 * @param stoppedEarly true when a certified failure stopped the search
 * @param certificate a certificate of failure, when one was found
 * @param secondRoute the second exact route, present whenever a nonempty {@code A_H} would hold (then the verdict is
 *     {@code HOLDS} if the routes agree, else {@code UNDECIDED}); empty for a failure, an empty {@code A_H}, or an
 *     exact/float disagreement
 * @param tolerances float tolerances
 * @param seed the seed
 */
public record ConjectureResult(Widths widths, Verdict verdict, int exactDimension, Optional<FloatRank> floatRank,
        int fullDimension, Optional<Stratum> bestStratum, Optional<Long> strataTotal, long orbitsVisited,
        long strataVisited, long strataEvaluated, long skippedBySymmetry, boolean stoppedEarly,
        Optional<HessianCertificate> certificate, Optional<SecondRoute> secondRoute, Tolerances tolerances, long seed) {

    public enum Verdict {
        HOLDS, FAILS, UNDECIDED
    }

    /**
     * The second, independent route behind a {@code HOLDS}: each stratum that decides it (the best stratum, and every
     * evaluated stratum whose proven bound reaches the full dimension) ranked again at a point drawn from a second
     * seed, modulo a second prime.
     *
     * @param firstPrime the prime of the first route ({@code 2^61 - 1})
     * @param secondPrime the prime of the second route
     * @param strataChecked the number of strata ranked by both routes
     * @param reachingFull how many of them have a proven bound {@code dim O - |Z|} that reaches the full dimension
     *     (the best stratum, when its bound is lower, cannot reach it; with none, the verdict follows from the proven
     *     bounds alone and only the printed dimension rests on the ranks)
     * @param disagreement the first of them whose two ranks differ, if any
     */
    public record SecondRoute(long firstPrime, long secondPrime, int strataChecked, int reachingFull,
            Optional<Disagreement> disagreement) {
        public SecondRoute {
            dlnkit.model.Checks.require(reachingFull >= 0 && reachingFull <= strataChecked, "strata reaching full",
                    "between 0 and the strata checked " + strataChecked, reachingFull);
            dlnkit.model.Checks.require(firstPrime != secondPrime, "second prime", "a prime other than " + firstPrime, secondPrime);
            dlnkit.model.Checks.require(strataChecked >= 1, "strata checked", "at least 1", strataChecked);
        }

        /** True when the two routes agree on every stratum checked. */
        public boolean agrees() {
            return disagreement.isEmpty();
        }

        /** {@code "2^61-1"} and {@code "2^31-1"} style labels of the two primes. */
        public String primes() {
            return PrimeField.forPrime(firstPrime).label() + " and " + PrimeField.forPrime(secondPrime).label();
        }
    }

    /**
     * A stratum whose ranks by the two routes differ. Each is a rank at a point of the stratum modulo a prime, which
     * never exceeds the stratum's rank over {@code Q}: the larger is a proven lower bound, the smaller an
     * underestimate.
     */
    public record Disagreement(Stratum stratum, int firstRank, int secondRank) {
        public int lowerBound() {
            return Math.max(firstRank, secondRank);
        }
    }

    public long target() {
        return widths.targetDimension();
    }

    /** True when A_H is empty for these widths. */
    public boolean emptyHessianVariety() {
        return bestStratum.isEmpty();
    }

    /**
     * Bound on the probability that the verdict HOLDS is wrong because a stratum's rank was underestimated: with the
     * second route (every HOLDS of a nonempty {@code A_H}), the product {@link #firstRouteBound()} times
     * {@link #secondRouteBound()} (proofs-notes/13-two-primes.md); without it, the first route's bound. A FAILS verdict
     * with a certificate is proved.
     */
    public double errorBound() {
        return secondRoute.filter(SecondRoute::agrees).map(r -> firstRouteBound() * secondRouteBound()).orElse(firstRouteBound());
    }

    /** The first route's bound {@code evaluated * 2 T max d / (2^61 - 1)}. */
    public double firstRouteBound() {
        return errorBound(widths, strataEvaluated);
    }

    /** The second route's bound {@code checked * 2 T max d / p_2}, 1 when there is no second route. */
    public double secondRouteBound() {
        return secondRoute.map(r -> errorBound(widths, r.strataChecked(), r.secondPrime())).orElse(1.0);
    }

    /**
     * {@code evaluated * 2 T max d / p}: the bound on the probability that one of {@code evaluated} exact ranks mod
     * {@code p}, each at a random point, was underestimated (shared by both notions of {@code A_H}).
     */
    public static double errorBound(Widths widths, long evaluated) {
        return errorBound(widths, evaluated, dlnkit.exact.ModP.P);
    }

    /** {@code evaluated * 2 T max d / p}, for ranks modulo the prime {@code p}. */
    public static double errorBound(Widths widths, long evaluated, long p) {
        int dmax = widths.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        return (double) Math.max(1, evaluated) * 2.0 * Math.max(1, widths.targetDimension()) * dmax / p;
    }
}
