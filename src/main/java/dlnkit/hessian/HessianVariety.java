package dlnkit.hessian;

import dlnkit.model.Checks;
import dlnkit.model.Data;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.numeric.Tolerances;
import java.util.Locale;
import java.util.Optional;

/**
 * Membership of one point in the vanishing-Hessian variety {@code A_H} by the cyclic pair rule of
 * docs/math.md section 3 (for data with {@code X} of full row rank and {@code M = X Y^T} of full rank): close
 * the chain into the cycle of arrows {@code W_1, ..., W_N, M} ({@code M = X Y^T}, applied before
 * {@code W_1}); {@code W} lies in {@code A_H} iff for every pair of distinct arrows one of the two arcs
 * between them composes to zero. An arc of no arrows is the identity, never zero.
 *
 * <p>For the pair {@code {W_k, W_j}}, {@code k < j <= N}, the arcs are {@code W_{j-1:k+1}} and
 * {@code W_{k-1:1} M W_{N:j+1}}; for {@code {W_k, M}} they are {@code W_{N:k+1}} and {@code W_{k-1:1}}.
 *
 * <p>"Composes to zero", in floating point: the arc's largest entry is at most
 * {@code tol.zeroRelative()} times the product of the Frobenius norms of its arrows ({@code <=}), a scale
 * that bounds the product's entries and makes the test invariant under rescaling layers. An arc with a
 * zero arrow is exactly zero. For points with small integer entries the products are exact and so is
 * the verdict. The subvariety version (whole path-zero sets) is {@link HessianMembership}.
 *
 * @param contained true when every pair has a vanishing arc
 * @param failingPair the first pair with no vanishing arc, e.g. {@code "{W_2, M}"}
 * @param worst the largest over pairs of the smaller relative arc size: the evidence ({@code 0} when every
 *     pair has an exactly zero arc)
 * @param tolerance the relative tolerance used
 */
public record HessianVariety(boolean contained, Optional<String> failingPair, double worst, double tolerance) {

    public static boolean contains(Network w, Data data, Tolerances tol) {
        return check(w, data, tol).contained();
    }

    public static HessianVariety check(Network w, Data data) {
        return check(w, data, Tolerances.DEFAULT);
    }

    /** Evaluates the rule at {@code w} with {@code M = X Y^T} of {@code data}. */
    public static HessianVariety check(Network w, Data data, Tolerances tol) {
        data.requireFits(w.widths());
        int n = w.depth();
        Matrix m = data.m();
        double mNorm = m.frobeniusNorm();
        Checks.require(mNorm > 0, "M = X Y^T", "nonzero", "the zero matrix");
        double worst = 0;
        String failing = null;
        for (int k = 1; k <= n; k++) {
            for (int j = k + 1; j <= n + 1; j++) {
                double a;
                double b;
                if (j <= n) {
                    a = relative(w, j - 1, k + 1, null, 0, 0);
                    b = relative(w, k - 1, 1, m, n, j + 1);
                } else {
                    a = relative(w, n, k + 1, null, 0, 0);
                    b = relative(w, k - 1, 1, null, 0, 0);
                }
                double pair = Math.min(a, b);
                if (pair > worst) {
                    worst = pair;
                }
                if (pair > tol.zeroRelative() && failing == null) {
                    failing = "{W_" + k + ", " + (j <= n ? "W_" + j : "M") + "}";
                }
            }
        }
        return new HessianVariety(failing == null, Optional.ofNullable(failing), worst, tol.zeroRelative());
    }

    /**
     * The relative size of the arc {@code W_{a:b}} (when {@code m == null}) or
     * {@code W_{a:b} M W_{c:e}}: max entry over the product of the arrows' Frobenius norms;
     * {@code +Infinity} for an empty arc (the identity is never zero), 0 when an arrow is zero.
     */
    private static double relative(Network w, int a, int b, Matrix m, int c, int e) {
        boolean emptyLeft = a < b;
        if (m == null && emptyLeft) {
            return Double.POSITIVE_INFINITY;
        }
        double scale = norms(w, a, b);
        Matrix product = w.product(a, b);
        if (m != null) {
            scale *= m.frobeniusNorm() * norms(w, c, e);
            product = product.times(m).times(w.product(c, e));
        }
        if (scale == 0) {
            return 0;
        }
        return product.maxAbs() / scale;
    }

    private static double norms(Network w, int a, int b) {
        double s = 1;
        for (int t = b; t <= a; t++) {
            s *= w.layer(t).frobeniusNorm();
        }
        return s;
    }

    public String summary() {
        return contained
                ? String.format(Locale.ROOT, "in A_H by the cyclic pair rule (every pair has an arc <= %.0e relative; worst %.2e)",
                        tolerance, worst)
                : String.format(Locale.ROOT, "not in A_H by the cyclic pair rule: the pair %s has no vanishing arc (worst %.2e > %.0e)",
                        failingPair.orElseThrow(), worst, tolerance);
    }
}
