package dlnkit.symbolic;

import dlnkit.model.Checks;
import edu.jas.arith.BigRational;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.poly.TermOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The bridge from Symja expressions to JAS polynomials over {@code Q}, and JAS's variable indexing.
 *
 * <p>JAS indexes exponent vectors in reverse: variable {@code k} of the list {@code names} has
 * exponent index {@code n - 1 - k}. A block term order {@code TermOrder(o1, o2, n, split)} compares
 * exponent indices {@code [0, split)} first, i.e. the <em>last</em> {@code split} names. So an
 * elimination order for variables {@code e} keeping {@code k} lists the names as {@code k ++ e} with
 * {@code split = |e|} (checked by {@code JasTest.blockOrderEliminatesTheLastNames}).
 */
public final class Jas {
    static {
        QuietLogging.apply();
    }

    private Jas() {
    }

    /** {@code Q[names]} with the graded reverse lexicographic order. */
    public static GenPolynomialRing<BigRational> ring(List<String> names) {
        Checks.require(!names.isEmpty(), "ring variables", "at least one", names);
        return new GenPolynomialRing<>(new BigRational(), names.size(), new TermOrder(TermOrder.IGRLEX),
                names.toArray(new String[0]));
    }

    /**
     * {@code Q[kept ++ eliminated]} with a block order in which every monomial with a positive power of
     * an eliminated variable is larger than every monomial in the kept variables only (graded reverse
     * lexicographic within each block).
     */
    public static GenPolynomialRing<BigRational> eliminationRing(List<String> kept, List<String> eliminated) {
        Checks.require(!kept.isEmpty() && !eliminated.isEmpty(), "elimination ring", "both blocks non-empty",
                kept + " / " + eliminated);
        List<String> names = new ArrayList<>(kept);
        names.addAll(eliminated);
        int n = names.size();
        return new GenPolynomialRing<>(new BigRational(), n,
                new TermOrder(TermOrder.IGRLEX, TermOrder.IGRLEX, n, eliminated.size()), names.toArray(new String[0]));
    }

    /** The exponent of variable {@code k} (position in the ring's names) in {@code e}. */
    public static long exponent(ExpVector e, int k) {
        return e.getVal(e.length() - 1 - k);
    }

    /** The variable {@code name} of {@code ring} as a polynomial. */
    public static GenPolynomial<BigRational> variable(GenPolynomialRing<BigRational> ring, String name) {
        String[] vars = ring.getVars();
        for (int k = 0; k < vars.length; k++) {
            if (vars[k].equals(name)) {
                return ring.univariate(vars.length - 1 - k);
            }
        }
        throw Checks.failure("variable", "one of the ring's variables", name);
    }

    /**
     * Converts a polynomial expression of Symja (sums, products, non-negative integer powers,
     * rational numbers and symbols of the ring) to JAS. Anything else is an error, never a guess.
     */
    public static GenPolynomial<BigRational> toJas(IExpr e, GenPolynomialRing<BigRational> ring) {
        Map<String, GenPolynomial<BigRational>> vars = new HashMap<>();
        String[] names = ring.getVars();
        for (int k = 0; k < names.length; k++) {
            vars.put(names[k], ring.univariate(names.length - 1 - k));
        }
        return convert(e, ring, vars);
    }

    /** {@link #toJas} for each of {@code es}. */
    public static List<GenPolynomial<BigRational>> toJas(List<IExpr> es, GenPolynomialRing<BigRational> ring) {
        List<GenPolynomial<BigRational>> out = new ArrayList<>(es.size());
        for (IExpr e : es) {
            out.add(toJas(e, ring));
        }
        return out;
    }

    /**
     * Re-expresses {@code p} in {@code target}, whose names must include every variable that occurs in
     * {@code p} (by name).
     */
    public static GenPolynomial<BigRational> transfer(GenPolynomial<BigRational> p, GenPolynomialRing<BigRational> target) {
        String[] from = p.ring.getVars();
        String[] to = target.getVars();
        int[] map = new int[from.length];
        for (int k = 0; k < from.length; k++) {
            map[k] = -1;
            for (int l = 0; l < to.length; l++) {
                if (to[l].equals(from[k])) {
                    map[k] = l;
                }
            }
        }
        GenPolynomial<BigRational> out = target.getZERO();
        for (edu.jas.poly.Monomial<BigRational> m : p) {
            long[] exps = new long[to.length];
            for (int k = 0; k < from.length; k++) {
                long x = exponent(m.exponent(), k);
                if (x != 0) {
                    Checks.require(map[k] >= 0, "variable", "one of " + List.of(to), from[k]);
                    exps[to.length - 1 - map[k]] = x;
                }
            }
            out = out.sum(m.coefficient(), ExpVector.create(exps));
        }
        return out;
    }

    private static GenPolynomial<BigRational> convert(IExpr e, GenPolynomialRing<BigRational> ring,
            Map<String, GenPolynomial<BigRational>> vars) {
        if (e instanceof IRational q) {
            return ring.getONE().multiply(q.toBigRational());
        }
        if (e instanceof ISymbol s) {
            GenPolynomial<BigRational> v = vars.get(s.getSymbolName());
            if (v == null) {
                throw new IllegalStateException("symbol " + s + " is not a variable of the ring " + List.of(ring.getVars()));
            }
            return v;
        }
        if (e.isPlus()) {
            GenPolynomial<BigRational> sum = ring.getZERO();
            for (IExpr arg : (IAST) e) {
                sum = sum.sum(convert(arg, ring, vars));
            }
            return sum;
        }
        if (e.isTimes()) {
            GenPolynomial<BigRational> prod = ring.getONE();
            for (IExpr arg : (IAST) e) {
                prod = prod.multiply(convert(arg, ring, vars));
            }
            return prod;
        }
        if (e.isPower() && e.exponent().isInteger() && e.exponent().toIntDefault(-1) >= 0) {
            return convert(e.base(), ring, vars).power(e.exponent().toIntDefault(-1));
        }
        throw new IllegalStateException("not a polynomial with rational coefficients: " + Algebra.abbreviate(e));
    }
}
