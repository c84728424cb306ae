package dlnkit.symbolic;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The identities of docs/math.md sections 2 and 3, each proved for given widths by expanding the difference
 * of its two sides to the polynomial 0 with Symja, over symbolic data {@code X}, {@code Y}. The
 * gradient {@code G_j} is Symja's derivative of the loss polynomial, not a formula.
 */
public final class Identities {
    /** The names accepted by {@link #check}. */
    public static final List<String> NAMES = List.of("conservation", "gd-step", "trace", "hessian-at-zero");

    private Identities() {
    }

    /** Runs the identity called {@code name} (one of {@link #NAMES}). */
    public static IdentityCheck check(String name, Widths widths, int samples, Algebra alg) {
        return switch (name) {
            case "conservation" -> conservation(widths, samples, alg);
            case "gd-step" -> gdStep(widths, samples, alg);
            case "trace" -> trace(widths, alg);
            case "hessian-at-zero" -> hessianAtZero(widths, samples, alg);
            default -> throw Checks.failure("identity", "one of " + NAMES, name);
        };
    }

    /** {@code W_{j+1}^T G_{j+1} - G_j W_j^T = 0}: the reason gradient flow conserves delta. */
    public static IdentityCheck conservation(Widths widths, int samples, Algebra alg) {
        long t0 = System.nanoTime();
        Checks.require(widths.depth() >= 2, "widths", "depth at least 2 (delta needs two layers)", widths);
        SymbolicNetwork w = SymbolicNetwork.of(widths);
        SymbolicData data = SymbolicData.symbolic(widths, samples);
        List<PolyMatrix> g = gradient(w, data, alg);
        List<IExpr> diffs = new ArrayList<>();
        long terms = 0;
        for (int j = 1; j < widths.depth(); j++) {
            PolyMatrix left = alg.times(w.layer(j + 1).transpose(), g.get(j), "W_{j+1}^T G_{j+1}");
            PolyMatrix right = alg.times(g.get(j - 1), w.layer(j).transpose(), "G_j W_j^T");
            terms += terms(left) + terms(right);
            diffs.addAll(alg.minus(left, right, "W_{j+1}^T G_{j+1} - G_j W_j^T").entries());
        }
        return zeroCheck("conservation", "W_{j+1}^T G_{j+1} - G_j W_j^T = 0 for j = 1..N-1, G_j = dL/dW_j",
                widths, data.describe(), diffs, terms, t0);
    }

    /** One step {@code W -> W - eta G} changes {@code Delta_j} by exactly {@code eta^2 (G_{j+1}^T G_{j+1} - G_j G_j^T)}. */
    public static IdentityCheck gdStep(Widths widths, int samples, Algebra alg) {
        long t0 = System.nanoTime();
        Checks.require(widths.depth() >= 2, "widths", "depth at least 2 (delta needs two layers)", widths);
        SymbolicNetwork w = SymbolicNetwork.of(widths);
        SymbolicData data = SymbolicData.symbolic(widths, samples);
        List<PolyMatrix> g = gradient(w, data, alg);
        IExpr eta = Names.symbol(Names.ETA);
        IExpr minusEta = F.Times(F.CN1, eta);
        IExpr eta2 = F.Power(eta, F.C2);
        List<PolyMatrix> stepped = new ArrayList<>();
        for (int t = 1; t <= widths.depth(); t++) {
            stepped.add(alg.combine(w.layer(t), g.get(t - 1), minusEta, "W_t - eta G_t"));
        }
        List<IExpr> diffs = new ArrayList<>();
        long terms = 0;
        for (int j = 1; j < widths.depth(); j++) {
            PolyMatrix after = delta(stepped.get(j), stepped.get(j - 1), alg);
            PolyMatrix before = delta(w.layer(j + 1), w.layer(j), alg);
            PolyMatrix gg = delta(g.get(j), g.get(j - 1), alg); // G_{j+1}^T G_{j+1} - G_j G_j^T
            PolyMatrix change = alg.minus(after, before, "Delta_j(W - eta G) - Delta_j(W)");
            terms += terms(change) + terms(gg);
            diffs.addAll(alg.combine(change, gg, F.Times(F.CN1, eta2), "the change minus eta^2 (...)").entries());
        }
        return zeroCheck("gd-step", "Delta_j(W - eta G) - Delta_j(W) = eta^2 (G_{j+1}^T G_{j+1} - G_j G_j^T) for j = 1..N-1",
                widths, data.describe(), diffs, terms, t0);
    }

    /** {@code sum_{k=j}^{i-1} tr Delta_k = tr(W_i^T W_i) - tr(W_j W_j^T)} for all {@code 1 <= j < i <= N}. */
    public static IdentityCheck trace(Widths widths, Algebra alg) {
        long t0 = System.nanoTime();
        Checks.require(widths.depth() >= 2, "widths", "depth at least 2 (delta needs two layers)", widths);
        SymbolicNetwork w = SymbolicNetwork.of(widths);
        List<IExpr> traces = new ArrayList<>();
        for (PolyMatrix d : DeltaPolynomials.deltas(w, alg)) {
            traces.add(alg.trace(d, "tr Delta_k"));
        }
        List<IExpr> diffs = new ArrayList<>();
        long terms = 0;
        for (int j = 1; j <= widths.depth(); j++) {
            for (int i = j + 1; i <= widths.depth(); i++) {
                IASTAppendable sum = F.PlusAlloc(i - j + 2);
                for (int k = j; k < i; k++) {
                    sum.append(traces.get(k - 1));
                    terms += terms(traces.get(k - 1));
                }
                IExpr right = alg.expand(F.Subtract(alg.trace(alg.times(w.layer(i).transpose(), w.layer(i), "W_i^T W_i"), "tr W_i^T W_i"),
                        alg.trace(alg.times(w.layer(j), w.layer(j).transpose(), "W_j W_j^T"), "tr W_j W_j^T")), "the right side");
                terms += terms(right);
                diffs.add(alg.expand(F.Subtract(sum, right), "the trace identity for j=" + j + ", i=" + i));
            }
        }
        return zeroCheck("trace", "sum_{k=j}^{i-1} tr Delta_k = tr(W_i^T W_i) - tr(W_j W_j^T) for all 1 <= j < i <= N",
                widths, "none", diffs, terms, t0);
    }

    /**
     * The Hessian of the loss at {@code W = 0}: the zero form for {@code N >= 3}; for {@code N = 2} the
     * nonzero form {@code V -> -4 <V_2 V_1 X, Y>} (docs/math.md section 3), checked by expanding
     * {@code v^T H(0) v + 4 <V_2 V_1 X, Y>} to 0.
     */
    public static IdentityCheck hessianAtZero(Widths widths, int samples, Algebra alg) {
        long t0 = System.nanoTime();
        int n = widths.depth();
        Checks.require(n >= 2, "widths", "depth at least 2", widths);
        SymbolicNetwork w = SymbolicNetwork.of(widths);
        SymbolicData data = SymbolicData.symbolic(widths, samples);
        IExpr loss = LossPolynomials.loss(w, data, alg);
        List<IExpr> grad = LossPolynomials.gradient(loss, w, alg);
        List<List<IExpr>> h = LossPolynomials.hessian(grad, w, alg);
        Map<String, IExpr> zero = new HashMap<>();
        for (String v : w.variables()) {
            zero.put(v, F.C0);
        }
        List<IExpr> atZero = new ArrayList<>();
        long terms = 0;
        for (List<IExpr> row : h) {
            for (IExpr e : row) {
                terms += terms(e);
            }
            IASTAppendable list = F.ListAlloc(row.size());
            row.forEach(list::append);
            IExpr substituted = alg.substitute(list, zero, "the Hessian at W = 0");
            for (IExpr e : (IAST) substituted) {
                atZero.add(e);
            }
        }
        if (n >= 3) {
            return zeroCheck("hessian-at-zero", "the Hessian of L at W = 0 is the zero matrix (N >= 3)", widths,
                    data.describe(), atZero, terms, t0);
        }
        // N = 2: the form v^T H(0) v must equal -4 <V_2 V_1 X, Y>, which is not the zero polynomial
        SymbolicNetwork v = SymbolicNetwork.direction(widths);
        List<String> vs = v.variables();
        IASTAppendable form = F.PlusAlloc(vs.size() * vs.size());
        for (int i = 0; i < vs.size(); i++) {
            for (int j = 0; j < vs.size(); j++) {
                form.append(F.Times(Names.symbol(vs.get(i)), atZero.get(i * vs.size() + j), Names.symbol(vs.get(j))));
            }
        }
        IExpr quadratic = alg.expand(form, "v^T H(0) v");
        PolyMatrix v2v1x = alg.times(alg.times(v.layer(2), v.layer(1), "V_2 V_1"), data.x(), "V_2 V_1 X");
        IExpr expected = alg.expand(F.Times(F.ZZ(-4), alg.dot(v2v1x, data.y(), "<V_2 V_1 X, Y>")), "-4 <V_2 V_1 X, Y>");
        IExpr diff = alg.expand(F.Subtract(quadratic, expected), "v^T H(0) v + 4 <V_2 V_1 X, Y>");
        boolean nonzero = !quadratic.isZero();
        List<String> remainders = diff.isZero() ? List.of() : List.of(Algebra.abbreviate(diff));
        return new IdentityCheck("hessian-at-zero",
                "N = 2: the Hessian at W = 0 is the NONZERO form v^T H(0) v = -4 <V_2 V_1 X, Y>", widths,
                data.describe(), atZero.size() + 1, terms + terms(quadratic), remainders, nonzero && diff.isZero(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** The gradient {@code G_t = dL/dW_t} by Symja's {@code D} of the loss polynomial. */
    static List<PolyMatrix> gradient(SymbolicNetwork w, SymbolicData data, Algebra alg) {
        IExpr loss = LossPolynomials.loss(w, data, alg);
        return LossPolynomials.gradientMatrices(LossPolynomials.gradient(loss, w, alg), w);
    }

    /** {@code next^T next - cur cur^T}. */
    private static PolyMatrix delta(PolyMatrix next, PolyMatrix cur, Algebra alg) {
        return alg.minus(alg.times(next.transpose(), next, "A^T A"), alg.times(cur, cur.transpose(), "B B^T"), "A^T A - B B^T");
    }

    private static IdentityCheck zeroCheck(String name, String statement, Widths widths, String data, List<IExpr> diffs,
            long terms, long t0) {
        List<String> remainders = new ArrayList<>();
        for (IExpr d : diffs) {
            if (!d.isZero()) {
                remainders.add(Algebra.abbreviate(d));
            }
        }
        return new IdentityCheck(name, statement, widths, data, diffs.size(), terms, remainders, remainders.isEmpty(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    static long terms(PolyMatrix m) {
        long s = 0;
        for (IExpr e : m.entries()) {
            s += terms(e);
        }
        return s;
    }

    /** The number of terms of an expanded polynomial (0 for the number 0). */
    static long terms(IExpr e) {
        if (e.isZero()) {
            return 0;
        }
        return e.isPlus() ? ((IAST) e).argSize() : 1;
    }
}
