package dlnkit.certificate;

import dlnkit.image.OrbitTangent;
import dlnkit.image.UpperBound;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * A certificate that the main conjecture fails for the given widths: data {@code M = X Y^T} (an integer
 * matrix of full rank), an integer point {@code W} of {@code A_H} for that data, and {@code T} directions in
 * the Lie algebra of {@code G_M = {g : g_0^{-1} M g_N = M}}: unit directions {@code E_ij} at inner vertices
 * {@code 1..N-1}, and end directions {@code (xi_0, xi_N)} with {@code xi_0 M = M xi_N}. {@code G_M} preserves
 * {@code A_H} (every arc of the cyclic pair rule is multiplied by invertible matrices), so
 * {@code g -> g.W} maps {@code G_M} into {@code A_H}; if {@code d delta} along the directions has rank
 * {@code T}, {@code delta(A_H)} has nonempty interior: {@code dim closure(delta(A_H)) = T}, which is at least
 * {@code dim closure(im delta)}. Any full-rank {@code M} is {@code X Y^T} for some {@code X} of full row rank
 * (e.g. {@code X = [I 0]}, {@code Y^T = [M; 0]}).
 *
 * <p>When {@code dim closure(im delta) < T}, rank {@code T} is impossible; then the certificate carries the data of
 * the proven upper bound {@code U >= dim closure(im delta)} ({@link UpperBound}) and {@code U} directions along which
 * {@code d delta} has rank {@code U}: {@code dim closure(delta(A_H)) >= U >= dim closure(im delta)}, so the conjecture
 * fails all the same. The verifier recomputes {@code U} from the widths with its own routine.
 *
 * @param widths the widths
 * @param m the data {@code M}, {@code d_0 x d_N}
 * @param point {@code W_1..W_N}
 * @param inner unit directions {@code (s, i, j)} with {@code 1 <= s <= N-1}
 * @param ends end directions, each {@code {xi_0, xi_N}}
 * @param stratum the stratum the point was drawn from (information only)
 * @param seed the seed
 * @param upperBound the claimed upper bound's data when the rank to reach is {@code U < T}; empty when it is {@code T}
 */
public record HessianCertificate(Widths widths, List<List<BigInteger>> m, List<List<List<BigInteger>>> point,
        List<OrbitTangent.Direction> inner, List<EndDirection> ends, String stratum, long seed,
        Optional<BoundData> upperBound) {
    public static final String FORMAT = "dlnkit-hessian-certificate-1";

    /**
     * The upper bound as written in the certificate (claimed, not trusted): the value {@code U} and the deficits
     * {@code u_1, ..., u_{N-1}}, {@code u_t = max(0, d_t - d_{t-1} - d_{t+1})}.
     */
    public record BoundData(long value, List<Integer> deficits) {
        public BoundData {
            deficits = List.copyOf(deficits);
        }

        public static BoundData of(UpperBound b) {
            return new BoundData(b.value(), b.deficits());
        }
    }

    /** A certificate reaching rank {@code T} (no upper bound needed). */
    public HessianCertificate(Widths widths, List<List<BigInteger>> m, List<List<List<BigInteger>>> point,
            List<OrbitTangent.Direction> inner, List<EndDirection> ends, String stratum, long seed) {
        this(widths, m, point, inner, ends, stratum, seed, Optional.empty());
    }

    /** The rank the directions must reach: {@code U} when the bound is given, else {@code T}. */
    public long requiredRank() {
        return upperBound.map(BoundData::value).orElse(widths.targetDimension());
    }

    /** {@code (xi_0, xi_N)}, integer matrices. */
    public record EndDirection(List<List<BigInteger>> xi0, List<List<BigInteger>> xiN) {
        public EndDirection {
            xi0 = copy(xi0);
            xiN = copy(xiN);
        }
    }

    public HessianCertificate {
        Checks.require(point.size() == widths.depth(), "certificate point", widths.depth() + " layers", point.size());
        m = copy(m);
        point = Certificate.deepCopy(point);
        inner = List.copyOf(inner);
        ends = List.copyOf(ends);
        Checks.require(upperBound != null, "certificate upper bound", "present or empty", "null");
    }

    static List<List<BigInteger>> copy(List<List<BigInteger>> rows) {
        return rows.stream().map(List::copyOf).toList();
    }

    /** The rows of a certificate's JSON matrix as an integer matrix. */
    public static BigInteger[][] array(List<List<BigInteger>> rows) {
        BigInteger[][] out = new BigInteger[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            out[i] = rows.get(i).toArray(new BigInteger[0]);
        }
        return out;
    }

    /** An integer matrix as the rows of a certificate's JSON matrix. */
    public static List<List<BigInteger>> list(BigInteger[][] a) {
        return java.util.Arrays.stream(a).map(List::of).toList();
    }
}
