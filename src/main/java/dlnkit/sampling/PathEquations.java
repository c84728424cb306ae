package dlnkit.sampling;

import dlnkit.model.Checks;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.variety.PathCondition;
import dlnkit.variety.ZeroConditions;

/**
 * The defining equations of a path-zero subvariety {@code V}: {@code F(W)} lists every entry of every
 * product {@code W_{a:b}} named by a condition (conditions in canonical order, each product row-major),
 * and {@code dF} is its Jacobian. From {@code d W_{a:b} = sum_{t=b..a} W_{a:t+1} dW_t W_{t-1:b}}:
 * {@code d W_{a:b}[i][j] / d W_t[r][c] = W_{a:t+1}[i][r] W_{t-1:b}[c][j]}.
 *
 * <p>These are the equations as written, not the radical of the ideal they generate: where the
 * scheme they define is not reduced, the null space of {@code dF} is larger than the tangent space of
 * the variety.
 */
public final class PathEquations {
    private PathEquations() {
    }

    /** Number of equations: {@code sum d_a d_{b-1}} over the conditions. */
    public static int count(Widths widths, ZeroConditions v) {
        int n = 0;
        for (PathCondition c : v.conditions()) {
            n += widths.d(c.top()) * widths.d(c.bottom() - 1);
        }
        return n;
    }

    /** {@code F(W)}. */
    public static double[] values(Network w, ZeroConditions v) {
        requireDepth(w, v);
        double[] f = new double[count(w.widths(), v)];
        int k = 0;
        for (PathCondition c : v.conditions()) {
            Matrix p = w.product(c.top(), c.bottom());
            p.copyInto(f, k);
            k += p.rows() * p.cols();
        }
        return f;
    }

    /** {@code dF(W)}: one row per equation, one column per parameter (the order of {@link Network#flatten()}). */
    public static double[][] jacobian(Network w, ZeroConditions v) {
        requireDepth(w, v);
        Widths widths = w.widths();
        double[][] j = new double[count(widths, v)][Math.toIntExact(widths.parameterCount())];
        int rowOffset = 0;
        for (PathCondition c : v.conditions()) {
            int a = c.top();
            int b = c.bottom();
            int cols = widths.d(b - 1);
            for (int t = b; t <= a; t++) {
                Matrix left = w.product(a, t + 1); // d_a x d_t
                Matrix right = w.product(t - 1, b); // d_{t-1} x d_{b-1}
                int layerOffset = widths.layerOffset(t);
                int layerCols = widths.d(t - 1);
                for (int i = 0; i < left.rows(); i++) {
                    for (int jj = 0; jj < cols; jj++) {
                        double[] row = j[rowOffset + i * cols + jj];
                        for (int r = 0; r < left.cols(); r++) {
                            double l = left.get(i, r);
                            if (l == 0) {
                                continue;
                            }
                            for (int cc = 0; cc < layerCols; cc++) {
                                row[layerOffset + r * layerCols + cc] += l * right.get(cc, jj);
                            }
                        }
                    }
                }
            }
            rowOffset += widths.d(a) * cols;
        }
        return j;
    }

    /** The largest layer norm {@code s = max_t ||W_t||_F}, the scale of the relative residual. */
    public static double scale(Network w) {
        double s = 0;
        for (int t = 1; t <= w.depth(); t++) {
            s = Math.max(s, w.layer(t).frobeniusNorm());
        }
        return s;
    }

    /**
     * The relative residual {@code max_conditions ||W_{a:b}||_F / s^(a-b+1)} with {@code s} the
     * {@link #scale}: invariant under {@code W -> c W}; 0 when there are no conditions or {@code W = 0}.
     */
    public static double relativeResidual(Network w, ZeroConditions v) {
        requireDepth(w, v);
        double s = scale(w);
        if (s == 0) {
            return 0;
        }
        double r = 0;
        for (PathCondition c : v.conditions()) {
            r = Math.max(r, w.product(c.top(), c.bottom()).frobeniusNorm() / Math.pow(s, c.top() - c.bottom() + 1));
        }
        return r;
    }

    private static void requireDepth(Network w, ZeroConditions v) {
        Checks.require(v.depth() == w.depth(), "conditions", "depth " + w.depth(), v.depth());
    }
}
