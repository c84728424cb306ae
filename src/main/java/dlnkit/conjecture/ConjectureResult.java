package dlnkit.conjecture;

import dlnkit.certificate.HessianCertificate;

import dlnkit.model.Widths;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.Stratum;
import java.util.Optional;

/**
 * The main conjecture {@code dim closure(delta(A_H)) < dim closure(im delta)} decided for given widths.
 *
 * @param widths the widths
 * @param verdict {@code HOLDS}, {@code FAILS}, or {@code UNDECIDED} (exact and float disagree)
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
 * @param tolerances float tolerances
 * @param seed the seed
 */
public record ConjectureResult(Widths widths, Verdict verdict, int exactDimension, Optional<FloatRank> floatRank,
        int fullDimension, Optional<Stratum> bestStratum, Optional<Long> strataTotal, long orbitsVisited,
        long strataVisited, long strataEvaluated, long skippedBySymmetry, boolean stoppedEarly,
        Optional<HessianCertificate> certificate, Tolerances tolerances, long seed) {

    public enum Verdict {
        HOLDS, FAILS, UNDECIDED
    }

    public long target() {
        return widths.targetDimension();
    }

    /** True when A_H is empty for these widths. */
    public boolean emptyHessianVariety() {
        return bestStratum.isEmpty();
    }

    /**
     * Bound on the probability that the verdict HOLDS is wrong because some stratum's rank was
     * underestimated: {@code evaluated * 2 T max d / p}. A FAILS verdict with a certificate is proved.
     */
    public double errorBound() {
        return errorBound(widths, strataEvaluated);
    }

    /**
     * {@code evaluated * 2 T max d / p}: the bound on the probability that one of {@code evaluated} exact ranks mod
     * {@code p}, each at a random point, was underestimated (shared by both notions of {@code A_H}).
     */
    public static double errorBound(Widths widths, long evaluated) {
        int dmax = widths.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        return (double) Math.max(1, evaluated) * 2.0 * Math.max(1, widths.targetDimension()) * dmax / dlnkit.exact.ModP.P;
    }
}
