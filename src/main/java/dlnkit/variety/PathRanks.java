package dlnkit.variety;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import java.util.Arrays;
import java.util.Optional;

/**
 * The ranks of all path maps of a representation of the quiver {@code 0 -> 1 -> ... -> N}:
 * {@code r(s, e) = rank W_{e:s+1}} for vertices {@code 0 <= s <= e <= N}, with {@code r(s, s) = d_s}
 * (the empty path is the identity).
 *
 * <p>They determine the orbit. In a decomposition into interval modules, {@code W_{e:s+1}} has rank
 * the number of intervals {@code [a, b]} covering {@code [s, e]} ({@code a <= s}, {@code b >= e}), so
 * {@code r} is a two-dimensional tail sum of the multiplicities and inclusion-exclusion inverts it:
 * {@code m[s][e] = r(s, e) - r(s-1, e) - r(s, e+1) + r(s-1, e+1)}, with {@code r = 0} outside
 * {@code 0 <= s <= e <= N}. A table that is not the rank table of a representation gives a negative
 * multiplicity (or a wrong dimension vector), and then no orbit.
 */
public final class PathRanks {
    private final Widths widths;
    private final int[][] r; // r[s][e], s <= e

    private PathRanks(Widths widths, int[][] r) {
        this.widths = widths;
        this.r = r;
    }

    /**
     * @param ranks {@code ranks[s][e] = rank W_{e:s+1}} for {@code s <= e}; entries with {@code e < s}
     *     are ignored; copied
     */
    public static PathRanks of(Widths widths, int[][] ranks) {
        int n = widths.depth();
        Checks.require(ranks.length == n + 1, "path ranks", (n + 1) + " rows", ranks.length);
        int[][] copy = new int[n + 1][n + 1];
        for (int s = 0; s <= n; s++) {
            Checks.require(ranks[s].length == n + 1, "path ranks row " + s, (n + 1) + " entries", ranks[s].length);
            for (int e = s; e <= n; e++) {
                Checks.require(ranks[s][e] >= 0 && ranks[s][e] <= Math.min(widths.d(s), widths.d(e)),
                        "rank of W_{" + e + ":" + (s + 1) + "}", "between 0 and " + Math.min(widths.d(s), widths.d(e)),
                        ranks[s][e]);
                copy[s][e] = ranks[s][e];
            }
            Checks.require(copy[s][s] == widths.d(s), "rank of the identity at vertex " + s, "d_" + s + " = " + widths.d(s),
                    copy[s][s]);
        }
        return new PathRanks(widths, copy);
    }

    /** The path ranks on an orbit. */
    public static PathRanks of(Orbit orbit) {
        Widths widths = orbit.widths();
        int n = widths.depth();
        int[][] r = new int[n + 1][n + 1];
        for (int s = 0; s <= n; s++) {
            for (int e = s; e <= n; e++) {
                r[s][e] = orbit.pathRank(e, s + 1);
            }
        }
        return of(widths, r);
    }

    public Widths widths() {
        return widths;
    }

    /** {@code rank W_{e:s+1}}, {@code 0 <= s <= e <= N}. */
    public int rank(int s, int e) {
        Checks.require(s >= 0 && s <= e && e <= widths.depth(), "path", "vertices 0 <= s <= e <= " + widths.depth(),
                "s = " + s + ", e = " + e);
        return r[s][e];
    }

    private int at(int s, int e) {
        return s < 0 || e > widths.depth() ? 0 : r[s][e];
    }

    /** The multiplicity of the interval {@code [s, e]} by inclusion-exclusion; may be negative for a bad table. */
    public int multiplicity(int s, int e) {
        return at(s, e) - at(s - 1, e) - at(s, e + 1) + at(s - 1, e + 1);
    }

    /** The orbit with these path ranks, or empty when the table is not that of a representation. */
    public Optional<Orbit> orbit() {
        int n = widths.depth();
        int[][] m = new int[n + 1][n + 1];
        for (int s = 0; s <= n; s++) {
            for (int e = s; e <= n; e++) {
                m[s][e] = multiplicity(s, e);
                if (m[s][e] < 0) {
                    return Optional.empty();
                }
            }
        }
        // the dimension vector holds automatically: sum of m over intervals containing t is r(t, t) = d_t
        return Optional.of(new Orbit(widths, m));
    }

    /**
     * True when every path rank here is at least the one in {@code other}. For the equioriented quiver
     * of type A this rank order is the degeneration order (Abeasis and Del Fra, 1985): the orbit of
     * {@code other} lies in the closure of this one iff {@code this.atLeast(other)}.
     */
    public boolean atLeast(PathRanks other) {
        Checks.require(other.widths.equals(widths), "path ranks", "widths " + widths, other.widths);
        for (int s = 0; s < r.length; s++) {
            for (int e = s; e < r.length; e++) {
                if (r[s][e] < other.r[s][e]) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathRanks p && p.widths.equals(widths) && Arrays.deepEquals(p.r, r);
    }

    @Override
    public int hashCode() {
        return 31 * widths.hashCode() + Arrays.deepHashCode(r);
    }

    /** {@code "rank W_{1:1}=2 rank W_{2:1}=1 ..."}: the ranks of the nonempty paths. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < r.length; s++) {
            for (int e = s + 1; e < r.length; e++) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append("rank W_{").append(e).append(':').append(s + 1).append("}=").append(r[s][e]);
            }
        }
        return sb.toString();
    }
}
