package dlnkit.hessian;

import dlnkit.exact.IntegerMatrix;
import dlnkit.image.OrbitPoints;

import dlnkit.model.Widths;
import dlnkit.hessian.AllDataHessianVariety;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The definition of {@code A_H^all} decided exactly at an integer point, without the three-blocks theorem.
 *
 * <p>Why a finite family of data decides "for every data": {@code L(W) = tr(P S P^T) - 2 tr(P Q^T) + ||Y||^2} with
 * {@code P = W_{N:1}}, {@code S = X X^T}, {@code Q = Y X^T}. The last term does not depend on {@code W}, so the
 * gradient and the Hessian at {@code W} are linear in {@code (S, Q)}. They vanish for all data iff they vanish on a
 * family of data whose pairs {@code (S, Q)} span {@code Sym(d_0) x R^{d_N x d_0}}: one sample {@code x} in
 * {@code {e_i, e_i + e_j}} with {@code y} in {@code {0, e_k}} gives {@code (x x^T, 0)} (spanning the symmetric
 * matrices) and {@code (x x^T, e_k x^T)} (the difference spans the rest). See proofs-notes/11-all-data-notion.md.
 */
public final class AllDataLoss {
    private AllDataLoss() {
    }

    /** One data set: {@code X} ({@code d_0 x m}) and {@code Y} ({@code d_N x m}). */
    public record Data(BigInteger[][] x, BigInteger[][] y) {
    }

    /** The spanning family: {@code d_0 (d_0 + 1) / 2 * (d_N + 1)} one-sample data sets. */
    public static List<Data> spanningFamily(Widths widths) {
        int d0 = widths.d(0);
        int dn = widths.d(widths.depth());
        List<Data> out = new ArrayList<>();
        for (int i = 0; i < d0; i++) {
            for (int j = i; j < d0; j++) {
                BigInteger[][] x = IntegerMatrix.zeros(d0, 1);
                x[i][0] = BigInteger.ONE;
                x[j][0] = BigInteger.ONE;
                for (int k = -1; k < dn; k++) {
                    BigInteger[][] y = IntegerMatrix.zeros(dn, 1);
                    if (k >= 0) {
                        y[k][0] = BigInteger.ONE;
                    }
                    out.add(new Data(x, y));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Random integer data with {@code samples} samples, entries uniform in {@code [-bound, bound]}. */
    public static Data randomData(Widths widths, int samples, int bound, SplittableRandom rng) {
        BigInteger[][] x = new BigInteger[widths.d(0)][samples];
        BigInteger[][] y = new BigInteger[widths.d(widths.depth())][samples];
        for (BigInteger[][] m : new BigInteger[][][] {x, y}) {
            for (BigInteger[] row : m) {
                for (int c = 0; c < samples; c++) {
                    row[c] = BigInteger.valueOf(rng.nextInt(2 * bound + 1) - bound);
                }
            }
        }
        return new Data(x, y);
    }

    /**
     * True when the gradient and the Hessian of the loss vanish at {@code w} (layers {@code w[1..N]}) for every data:
     * exactly, on the spanning family.
     */
    public static boolean vanishForAllData(Widths widths, BigInteger[][][] w) {
        for (Data d : spanningFamily(widths)) {
            if (!ExactLoss.gradientAndHessianVanish(widths, w, d.x(), d.y())) {
                return false;
            }
        }
        return true;
    }

    /** True when the gradient and the Hessian vanish exactly at {@code w} for each of the given data. */
    public static boolean vanishFor(Widths widths, BigInteger[][][] w, List<Data> data) {
        for (Data d : data) {
            if (!ExactLoss.gradientAndHessianVanish(widths, w, d.x(), d.y())) {
                return false;
            }
        }
        return true;
    }

    /** The three-blocks rule at an integer point ({@code w[1..N]}), products computed exactly. */
    public static AllDataHessianVariety.Membership rule(Widths widths, BigInteger[][][] w) {
        int n = widths.depth();
        return AllDataHessianVariety.cut(n, (top, bottom) -> {
            BigInteger[][] p = w[bottom];
            for (int t = bottom + 1; t <= top; t++) {
                p = IntegerMatrix.multiply(w[t], p);
            }
            return IntegerMatrix.isZero(p);
        });
    }

    /** Shifts layers {@code 1..N} of a 0-based array (as {@link OrbitPoints#integer} returns) to 1-based. */
    public static BigInteger[][][] oneBased(BigInteger[][][] layers) {
        BigInteger[][][] w = new BigInteger[layers.length + 1][][];
        System.arraycopy(layers, 0, w, 1, layers.length);
        return w;
    }
}
