package dlnkit.symbolic;

import java.util.ArrayList;
import java.util.List;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The delta map {@code Delta_t = W_{t+1}^T W_{t+1} - W_t W_t^T}, {@code t = 1..N-1} (docs/math.md section 2),
 * as matrices of polynomials, and its coordinates: the upper triangle of each {@code Delta_t}, in the
 * order of {@code dlnkit.model.DeltaMap#coordinates}, named {@code d_{t,i,j}} (see {@link Names}).
 */
public final class DeltaPolynomials {
    private DeltaPolynomials() {
    }

    /** {@code Delta_t}, expanded. */
    public static PolyMatrix delta(SymbolicNetwork w, int t, Algebra alg) {
        PolyMatrix next = w.layer(t + 1);
        PolyMatrix cur = w.layer(t);
        PolyMatrix a = alg.times(next.transpose(), next, "W_" + (t + 1) + "^T W_" + (t + 1));
        PolyMatrix b = alg.times(cur, cur.transpose(), "W_" + t + " W_" + t + "^T");
        return alg.minus(a, b, "Delta_" + t);
    }

    /** {@code (Delta_1, ..., Delta_{N-1})}. */
    public static List<PolyMatrix> deltas(SymbolicNetwork w, Algebra alg) {
        List<PolyMatrix> out = new ArrayList<>();
        for (int t = 1; t < w.depth(); t++) {
            out.add(delta(w, t, alg));
        }
        return out;
    }

    /** The coordinate polynomials: upper triangles of the {@code Delta_t}, in order. */
    public static List<IExpr> coordinates(SymbolicNetwork w, Algebra alg) {
        List<IExpr> out = new ArrayList<>();
        for (PolyMatrix d : deltas(w, alg)) {
            out.addAll(d.upperTriangle());
        }
        return out;
    }

    /** The coordinate names {@code d_{t,i,j}}, {@code i <= j}, matching {@link #coordinates}. */
    public static List<String> coordinateNames(SymbolicNetwork w) {
        List<String> out = new ArrayList<>();
        for (int t = 1; t < w.depth(); t++) {
            int d = w.widths().d(t);
            for (int i = 1; i <= d; i++) {
                for (int j = i; j <= d; j++) {
                    out.add(Names.delta(t, i, j));
                }
            }
        }
        return out;
    }
}
