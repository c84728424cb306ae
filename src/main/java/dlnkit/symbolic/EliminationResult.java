package dlnkit.symbolic;

import dlnkit.model.Checks;
import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import java.util.List;
import java.util.Locale;

/**
 * {@code dim closure(delta(V))} by elimination, with its evidence: the generators of the elimination
 * ideal {@code J = (I(V) + (d_k - delta_k(W))) ∩ Q[d]} (a Groebner basis of {@code J}), whose Krull
 * dimension is the result.
 *
 * @param variety the subvariety {@code V}
 * @param dimension the Krull dimension of {@code Q[d] / J}
 * @param target the number {@code T} of delta coordinates
 * @param groebnerBasisSize the size of the Groebner basis in the elimination order
 * @param eliminationIdeal the generators of {@code J}, in {@code Q[d]} (empty: {@code J = 0}, delta dominant on V)
 * @param millis wall time
 */
public record EliminationResult(PathZeroVariety variety, int dimension, int target, int groebnerBasisSize,
        List<GenPolynomial<BigRational>> eliminationIdeal, long millis) {
    public EliminationResult {
        Checks.require(variety != null, "variety", "a variety", "null");
        Checks.require(dimension >= 0 && dimension <= target, "dimension", "between 0 and " + target, dimension);
        eliminationIdeal = List.copyOf(eliminationIdeal);
    }

    /** One line, e.g. "dim closure(delta(V)) = 5 of T = 6 (elimination ideal: 1 generator; Groebner basis of 23 elements)". */
    public String summary() {
        return String.format(Locale.ROOT, "dim closure(delta(V)) = %d of T = %d  (elimination ideal: %s; Groebner basis of %d "
                        + "polynomials in an elimination order; %.2f s)", dimension, target,
                eliminationIdeal.isEmpty() ? "zero, so delta is dominant on V" : eliminationIdeal.size() + " generators",
                groebnerBasisSize, millis / 1000.0);
    }
}
