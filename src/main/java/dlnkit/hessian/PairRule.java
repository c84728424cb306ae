package dlnkit.hessian;

import dlnkit.exact.IntegerMatrix;
import dlnkit.model.Widths;
import java.math.BigInteger;

/**
 * The cyclic pair rule of docs/math.md section 3 at an exact integer point: every pair of distinct vertices of the
 * cycle {@code W_1, ..., W_N, M} must be separated by a zero arc (a vanishing product of consecutive layers, or
 * {@code W_{k-1:1} M W_{N:j+1}} on the arc through {@code M}). The arcs are computed as integer products, never by the
 * combinatorial {@link HessianMembership} of the strata search, so the verifiers and {@link HessianAgreement} use it as
 * an independent route.
 */
public final class PairRule {
    private PairRule() {
    }

    /** The first pair violating the cyclic pair rule, or null; {@code w[1..N]} are the layers. Arcs are integer products. */
    public static String firstViolation(Widths widths, BigInteger[][][] w, BigInteger[][] m) {
        int n = widths.depth();
        for (int j = 1; j <= n; j++) {
            boolean left = j >= 2 && IntegerMatrix.isZero(product(widths, w, j - 1, 1));
            boolean right = j <= n - 1 && IntegerMatrix.isZero(product(widths, w, n, j + 1));
            if (!left && !right) {
                return "pair {W_" + j + ", M}";
            }
        }
        for (int k = 1; k <= n; k++) {
            for (int j = k + 1; j <= n; j++) {
                boolean inner = j >= k + 2 && IntegerMatrix.isZero(product(widths, w, j - 1, k + 1));
                if (inner) {
                    continue;
                }
                BigInteger[][] outer = IntegerMatrix.multiply(IntegerMatrix.multiply(product(widths, w, k - 1, 1), m),
                        product(widths, w, n, j + 1));
                if (!IntegerMatrix.isZero(outer)) {
                    return "pair {W_" + k + ", W_" + j + "}";
                }
            }
        }
        return null;
    }

    /** {@code W_{a:b}}, the identity when {@code a = b - 1}. */
    public static BigInteger[][] product(Widths widths, BigInteger[][][] w, int a, int b) {
        BigInteger[][] p = IntegerMatrix.identity(widths.d(b - 1));
        for (int t = b; t <= a; t++) {
            p = IntegerMatrix.multiply(w[t], p);
        }
        return p;
    }
}
