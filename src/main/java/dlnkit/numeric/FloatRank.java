package dlnkit.numeric;

import java.util.List;
import java.util.Locale;

/**
 * A float rank with the evidence it was read from: the method, the threshold, the smallest singular
 * value kept and the largest dropped (the gap), and for a dense SVD all singular values. A float
 * rank is evidence, not proof: {@link #conclusive} says whether its gap is wide enough to trust.
 *
 * @param rank the number of singular values strictly above {@code threshold}
 * @param method {@code "dense SVD"} or {@code "block SVD"}
 * @param threshold the cut-off
 * @param smallestKept the smallest singular value counted ({@code +Infinity} when the rank is 0)
 * @param largestDropped the largest singular value not counted (0 when none was dropped)
 * @param singularValues all singular values for a dense SVD, descending; empty for the block method
 */
public record FloatRank(int rank, String method, double threshold, double smallestKept, double largestDropped,
        List<Double> singularValues) {

    public FloatRank {
        singularValues = List.copyOf(singularValues);
    }

    /** {@code smallestKept / largestDropped}; {@code +Infinity} when nothing was dropped or the rank is 0 with nothing kept. */
    public double gap() {
        if (largestDropped == 0 || Double.isInfinite(smallestKept)) {
            return Double.POSITIVE_INFINITY;
        }
        return smallestKept / largestDropped;
    }

    /** True when {@link #gap()} is at least {@code tol.minRankGap()}. */
    public boolean conclusive(Tolerances tol) {
        return gap() >= tol.minRankGap();
    }

    public String summary() {
        return String.format(Locale.ROOT, "float rank %d (%s, threshold %.3e, smallest kept %.3e, largest dropped %.3e, gap %s)",
                rank, method, threshold, smallestKept, largestDropped, formatGap(gap()));
    }

    static String formatGap(double gap) {
        return Double.isInfinite(gap) ? "none dropped" : String.format(Locale.ROOT, "%.2e", gap);
    }
}
