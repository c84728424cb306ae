package dlnkit.symbolic;

import dlnkit.model.Checks;
import edu.jas.application.Ideal;
import edu.jas.arith.BigRational;
import edu.jas.gbufd.GroebnerBaseWalk;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.poly.Monomial;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * {@code dim closure(delta(V))} for a path-zero subvariety {@code V} by elimination: a Groebner basis
 * (JAS, Groebner walk) of {@code I(V) + (d_k - delta_k(W))} in {@code Q[d, W]} under a block
 * order that eliminates {@code W}; its elements free of {@code W} form a Groebner basis of the
 * elimination ideal {@code J}, the ideal of {@code closure(delta(V))} (up to radical), and the Krull
 * dimension of {@code Q[d]/J} is the answer. Symja's {@code Eliminate} is not used: it is not based on
 * Groebner bases.
 *
 * <p>Both the basis and the dimension run within the {@link Deadline} of the {@link Algebra}.
 */
public final class EliminationDimension {
    /** The largest parameter count accepted. */
    public static final int MAX_PARAMETERS = 16;
    /** The largest number of delta coordinates accepted. */
    public static final int MAX_TARGET = 12;

    private EliminationDimension() {
    }

    public static EliminationResult compute(PathZeroVariety variety, Symja symja, Algebra alg) {
        long t0 = System.nanoTime();
        Checks.require(variety.widths().depth() >= 2, "widths", "depth at least 2 (delta needs two layers)", variety.widths());
        Checks.require(variety.widths().parameterCount() <= MAX_PARAMETERS, "widths",
                "at most " + MAX_PARAMETERS + " parameters for elimination", variety.widths().parameterCount());
        Checks.require(variety.widths().targetDimension() <= MAX_TARGET, "widths",
                "at most " + MAX_TARGET + " delta coordinates for elimination", variety.widths().targetDimension());
        SymbolicNetwork w = SymbolicNetwork.of(variety.widths());
        List<String> dNames = DeltaPolynomials.coordinateNames(w);
        List<IExpr> coords = DeltaPolynomials.coordinates(w, alg);
        List<IExpr> equations = variety.equations(alg);
        // a layer that must vanish is substituted, not eliminated: fewer variables, same ideal
        Map<String, IExpr> zero = new HashMap<>();
        for (dlnkit.variety.PathCondition p : variety.paths()) {
            if (p.top() == p.bottom()) {
                w.layerVariables(p.top()).forEach(v -> zero.put(v, F.C0));
            }
        }
        List<String> wNames = new ArrayList<>(w.variables());
        if (!zero.isEmpty()) {
            wNames.removeAll(zero.keySet());
            coords = substituteAll(coords, zero, alg);
            equations = substituteAll(equations, zero, alg).stream().filter(e -> !e.isZero()).toList();
        }
        if (wNames.isEmpty()) {
            // V is the origin: its image is the point 0
            return new EliminationResult(variety, 0, dNames.size(), 0, List.of(), (System.nanoTime() - t0) / 1_000_000);
        }

        GenPolynomialRing<BigRational> ring = Jas.eliminationRing(dNames, wNames);
        List<GenPolynomial<BigRational>> gens = new ArrayList<>(Jas.toJas(equations, ring));
        for (int k = 0; k < dNames.size(); k++) {
            gens.add(Jas.variable(ring, dNames.get(k)).subtract(Jas.toJas(coords.get(k), ring)));
        }
        List<GenPolynomial<BigRational>> gb = symja.run(() -> groebnerBasis(gens),
                alg.deadline(), "a Groebner basis eliminating W for V = {" + variety.describe() + "}");

        GenPolynomialRing<BigRational> small = Jas.ring(dNames);
        List<GenPolynomial<BigRational>> elimination = new ArrayList<>();
        int wCount = wNames.size();
        for (GenPolynomial<BigRational> g : gb) {
            if (freeOf(g, dNames.size(), wCount)) {
                elimination.add(Jas.transfer(g, small));
            }
        }
        int dimension;
        if (elimination.isEmpty()) {
            dimension = dNames.size();
        } else {
            dimension = symja.run(() -> new Ideal<>(small, elimination).dimension().d, alg.deadline(),
                    "the Krull dimension of the elimination ideal");
        }
        return new EliminationResult(variety, dimension, dNames.size(), gb.size(), elimination,
                (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * A Groebner basis in the term order of the polynomials' ring, by JAS's Groebner walk: a basis for
     * the graded reverse lexicographic order first, then walked to the target order. (On the tiny cases
     * here the walk was 2 to 50 times faster than a direct Buchberger run in the block order, which
     * did not finish {@code V = {W3W2 = 0, W1 = 0}} for widths 2,2,2,2 in a minute.)
     */
    static List<GenPolynomial<BigRational>> groebnerBasis(List<GenPolynomial<BigRational>> gens) {
        return new GroebnerBaseWalk<BigRational>().GB(gens);
    }

    private static List<IExpr> substituteAll(List<IExpr> es, Map<String, IExpr> values, Algebra alg) {
        List<IExpr> out = new ArrayList<>(es.size());
        for (IExpr e : es) {
            out.add(alg.substitute(e, values, "the substitution of the zero layers"));
        }
        return out;
    }

    /** True when no term of {@code g} involves the variables at positions {@code [from, from + count)}. */
    private static boolean freeOf(GenPolynomial<BigRational> g, int from, int count) {
        for (Monomial<BigRational> m : g) {
            for (int k = from; k < from + count; k++) {
                if (Jas.exponent(m.exponent(), k) != 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
