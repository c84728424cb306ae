package dlnkit.experiment;

import dlnkit.model.Checks;
import dlnkit.numeric.LeastSquares;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which critical value of the end-to-end problem a loss matches. The critical points of
 * {@code W -> ||W X - Y||^2} restricted to matrices of rank at most {@code r} have the losses
 * {@code L_S = ||Y - Q X||^2 + sum_{i not in S} sigma_i^2}, {@code S} a set of at most {@code r} indices of the
 * singular values {@code sigma_i} of {@code Q S_X} (see {@link LeastSquares}). {@code S = {1..r}} is the
 * global minimum, {@code S = {1..k}} with {@code k < r} the minimum among matrices of rank {@code k} (a
 * rank-constrained minimum), anything else a saddle value. A loss matches {@code L_S} when
 * {@code |L - L_S| <= tolerance * max(1, L_0)} ({@code <=}), {@code L_0 = ||Y||^2}-level scale of the
 * problem (the loss of the zero matrix).
 *
 * @param kind one of "global minimum", "rank-k minimum", "saddle value", "no critical value"
 * @param indices the set {@code S} matched (1-based), empty when none
 * @param gap the distance from the loss to the nearest critical value, relative to the scale
 */
public record CriticalPointClass(String kind, List<Integer> indices, double gap) {
    public CriticalPointClass {
        indices = List.copyOf(indices);
    }

    public static CriticalPointClass of(double loss, LeastSquares full, int maxRank, double tolerance) {
        List<Double> sigma = full.singularValues();
        int n = sigma.size();
        Checks.require(n <= 16, "singular values", "at most 16 (subsets are enumerated)", n);
        double total = full.residualLoss();
        for (double s : sigma) {
            total += s * s;
        }
        double scale = Math.max(1, total);
        double best = Double.POSITIVE_INFINITY;
        int bestMask = -1;
        for (int mask = 0; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) > maxRank) {
                continue;
            }
            double value = full.residualLoss();
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 0) {
                    value += sigma.get(i) * sigma.get(i);
                }
            }
            double gap = Math.abs(loss - value) / scale;
            if (gap < best) {
                best = gap;
                bestMask = mask;
            }
        }
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if ((bestMask >> i & 1) == 1) {
                indices.add(i + 1);
            }
        }
        if (best > tolerance) {
            return new CriticalPointClass("no critical value", List.of(), best);
        }
        int k = indices.size();
        boolean top = indices.equals(prefix(k));
        String kind = top && k == Math.min(maxRank, n) ? "global minimum" : top ? "rank-" + k + " minimum" : "saddle value";
        return new CriticalPointClass(kind, indices, best);
    }

    private static List<Integer> prefix(int k) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            out.add(i);
        }
        return out;
    }

    public String label() {
        return kind.equals("saddle value") ? String.format(Locale.ROOT, "saddle value S=%s", indices) : kind;
    }
}
