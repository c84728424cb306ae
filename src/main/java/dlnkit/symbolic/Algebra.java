package dlnkit.symbolic;

import dlnkit.model.Checks;
import java.util.ArrayList;
import java.util.List;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Polynomial arithmetic by Symja within one {@link Deadline}: every result is fully expanded
 * ({@code Expand}), so an expression equals zero exactly when Symja returns the number 0. Lists are
 * sent to Symja in one evaluation each, to keep the number of bounded calls small.
 */
public final class Algebra {
    static {
        QuietLogging.apply();
    }

    private final Symja symja;
    private final Deadline deadline;

    public Algebra(Symja symja, Deadline deadline) {
        Checks.require(symja != null, "Symja evaluator", "an evaluator", "null");
        Checks.require(deadline != null, "deadline", "a time budget", "null");
        this.symja = symja;
        this.deadline = deadline;
    }

    public Deadline deadline() {
        return deadline;
    }

    /** The expanded form of {@code e}. */
    public IExpr expand(IExpr e, String step) {
        return symja.eval(F.Expand(e), deadline, step);
    }

    /** The expanded forms of {@code es}, in one evaluation. */
    public List<IExpr> expandAll(List<IExpr> es, String step) {
        if (es.isEmpty()) {
            return List.of();
        }
        IASTAppendable list = F.ListAlloc(es.size());
        for (IExpr e : es) {
            list.append(F.Expand(e));
        }
        IExpr result = symja.eval(list, deadline, step);
        return listOf(result, es.size(), step);
    }

    /** {@code a b}, expanded. */
    public PolyMatrix times(PolyMatrix a, PolyMatrix b, String step) {
        Checks.require(a.cols() == b.rows(), "matrix product", "inner sizes to agree",
                a.rows() + "x" + a.cols() + " times " + b.rows() + "x" + b.cols());
        List<IExpr> e = new ArrayList<>(a.rows() * b.cols());
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < b.cols(); j++) {
                IASTAppendable sum = F.PlusAlloc(a.cols());
                for (int k = 0; k < a.cols(); k++) {
                    sum.append(F.Times(a.get(i, k), b.get(k, j)));
                }
                e.add(sum);
            }
        }
        return new PolyMatrix(a.rows(), b.cols(), expandAll(e, step));
    }

    /** {@code a + factor * b}, expanded. */
    public PolyMatrix combine(PolyMatrix a, PolyMatrix b, IExpr factor, String step) {
        Checks.require(a.rows() == b.rows() && a.cols() == b.cols(), "matrix sum", "equal sizes",
                a.rows() + "x" + a.cols() + " and " + b.rows() + "x" + b.cols());
        List<IExpr> e = new ArrayList<>(a.entries().size());
        for (int i = 0; i < a.entries().size(); i++) {
            e.add(F.Plus(a.entries().get(i), F.Times(factor, b.entries().get(i))));
        }
        return new PolyMatrix(a.rows(), a.cols(), expandAll(e, step));
    }

    public PolyMatrix plus(PolyMatrix a, PolyMatrix b, String step) {
        return combine(a, b, F.C1, step);
    }

    public PolyMatrix minus(PolyMatrix a, PolyMatrix b, String step) {
        return combine(a, b, F.CN1, step);
    }

    /** {@code factor * a}, expanded. */
    public PolyMatrix scale(PolyMatrix a, IExpr factor, String step) {
        List<IExpr> e = new ArrayList<>(a.entries().size());
        for (IExpr x : a.entries()) {
            e.add(F.Times(factor, x));
        }
        return new PolyMatrix(a.rows(), a.cols(), expandAll(e, step));
    }

    /** The trace, expanded. */
    public IExpr trace(PolyMatrix a, String step) {
        Checks.require(a.rows() == a.cols(), "matrix", "square", a.rows() + " x " + a.cols());
        IASTAppendable sum = F.PlusAlloc(a.rows());
        for (int i = 0; i < a.rows(); i++) {
            sum.append(a.get(i, i));
        }
        return expand(sum, step);
    }

    /** The partial derivatives of {@code f} by each of {@code variables}, in one evaluation. */
    public List<IExpr> gradient(IExpr f, List<String> variables, String step) {
        IASTAppendable list = F.ListAlloc(variables.size());
        for (String v : variables) {
            list.append(F.Expand(F.D(f, Names.symbol(v))));
        }
        return listOf(symja.eval(list, deadline, step), variables.size(), step);
    }

    /** {@code e} with each named variable replaced by the given value, expanded. */
    public IExpr substitute(IExpr e, java.util.Map<String, IExpr> values, String step) {
        java.util.Map<IExpr, IExpr> rules = new java.util.HashMap<>();
        values.forEach((name, value) -> rules.put(Names.symbol(name), value));
        // replaceAll answers F.NIL when nothing was replaced
        return expand(e.replaceAll(rules).orElse(e), step);
    }

    /** Sum of squares of the entries, expanded: the squared Frobenius norm. */
    public IExpr squaredNorm(PolyMatrix a, String step) {
        IASTAppendable sum = F.PlusAlloc(a.entries().size());
        for (IExpr x : a.entries()) {
            sum.append(F.Power(x, F.C2));
        }
        return expand(sum, step);
    }

    /** The Frobenius inner product {@code <a, b> = tr(a^T b)}, expanded. */
    public IExpr dot(PolyMatrix a, PolyMatrix b, String step) {
        Checks.require(a.rows() == b.rows() && a.cols() == b.cols(), "inner product", "equal sizes",
                a.rows() + "x" + a.cols() + " and " + b.rows() + "x" + b.cols());
        IASTAppendable sum = F.PlusAlloc(a.entries().size());
        for (int i = 0; i < a.entries().size(); i++) {
            sum.append(F.Times(a.entries().get(i), b.entries().get(i)));
        }
        return expand(sum, step);
    }

    private static List<IExpr> listOf(IExpr result, int size, String step) {
        if (!result.isList() || ((IAST) result).argSize() != size) {
            throw new IllegalStateException("Symja returned " + abbreviate(result) + " for " + step
                    + " (expected a list of " + size + " polynomials)");
        }
        List<IExpr> out = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            out.add(((IAST) result).get(i));
        }
        return out;
    }

    static String abbreviate(IExpr e) {
        String s = e.toString();
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    /** The symbol of a name (convenience for callers building expressions). */
    public static ISymbol symbol(String name) {
        return Names.symbol(name);
    }
}
