package dlnkit.certificate;

import dlnkit.image.OrbitTangent;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A certificate that delta restricted to a path-zero subvariety {@code V} is dominant.
 *
 * <p>Contents: an integer point {@code W} of {@code V} (the conditions hold exactly) and {@code T}
 * group directions {@code (s, i, j)}, each standing for the tangent vector
 * {@code V_s = E_ij W_s}, {@code V_{s+1} = -W_{s+1} E_ij}. The claim it proves: the {@code T x T}
 * integer matrix whose columns are {@code d delta(W)[V]} is nonsingular (checked mod p: a nonzero
 * determinant mod p is a nonzero integer). Why that proves dominance: {@code V} is stable under
 * {@code prod GL(d_t)}, so {@code g -> g.W} maps the group into {@code V}; its composite with delta has a
 * differential of rank {@code T} at the identity, hence an image with nonempty interior. See
 * {@code proofs-notes/02-orbits-and-certificates.md}.
 *
 * @param widths the widths
 * @param zero the conditions, canonical text ({@code "W4W3W2, W1"})
 * @param point the layers {@code W_1..W_N} as integer matrices
 * @param directions the {@code T} directions
 * @param orbit the orbit the point was drawn from (information only; the check does not use it)
 * @param seed the seed of the search that produced it
 */
public record Certificate(Widths widths, String zero, List<List<List<BigInteger>>> point,
        List<OrbitTangent.Direction> directions, String orbit, long seed) {
    public static final String FORMAT = "dlnkit-dominance-certificate-1";

    public Certificate {
        Checks.require(point.size() == widths.depth(), "certificate point", widths.depth() + " layers", point.size());
        point = deepCopy(point);
        directions = List.copyOf(directions);
    }

    static List<List<List<BigInteger>>> deepCopy(List<List<List<BigInteger>>> p) {
        List<List<List<BigInteger>>> out = new ArrayList<>();
        for (List<List<BigInteger>> layer : p) {
            List<List<BigInteger>> rows = new ArrayList<>();
            for (List<BigInteger> row : layer) {
                rows.add(List.copyOf(row));
            }
            out.add(List.copyOf(rows));
        }
        return List.copyOf(out);
    }

    /** Layer {@code t} (1-based) as an array. */
    public BigInteger[][] layer(int t) {
        List<List<BigInteger>> rows = point.get(t - 1);
        BigInteger[][] out = new BigInteger[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            out[i] = rows.get(i).toArray(new BigInteger[0]);
        }
        return out;
    }

    /** Integer layers as the nested lists of a certificate's JSON point. */
    public static List<List<List<BigInteger>>> fromArrays(BigInteger[][][] w) {
        List<List<List<BigInteger>>> out = new ArrayList<>();
        for (BigInteger[][] layer : w) {
            List<List<BigInteger>> rows = new ArrayList<>();
            for (BigInteger[] row : layer) {
                rows.add(List.of(row));
            }
            out.add(rows);
        }
        return out;
    }
}
