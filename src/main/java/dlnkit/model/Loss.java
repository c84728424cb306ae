package dlnkit.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The square loss {@code L(W) = ||W_{N:1} X - Y||_F^2} (no factor 1/2), its gradient, its Hessian as
 * a Hessian-vector product for any size and as a dense matrix for small sizes, and the second-order
 * form of docs/math.md section 1.
 *
 * <p>Notation: {@code E = W_{N:1} X - Y}, {@code A_j = W_{N:j+1}}, {@code B_j = W_{j-1:1}},
 * {@code F = E X^T}. Then {@code grad_{W_j} L = 2 A_j^T F B_j^T}. All prefix and suffix products are
 * computed once, so the gradient and a Hessian-vector product cost {@code O(N)} matrix products.
 */
public final class Loss {
    /** The dense Hessian is refused above this many parameters (it has that many squared entries). */
    public static final int DENSE_HESSIAN_LIMIT = 4096;

    private Loss() {
    }

    public static double value(Network w, Data data) {
        Matrix e = residual(w, data);
        return e.dot(e);
    }

    /** {@code E = W_{N:1} X - Y}. */
    public static Matrix residual(Network w, Data data) {
        data.requireFits(w.widths());
        return w.endToEnd().times(data.x()).minus(data.y());
    }

    /** The gradient {@code (grad_{W_1} L, ..., grad_{W_N} L)} as a network of the same widths. */
    public static Network gradient(Network w, Data data) {
        Products p = new Products(w);
        Matrix f = residual(w, data).times(data.x().transpose());
        List<Matrix> g = new ArrayList<>();
        for (int j = 1; j <= w.depth(); j++) {
            g.add(p.a[j].transpose().times(f).times(p.b[j].transpose()).scale(2));
        }
        return new Network(w.widths(), g);
    }

    /**
     * The Hessian-vector product {@code H(W) V}, i.e. the derivative of the gradient at {@code W} in
     * direction {@code V}, computed exactly (no finite differences) in {@code O(N)} matrix products.
     */
    public static Network hessianTimes(Network w, Data data, Network v) {
        Checks.require(w.widths().equals(v.widths()), "direction V", "widths " + w.widths(), v.widths());
        int n = w.depth();
        Products p = new Products(w);
        // dB_1 = 0, dB_{j+1} = V_j B_j + W_j dB_j ; dA_N = 0, dA_{j-1} = dA_j W_j + A_j V_j
        Matrix[] db = new Matrix[n + 2];
        db[1] = Matrix.zeros(w.widths().d(0), w.widths().d(0));
        for (int j = 1; j <= n; j++) {
            db[j + 1] = v.layer(j).times(p.b[j]).plus(w.layer(j).times(db[j]));
        }
        Matrix[] da = new Matrix[n + 1];
        da[n] = Matrix.zeros(w.widths().d(n), w.widths().d(n));
        for (int j = n; j >= 1; j--) {
            da[j - 1] = da[j].times(w.layer(j)).plus(p.a[j].times(v.layer(j)));
        }
        Matrix xt = data.x().transpose();
        Matrix f = residual(w, data).times(xt);
        Matrix df = da[0].times(data.x()).times(xt); // dE X^T with dE = dW_{N:1} X
        List<Matrix> out = new ArrayList<>();
        for (int j = 1; j <= n; j++) {
            Matrix term = da[j].transpose().times(f).times(p.b[j].transpose())
                    .plus(p.a[j].transpose().times(df).times(p.b[j].transpose()))
                    .plus(p.a[j].transpose().times(f).times(db[j].transpose()));
            out.add(term.scale(2));
        }
        return new Network(w.widths(), out);
    }

    /**
     * The dense Hessian in the flattened coordinates of {@link Network#flatten()}, column by column
     * from {@link #hessianTimes}. Refused above {@link #DENSE_HESSIAN_LIMIT} parameters.
     */
    public static double[][] denseHessian(Network w, Data data) {
        long size = w.widths().parameterCount();
        Checks.require(size <= DENSE_HESSIAN_LIMIT, "dense Hessian",
                "at most " + DENSE_HESSIAN_LIMIT + " parameters (use the Hessian-vector product)", size);
        int p = (int) size;
        double[][] h = new double[p][p];
        double[] e = new double[p];
        for (int i = 0; i < p; i++) {
            e[i] = 1;
            double[] col = hessianTimes(w, data, Network.fromFlat(w.widths(), e)).flatten();
            e[i] = 0;
            for (int r = 0; r < p; r++) {
                h[r][i] = col[r];
            }
        }
        return h;
    }

    /**
     * The coefficient of {@code s^2} in {@code L(W + sV)}, computed directly from its definition in
     * docs/math.md section 1: {@code ||P1 X||^2 + 2 <P2 X, E>} with {@code P1 = sum_j A_j V_j B_j} and
     * {@code P2 = sum_{k<j} A_j V_j W_{j-1:k+1} V_k B_k}. It equals {@code V . H V / 2}; the two are
     * computed by unrelated code, which makes them a cross-check of each other.
     */
    public static double secondOrderCoefficient(Network w, Data data, Network v) {
        int n = w.depth();
        Matrix e = residual(w, data);
        Matrix p1 = Matrix.zeros(w.widths().d(n), w.widths().d(0));
        Matrix p2 = Matrix.zeros(w.widths().d(n), w.widths().d(0));
        for (int j = 1; j <= n; j++) {
            Matrix aj = w.product(n, j + 1);
            p1 = p1.plus(aj.times(v.layer(j)).times(w.product(j - 1, 1)));
            for (int k = 1; k < j; k++) {
                p2 = p2.plus(aj.times(v.layer(j)).times(w.product(j - 1, k + 1)).times(v.layer(k))
                        .times(w.product(k - 1, 1)));
            }
        }
        Matrix p1x = p1.times(data.x());
        return p1x.dot(p1x) + 2 * p2.times(data.x()).dot(e);
    }

    /** Prefix products {@code b[j] = B_j = W_{j-1:1}} and suffix products {@code a[j] = A_j = W_{N:j+1}}. */
    private static final class Products {
        final Matrix[] a;
        final Matrix[] b;

        Products(Network w) {
            int n = w.depth();
            b = new Matrix[n + 2];
            b[1] = Matrix.identity(w.widths().d(0));
            for (int j = 1; j <= n; j++) {
                b[j + 1] = w.layer(j).times(b[j]);
            }
            a = new Matrix[n + 1];
            a[n] = Matrix.identity(w.widths().d(n));
            for (int j = n; j >= 1; j--) {
                a[j - 1] = a[j].times(w.layer(j));
            }
        }
    }
}
