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
 * @param noiseFloor the size of rounding noise: {@code eps * scale * max(rows, cols)}, what an exact
 *     zero looks like after floating-point elimination
 * @param singularValues all singular values for a dense SVD, descending; empty for the block method
 */
public record FloatRank(int rank, String method, double threshold, double smallestKept, double largestDropped,
        double noiseFloor, List<Double> singularValues) {

    public FloatRank {
        singularValues = List.copyOf(singularValues);
    }

    /** The rounding-noise level for a matrix of the given scale and size. */
    public static double noiseFloor(double scale, int rows, int cols) {
        return Math.ulp(1.0) * scale * Math.max(rows, cols);
    }

    /**
     * {@code smallestKept / max(largestDropped, noiseFloor)}: how far the smallest counted singular
     * value stands above its nearest competitor, which is the largest dropped one or, when nothing
     * above the noise was dropped, the noise itself. {@code +Infinity} when the rank is 0 and nothing
     * above the noise was dropped.
     */
    public double gap() {
        double competitor = Math.max(largestDropped, noiseFloor);
        if (Double.isInfinite(smallestKept)) {
            return largestDropped > noiseFloor ? 0 : Double.POSITIVE_INFINITY;
        }
        return competitor == 0 ? Double.POSITIVE_INFINITY : smallestKept / competitor;
    }

    /** True when {@link #gap()} is at least {@code tol.minRankGap()}. */
    public boolean conclusive(Tolerances tol) {
        return gap() >= tol.minRankGap();
    }

    public String summary() {
        return String.format(Locale.ROOT, "float rank %d (%s, threshold %.3e, smallest kept %.3e, largest dropped %.3e, noise %.1e, gap %s)",
                rank, method, threshold, smallestKept, largestDropped, noiseFloor, formatGap(gap()));
    }

    static String formatGap(double gap) {
        return Double.isInfinite(gap) ? "infinite" : String.format(Locale.ROOT, "%.2e", gap);
    }
}
