package dlnkit.variety;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An orbit of {@code prod_{t=0..N} GL(d_t)} on parameter space, given by its decomposition into
 * interval modules: {@code m[a][b]} copies of {@code [a, b]} ({@code 0 <= a <= b <= N}), the module
 * that is one-dimensional at vertices {@code a..b} with identity maps between them. The dimension
 * vector must be the widths: {@code sum_{a <= t <= b} m[a][b] = d_t}. (A linear quiver is of finite
 * type, so every tuple decomposes so, uniquely: docs/math.md section 4.)
 */
public final class Orbit {
    private final Widths widths;
    private final int[][] m; // m[a][b], a <= b

    /** @param multiplicities {@code multiplicities[a][b]}, entries with {@code b < a} ignored; copied */
    public Orbit(Widths widths, int[][] multiplicities) {
        int n = widths.depth();
        if (multiplicities.length != n + 1) {
            throw Checks.failure("multiplicities", (n + 1) + " rows", multiplicities.length);
        }
        this.widths = widths;
        this.m = new int[n + 1][n + 1];
        for (int a = 0; a <= n; a++) {
            for (int b = a; b <= n; b++) {
                if (multiplicities[a][b] < 0) { // messages are built only on failure: this constructor is hot
                    throw Checks.failure("multiplicity of [" + a + "," + b + "]", "non-negative", multiplicities[a][b]);
                }
                m[a][b] = multiplicities[a][b];
            }
        }
        for (int t = 0; t <= n; t++) {
            int sum = 0;
            for (int a = 0; a <= t; a++) {
                for (int b = t; b <= n; b++) {
                    sum += m[a][b];
                }
            }
            if (sum != widths.d(t)) {
                throw Checks.failure("orbit dimension vector at vertex " + t, "d_" + t + " = " + widths.d(t), sum);
            }
        }
    }

    /** An orbit from a table the enumeration built (valid by construction): copied, not checked. */
    static Orbit fromValidTable(Widths widths, int[][] multiplicities) {
        return new Orbit(widths, multiplicities, true);
    }

    private Orbit(Widths widths, int[][] multiplicities, boolean valid) {
        int n = widths.depth();
        this.widths = widths;
        this.m = new int[n + 1][];
        for (int a = 0; a <= n; a++) {
            this.m[a] = multiplicities[a].clone();
        }
    }

    /**
     * A random orbit: vertex by vertex, each open interval continues with probability {@code keep}, and new
     * intervals start to make up the width. Small {@code keep} gives zero and rank-deficient layers.
     */
    public static Orbit random(Widths widths, double keep, java.util.Random rng) {
        return random(widths, ZeroConditions.none(widths.depth()), keep, rng);
    }

    /** As {@link #random(Widths, double, java.util.Random)}, inside {@code v}: an interval continues only where {@code v} allows it. */
    public static Orbit random(Widths widths, ZeroConditions v, double keep, java.util.Random rng) {
        int n = widths.depth();
        int[][] m = new int[n + 1][n + 1];
        int[] open = new int[n + 1];
        open[0] = widths.d(0);
        for (int t = 1; t <= n + 1; t++) {
            int room = t <= n ? widths.d(t) : 0;
            int[] cont = new int[n + 1];
            for (int a = 0; a < t; a++) {
                boolean allowed = t <= n && v.deadline(a) >= t;
                for (int k = 0; k < open[a]; k++) {
                    if (allowed && room > 0 && rng.nextDouble() < keep) {
                        cont[a]++;
                        room--;
                    }
                }
                m[a][t - 1] += open[a] - cont[a];
            }
            if (t <= n) {
                cont[t] = room;
            }
            open = cont;
        }
        return new Orbit(widths, m);
    }

    /** The orbit of {@code W = 0}: one-vertex intervals only. */
    public static Orbit zero(Widths widths) {
        int n = widths.depth();
        int[][] m = new int[n + 1][n + 1];
        for (int t = 0; t <= n; t++) {
            m[t][t] = widths.d(t);
        }
        return new Orbit(widths, m);
    }

    public Widths widths() {
        return widths;
    }

    public int multiplicity(int a, int b) {
        return m[a][b];
    }

    /** {@code rank W_{top:bottom}} on this orbit: the intervals covering {@code [bottom - 1, top]}. */
    public int pathRank(int top, int bottom) {
        int rank = 0;
        for (int a = 0; a <= bottom - 1; a++) {
            for (int b = top; b < m.length; b++) {
                rank += m[a][b];
            }
        }
        return rank;
    }

    /** {@code dim Hom([a,b],[c,d]) = 1} iff {@code c <= a <= d <= b}, else 0. */
    static int hom(int a, int b, int c, int d) {
        return c <= a && a <= d && d <= b ? 1 : 0;
    }

    /** The orbit's dimension: {@code sum_t d_t^2 - dim End(M)}, {@code dim End(M) = sum m_I m_J dim Hom(I, J)}. */
    public long dimension() {
        long group = 0;
        for (int t = 0; t <= widths.depth(); t++) {
            group += (long) widths.d(t) * widths.d(t);
        }
        long end = 0;
        int n = m.length;
        for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
                if (m[a][b] == 0) {
                    continue;
                }
                for (int c = 0; c < n; c++) {
                    for (int d = c; d < n; d++) {
                        if (m[c][d] != 0) {
                            end += (long) m[a][b] * m[c][d] * hom(a, b, c, d);
                        }
                    }
                }
            }
        }
        return group - end;
    }

    /** True when every interval of the orbit is allowed by the conditions, i.e. the orbit lies in {@code V}. */
    public boolean liesIn(ZeroConditions v) {
        for (int a = 0; a < m.length; a++) {
            for (int b = a; b < m.length; b++) {
                if (m[a][b] > 0 && b > v.deadline(a)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The normal form {@code N_t} ({@code d_t x d_{t-1}}, entries 0 or 1) of layer {@code t}: the basis
     * at vertex {@code v} lists the copies of the intervals containing {@code v}, ordered by start, end
     * and copy; {@code N_t} sends each basis vector at {@code t-1} whose interval continues to {@code t}
     * to the same vector at {@code t}, the others to 0.
     */
    public int[][] normalForm(int t) {
        Checks.require(t >= 1 && t <= widths.depth(), "layer", "between 1 and " + widths.depth(), t);
        List<int[]> from = basis(t - 1);
        List<int[]> to = basis(t);
        int[][] nf = new int[to.size()][from.size()];
        for (int j = 0; j < from.size(); j++) {
            for (int i = 0; i < to.size(); i++) {
                if (Arrays.equals(from.get(j), to.get(i))) {
                    nf[i][j] = 1;
                }
            }
        }
        return nf;
    }

    /** Basis at vertex {@code v}: triples (start, end, copy) of the intervals containing it, in the normal form's order. */
    public List<int[]> basis(int v) {
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a <= v; a++) {
            for (int b = v; b < m.length; b++) {
                for (int k = 0; k < m[a][b]; k++) {
                    out.add(new int[] {a, b, k});
                }
            }
        }
        return out;
    }

    /** Lexicographic comparison of the multiplicity tables (same widths assumed): a canonical order for symmetry reduction. */
    public int compareTo(Orbit other) {
        for (int a = 0; a < m.length; a++) {
            int c = java.util.Arrays.compare(m[a], other.m[a]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * {@code reversed().compareTo(this)}, without building the reversed orbit (the strata enumeration asks this for
     * every orbit). The reversed table is {@code r[a][b] = m[N - b][N - a]}.
     */
    public int compareReversedToThis() {
        int n = m.length - 1;
        for (int a = 0; a <= n; a++) {
            for (int b = 0; b <= n; b++) {
                int r = b >= a ? m[n - b][n - a] : 0;
                int c = Integer.compare(r, m[a][b]);
                if (c != 0) {
                    return c;
                }
            }
        }
        return 0;
    }

    /** The orbit of the reversed network: {@code [a, b] -> [N - b, N - a]}. */
    public Orbit reversed() {
        int n = widths.depth();
        int[][] r = new int[n + 1][n + 1];
        for (int a = 0; a <= n; a++) {
            for (int b = a; b <= n; b++) {
                r[n - b][n - a] = m[a][b];
            }
        }
        return new Orbit(widths.reversed(), r);
    }

    /** {@code "[0,3]x1 [1,1]x1 ..."}: the intervals with positive multiplicity, by start then end. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int a = 0; a < m.length; a++) {
            for (int b = a; b < m.length; b++) {
                if (m[a][b] > 0) {
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append('[').append(a).append(',').append(b).append("]x").append(m[a][b]);
                }
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Orbit other && other.widths.equals(widths) && Arrays.deepEquals(other.m, m);
    }

    @Override
    public int hashCode() {
        return 31 * widths.hashCode() + Arrays.deepHashCode(m);
    }
}
