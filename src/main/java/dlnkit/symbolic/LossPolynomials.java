package dlnkit.symbolic;

import java.util.ArrayList;
import java.util.List;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The loss {@code L(W) = ||W_{N:1} X - Y||_F^2} (no factor 1/2, docs/math.md section 1) as a polynomial,
 * its gradient and Hessian by Symja's differentiation {@code D}, and the closed-form gradient
 * {@code G_j = 2 A_j^T E X^T B_j^T} by matrix algebra (an independent route to the same gradient).
 */
public final class LossPolynomials {
    private LossPolynomials() {
    }

    /** {@code E = W_{N:1} X - Y}, expanded. */
    public static PolyMatrix residual(SymbolicNetwork w, SymbolicData data, Algebra alg) {
        PolyMatrix p = data.x();
        for (int t = 1; t <= w.depth(); t++) {
            p = alg.times(w.layer(t), p, "W_{" + t + ":1} X");
        }
        return alg.minus(p, data.y(), "the residual E = W_{N:1} X - Y");
    }

    /** The loss polynomial, expanded. */
    public static IExpr loss(SymbolicNetwork w, SymbolicData data, Algebra alg) {
        return alg.squaredNorm(residual(w, data, alg), "the loss ||E||^2");
    }

    /** The partial derivatives of {@code loss} by every entry of {@code W}, in {@link SymbolicNetwork#variables()} order. */
    public static List<IExpr> gradient(IExpr loss, SymbolicNetwork w, Algebra alg) {
        List<String> vars = w.variables();
        List<IExpr> out = new ArrayList<>(vars.size());
        for (int t = 1; t <= w.depth(); t++) {
            out.addAll(alg.gradient(loss, w.layerVariables(t), "the gradient by W_" + t));
        }
        return out;
    }

    /** The gradient as one matrix {@code G_t = dL/dW_t} per layer, from {@link #gradient}. */
    public static List<PolyMatrix> gradientMatrices(List<IExpr> gradient, SymbolicNetwork w) {
        List<PolyMatrix> out = new ArrayList<>();
        int offset = 0;
        for (int t = 1; t <= w.depth(); t++) {
            int size = w.widths().layerSize(t);
            out.add(new PolyMatrix(w.widths().d(t), w.widths().d(t - 1), gradient.subList(offset, offset + size)));
            offset += size;
        }
        return out;
    }

    /** The closed form {@code G_j = 2 A_j^T E X^T B_j^T}, {@code A_j = W_{N:j+1}}, {@code B_j = W_{j-1:1}}. */
    public static List<PolyMatrix> closedFormGradient(SymbolicNetwork w, SymbolicData data, Algebra alg) {
        int n = w.depth();
        PolyMatrix f = alg.times(residual(w, data, alg), data.x().transpose(), "E X^T");
        List<PolyMatrix> out = new ArrayList<>();
        for (int j = 1; j <= n; j++) {
            PolyMatrix a = w.product(n, j + 1, alg);
            PolyMatrix b = w.product(j - 1, 1, alg);
            PolyMatrix g = alg.times(alg.times(a.transpose(), f, "A_j^T E X^T"), b.transpose(), "A_j^T E X^T B_j^T");
            out.add(alg.scale(g, F.C2, "the closed-form gradient G_" + j));
        }
        return out;
    }

    /**
     * The Hessian {@code d^2 L / dw_i dw_j}, differentiated entry by entry (upper triangle, then
     * mirrored: Symja computes each unordered pair once).
     */
    public static List<List<IExpr>> hessian(List<IExpr> gradient, SymbolicNetwork w, Algebra alg) {
        List<String> vars = w.variables();
        int p = vars.size();
        IExpr[][] h = new IExpr[p][p];
        for (int i = 0; i < p; i++) {
            List<IExpr> row = alg.gradient(gradient.get(i), vars.subList(i, p),
                    "row " + (i + 1) + " of the Hessian");
            for (int j = i; j < p; j++) {
                h[i][j] = row.get(j - i);
                h[j][i] = h[i][j];
            }
        }
        List<List<IExpr>> out = new ArrayList<>();
        for (IExpr[] row : h) {
            out.add(List.of(row));
        }
        return out;
    }
}
