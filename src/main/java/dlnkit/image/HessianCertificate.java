package dlnkit.image;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import java.math.BigInteger;
import java.util.List;

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
 * @param widths the widths
 * @param m the data {@code M}, {@code d_0 x d_N}
 * @param point {@code W_1..W_N}
 * @param inner unit directions {@code (s, i, j)} with {@code 1 <= s <= N-1}
 * @param ends end directions, each {@code {xi_0, xi_N}}
 * @param stratum the stratum the point was drawn from (information only)
 * @param seed the seed
 */
public record HessianCertificate(Widths widths, List<List<BigInteger>> m, List<List<List<BigInteger>>> point,
        List<OrbitTangent.Direction> inner, List<EndDirection> ends, String stratum, long seed) {
    public static final String FORMAT = "dlnkit-hessian-certificate-1";

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
    }

    static List<List<BigInteger>> copy(List<List<BigInteger>> rows) {
        return rows.stream().map(List::copyOf).toList();
    }

    static BigInteger[][] array(List<List<BigInteger>> rows) {
        BigInteger[][] out = new BigInteger[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            out[i] = rows.get(i).toArray(new BigInteger[0]);
        }
        return out;
    }

    static List<List<BigInteger>> list(BigInteger[][] a) {
        return java.util.Arrays.stream(a).map(List::of).toList();
    }
}
