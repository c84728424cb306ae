package dlnkit.hessian;

import dlnkit.exact.IntegerMatrix;

import dlnkit.model.Widths;
import java.math.BigInteger;

/**
 * The gradient and Hessian-vector products of {@code L(W) = ||W_{N:1} X - Y||_F^2} in exact integer
 * arithmetic, from the formulas of docs/math.md section 1 ({@code grad_{W_j} L = 2 A_j^T E X^T B_j^T} and its
 * derivative). Used by certificate verifiers to check "critical point with vanishing Hessian" from the
 * definition of the loss, without the cyclic pair rule. Layers are {@code w[1..N]}. It uses only the exact
 * products and sums of {@link IntegerMatrix}, never the builders' modular routines.
 */
public final class ExactLoss {
    private ExactLoss() {
    }

    /** True when the gradient and every Hessian-vector product along unit directions vanish exactly. */
    public static boolean gradientAndHessianVanish(Widths widths, BigInteger[][][] w, BigInteger[][] x, BigInteger[][] y) {
        int n = widths.depth();
        BigInteger[][][] a = new BigInteger[n + 1][][];
        BigInteger[][][] b = new BigInteger[n + 2][][];
        b[1] = IntegerMatrix.identity(widths.d(0));
        for (int j = 1; j <= n; j++) {
            b[j + 1] = IntegerMatrix.multiply(w[j], b[j]);
        }
        a[n] = IntegerMatrix.identity(widths.d(n));
        for (int j = n; j >= 1; j--) {
            a[j - 1] = IntegerMatrix.multiply(a[j], w[j]);
        }
        BigInteger[][] xt = IntegerMatrix.transpose(x);
        BigInteger[][] e = IntegerMatrix.subtract(IntegerMatrix.multiply(a[0], x), y);
        BigInteger[][] f = IntegerMatrix.multiply(e, xt);
        for (int j = 1; j <= n; j++) {
            if (!zero(IntegerMatrix.multiply(IntegerMatrix.multiply(IntegerMatrix.transpose(a[j]), f), IntegerMatrix.transpose(b[j])))) {
                return false;
            }
        }
        BigInteger[][] xxt = IntegerMatrix.multiply(x, xt);
        for (int layer = 1; layer <= n; layer++) {
            for (int r = 0; r < widths.d(layer); r++) {
                for (int c = 0; c < widths.d(layer - 1); c++) {
                    // V = E_rc in layer `layer`: dB_{j+1} = V_j B_j + W_j dB_j, dA_{j-1} = dA_j W_j + A_j V_j
                    BigInteger[][][] db = new BigInteger[n + 2][][];
                    db[1] = IntegerMatrix.zeros(widths.d(0), widths.d(0));
                    for (int j = 1; j <= n; j++) {
                        BigInteger[][] next = IntegerMatrix.multiply(w[j], db[j]);
                        if (j == layer) {
                            next = IntegerMatrix.add(next, unitTimes(widths.d(j), r, c, b[j]));
                        }
                        db[j + 1] = next;
                    }
                    BigInteger[][][] da = new BigInteger[n + 1][][];
                    da[n] = IntegerMatrix.zeros(widths.d(n), widths.d(n));
                    for (int j = n; j >= 1; j--) {
                        BigInteger[][] next = IntegerMatrix.multiply(da[j], w[j]);
                        if (j == layer) {
                            next = IntegerMatrix.add(next, timesUnit(a[j], widths.d(j - 1), r, c));
                        }
                        da[j - 1] = next;
                    }
                    BigInteger[][] df = IntegerMatrix.multiply(da[0], xxt);
                    for (int j = 1; j <= n; j++) {
                        BigInteger[][] term = IntegerMatrix.add(IntegerMatrix.add(
                                IntegerMatrix.multiply(IntegerMatrix.multiply(IntegerMatrix.transpose(da[j]), f), IntegerMatrix.transpose(b[j])),
                                IntegerMatrix.multiply(IntegerMatrix.multiply(IntegerMatrix.transpose(a[j]), df), IntegerMatrix.transpose(b[j]))),
                                IntegerMatrix.multiply(IntegerMatrix.multiply(IntegerMatrix.transpose(a[j]), f), IntegerMatrix.transpose(db[j])));
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
        BigInteger[][] out = IntegerMatrix.zeros(rows, bm[0].length);
        out[r] = bm[c].clone();
        return out;
    }

    /** {@code A E_rc} where {@code E_rc} has {@code cols} columns: column c is column r of A. */
    private static BigInteger[][] timesUnit(BigInteger[][] am, int cols, int r, int c) {
        BigInteger[][] out = IntegerMatrix.zeros(am.length, cols);
        for (int i = 0; i < am.length; i++) {
            out[i][c] = am[i][r];
        }
        return out;
    }

    private static boolean zero(BigInteger[][] m) {
        return IntegerMatrix.isZero(m);
    }
}
