package dlnkit.image;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A proven upper bound on {@code dim closure(im delta)} (proofs-notes/10-upper-bounds.md): at every point
 * {@code W}, the symmetric matrices {@code xi} supported on {@code (im W_t + im W_{t+1}^T)^perp} at one inner
 * vertex {@code t} annihilate the image of {@code d delta(W)} under the trace pairing, and that subspace has
 * dimension at least {@code u_t = max(0, d_t - d_{t-1} - d_{t+1})}. So
 * <pre>  rank d delta(W) &lt;= U = T - sum_{t=1}^{N-1} u_t (u_t + 1) / 2   for every W,</pre>
 * and {@code dim closure(im delta)} (the largest rank) is at most {@code U}. Equivalently, {@code U} is the
 * dimension of the product over {@code t} of the varieties of symmetric {@code d_t x d_t} matrices of rank at most
 * {@code r_t = min(d_t, d_{t-1} + d_{t+1})}: {@code U = sum_t (r_t d_t - r_t (r_t - 1) / 2)}.
 *
 * <p>When the exact rank (a proven lower bound) equals {@code U}, both are {@code dim closure(im delta)}.
 *
 * @param widths the widths
 * @param deficits {@code u_1, ..., u_{N-1}}
 * @param value {@code U}
 */
public record UpperBound(Widths widths, List<Integer> deficits, long value) {
    /** One line a reader can check by hand. */
    public static final String FORMULA = "U = T - sum_{t=1}^{N-1} u_t (u_t + 1) / 2, u_t = max(0, d_t - d_{t-1} - d_{t+1})";

    public UpperBound {
        deficits = List.copyOf(deficits);
        Checks.require(deficits.size() == Math.max(widths.depth() - 1, 0), "upper bound deficits",
                Math.max(widths.depth() - 1, 0) + " entries", deficits.size());
    }

    /** The bound for these widths. */
    public static UpperBound of(Widths widths) {
        int n = widths.depth();
        List<Integer> deficits = new ArrayList<>();
        long drop = 0;
        for (int t = 1; t <= n - 1; t++) {
            int u = Math.max(0, widths.d(t) - widths.d(t - 1) - widths.d(t + 1));
            deficits.add(u);
            drop += (long) u * (u + 1) / 2;
        }
        return new UpperBound(widths, deficits, widths.targetDimension() - drop);
    }

    /** True when the bound is below the target dimension (some inner vertex is wider than its two neighbours together). */
    public boolean belowTarget() {
        return value < widths.targetDimension();
    }

    /** True when a proven lower bound {@code rank} meets this bound: then {@code dim closure(im delta) = rank}. */
    public boolean meets(long rank) {
        return rank == value;
    }

    public String summary() {
        if (!belowTarget()) {
            return String.format(Locale.ROOT, "%d = T (no inner vertex is wider than its neighbours together)", value);
        }
        StringBuilder sb = new StringBuilder();
        for (int t = 1; t < widths.depth(); t++) {
            int u = deficits.get(t - 1);
            if (u > 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "u_%d = %d", t, u));
            }
        }
        return String.format(Locale.ROOT, "%d = T - %d (%s; %s)", value, widths.targetDimension() - value, sb, FORMULA);
    }
}
