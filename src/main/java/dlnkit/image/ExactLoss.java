package dlnkit.image;

import dlnkit.model.Widths;
import java.math.BigInteger;

/**
 * The gradient and Hessian-vector products of {@code L(W) = ||W_{N:1} X - Y||_F^2} in exact integer
 * arithmetic, from the formulas of docs/math.md section 1 ({@code grad_{W_j} L = 2 A_j^T E X^T B_j^T} and its
 * derivative). Used by certificate verifiers to check "critical point with vanishing Hessian" from the
 * definition of the loss, without the cyclic pair rule. Layers are {@code w[1..N]}. Verifier side: it uses only
 * {@link VerifierArithmetic}, never the builders' matrix routines.
 */
public final class ExactLoss {
    private ExactLoss() {
    }

    /** True when the gradient and every Hessian-vector product along unit directions vanish exactly. */
    public static boolean gradientAndHessianVanish(Widths widths, BigInteger[][][] w, BigInteger[][] x, BigInteger[][] y) {
        int n = widths.depth();
        BigInteger[][][] a = new BigInteger[n + 1][][];
        BigInteger[][][] b = new BigInteger[n + 2][][];
        b[1] = VerifierArithmetic.identity(widths.d(0));
        for (int j = 1; j <= n; j++) {
            b[j + 1] = VerifierArithmetic.multiply(w[j], b[j]);
        }
        a[n] = VerifierArithmetic.identity(widths.d(n));
        for (int j = n; j >= 1; j--) {
            a[j - 1] = VerifierArithmetic.multiply(a[j], w[j]);
        }
        BigInteger[][] xt = transpose(x);
        BigInteger[][] e = subtract(VerifierArithmetic.multiply(a[0], x), y);
        BigInteger[][] f = VerifierArithmetic.multiply(e, xt);
        for (int j = 1; j <= n; j++) {
            if (!zero(VerifierArithmetic.multiply(VerifierArithmetic.multiply(transpose(a[j]), f), transpose(b[j])))) {
                return false;
            }
        }
        BigInteger[][] xxt = VerifierArithmetic.multiply(x, xt);
        for (int layer = 1; layer <= n; layer++) {
            for (int r = 0; r < widths.d(layer); r++) {
                for (int c = 0; c < widths.d(layer - 1); c++) {
                    // V = E_rc in layer `layer`: dB_{j+1} = V_j B_j + W_j dB_j, dA_{j-1} = dA_j W_j + A_j V_j
                    BigInteger[][][] db = new BigInteger[n + 2][][];
                    db[1] = zeros(widths.d(0), widths.d(0));
                    for (int j = 1; j <= n; j++) {
                        BigInteger[][] next = VerifierArithmetic.multiply(w[j], db[j]);
                        if (j == layer) {
                            next = add(next, unitTimes(widths.d(j), r, c, b[j]));
                        }
                        db[j + 1] = next;
                    }
                    BigInteger[][][] da = new BigInteger[n + 1][][];
                    da[n] = zeros(widths.d(n), widths.d(n));
                    for (int j = n; j >= 1; j--) {
                        BigInteger[][] next = VerifierArithmetic.multiply(da[j], w[j]);
                        if (j == layer) {
                            next = add(next, timesUnit(a[j], widths.d(j - 1), r, c));
                        }
                        da[j - 1] = next;
                    }
                    BigInteger[][] df = VerifierArithmetic.multiply(da[0], xxt);
                    for (int j = 1; j <= n; j++) {
                        BigInteger[][] term = add(add(
                                VerifierArithmetic.multiply(VerifierArithmetic.multiply(transpose(da[j]), f), transpose(b[j])),
                                VerifierArithmetic.multiply(VerifierArithmetic.multiply(transpose(a[j]), df), transpose(b[j]))),
                                VerifierArithmetic.multiply(VerifierArithmetic.multiply(transpose(a[j]), f), transpose(db[j])));
                        if (!zero(term)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    /** {@code E_rc B} where {@code E_rc} has {@code rows} rows: row r is row c of B. */
    private static BigInteger[][] unitTimes(int rows, int r, int c, BigInteger[][] bm) {
        BigInteger[][] out = zeros(rows, bm[0].length);
        out[r] = bm[c].clone();
        return out;
    }

    /** {@code A E_rc} where {@code E_rc} has {@code cols} columns: column c is column r of A. */
    private static BigInteger[][] timesUnit(BigInteger[][] am, int cols, int r, int c) {
        BigInteger[][] out = zeros(am.length, cols);
        for (int i = 0; i < am.length; i++) {
            out[i][c] = am[i][r];
        }
        return out;
    }

    public static BigInteger[][] transpose(BigInteger[][] m) {
        return VerifierArithmetic.transpose(m);
    }

    private static BigInteger[][] add(BigInteger[][] p, BigInteger[][] q) {
        return VerifierArithmetic.add(p, q);
    }

    private static BigInteger[][] subtract(BigInteger[][] p, BigInteger[][] q) {
        return VerifierArithmetic.subtract(p, q);
    }

    private static BigInteger[][] zeros(int r, int c) {
        return VerifierArithmetic.zeros(r, c);
    }

    private static boolean zero(BigInteger[][] m) {
        return VerifierArithmetic.isZero(m);
    }
}
