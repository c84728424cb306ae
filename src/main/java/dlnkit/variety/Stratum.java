package dlnkit.variety;

import dlnkit.model.Widths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A stratum of the vanishing-Hessian variety {@code A_H}: the points of one orbit {@code O} that lie in
 * {@code A_H} (docs/math.md section 4). Write a point of {@code O} as {@code W_t = g_t N_t g_{t-1}^{-1}} and
 * {@code C = g_0^{-1} M g_N} ({@code d_0 x d_N}, full rank since {@code M} is). By the cyclic pair rule the
 * point is in {@code A_H} iff
 * <ul>
 *   <li>every pair {@code {W_j, M}} has {@code W_{j-1:1} = 0} or {@code W_{N:j+1} = 0} on {@code O} (a
 *       condition on the orbit alone), and</li>
 *   <li>every pair {@code {W_k, W_j}} whose inner path {@code W_{j-1:k+1}} is nonzero on {@code O} has
 *       {@code N_{k-1:1} C N_{N:j+1} = 0}: {@code C} vanishes on the block of rows {@code [0, b]} with
 *       {@code b >= k - 1} and columns {@code [a, N]} with {@code a <= j} (normal-form coordinates at
 *       vertices 0 and N).</li>
 * </ul>
 * So {@code A_H} meets {@code O} in the set of {@code g} whose {@code C} has the zero pattern {@link #zeros}
 * and full rank: empty unless a full-rank matrix with that pattern exists (a bipartite matching of size
 * {@code min(d_0, d_N)} on the allowed cells), irreducible otherwise.
 *
 * @param orbit the orbit
 * @param zeros {@code zeros[r][c]}: entry {@code (r, c)} of {@code C} must vanish; rows index the basis at
 *     vertex 0, columns the basis at vertex N ({@link Orbit#basis})
 */
public record Stratum(Orbit orbit, boolean[][] zeros) {

    public Stratum {
        boolean[][] copy = new boolean[zeros.length][];
        for (int i = 0; i < zeros.length; i++) {
            copy[i] = zeros[i].clone();
        }
        zeros = copy;
    }

    /** A copy of the zero pattern. */
    @Override
    public boolean[][] zeros() {
        boolean[][] copy = new boolean[zeros.length][];
        for (int i = 0; i < zeros.length; i++) {
            copy[i] = zeros[i].clone();
        }
        return copy;
    }

    public boolean isZero(int r, int c) {
        return zeros[r][c];
    }

    /** The number of entries of {@code C} forced to vanish. */
    public int zeroCount() {
        int n = 0;
        for (boolean[] row : zeros) {
            for (boolean z : row) {
                n += z ? 1 : 0;
            }
        }
        return n;
    }

    /**
     * The dimension of the stratum for generic data, {@code dim O - |Z|}; a proven upper bound on the rank of
     * delta along it at every point with {@code C} of full rank (proofs-notes/08-largest-first-strata.md), hence on
     * {@code dim closure(delta(A_H ∩ O))}.
     */
    public long dimension() {
        return orbit.dimension() - zeroCount();
    }

    /**
     * The stratum of {@code A_H} in this orbit, or empty when the orbit misses {@code A_H}: because a pair
     * {@code {W_j, M}} fails, or because no full-rank {@code C} has the required zeros.
     */
    public static Optional<Stratum> of(Orbit orbit) {
        Widths w = orbit.widths();
        int n = w.depth();
        if (!satisfiesPairsWithM(orbit)) {
            return Optional.empty();
        }
        List<int[]> rows = orbit.basis(0);
        List<int[]> cols = orbit.basis(n);
        boolean[][] zeros = new boolean[rows.size()][cols.size()];
        for (int k = 1; k <= n; k++) {
            for (int j = k + 1; j <= n; j++) {
                boolean innerNonzero = j == k + 1 || orbit.pathRank(j - 1, k + 1) > 0;
                if (!innerNonzero) {
                    continue;
                }
                for (int r = 0; r < rows.size(); r++) {
                    if (rows.get(r)[1] < k - 1) {
                        continue; // the interval [0, b] dies before vertex k - 1: W_{k-1:1} kills it
                    }
                    for (int c = 0; c < cols.size(); c++) {
                        if (cols.get(c)[0] <= j) {
                            zeros[r][c] = true;
                        }
                    }
                }
            }
        }
        Stratum s = new Stratum(orbit, zeros);
        return s.feasible() ? Optional.of(s) : Optional.empty();
    }

    /** Pairs {@code {W_j, M}}: {@code W_{j-1:1} = 0} or {@code W_{N:j+1} = 0} on the orbit, for every j. */
    public static boolean satisfiesPairsWithM(Orbit orbit) {
        int n = orbit.widths().depth();
        for (int j = 1; j <= n; j++) {
            boolean left = j >= 2 && orbit.pathRank(j - 1, 1) == 0;
            boolean right = j <= n - 1 && orbit.pathRank(n, j + 1) == 0;
            if (!left && !right) {
                return false;
            }
        }
        return true;
    }

    /** True when a full-rank {@code d_0 x d_N} matrix vanishing on the pattern exists (maximum bipartite matching). */
    public boolean feasible() {
        int rows = zeros.length;
        int cols = rows == 0 ? 0 : zeros[0].length;
        int[] matchOfCol = new int[cols];
        Arrays.fill(matchOfCol, -1);
        int matched = 0;
        for (int r = 0; r < rows; r++) {
            if (augment(r, new boolean[cols], matchOfCol)) {
                matched++;
            }
        }
        return matched == Math.min(rows, cols);
    }

    private boolean augment(int r, boolean[] seen, int[] matchOfCol) {
        for (int c = 0; c < matchOfCol.length; c++) {
            if (!zeros[r][c] && !seen[c]) {
                seen[c] = true;
                if (matchOfCol[c] < 0 || augment(matchOfCol[c], seen, matchOfCol)) {
                    matchOfCol[c] = r;
                    return true;
                }
            }
        }
        return false;
    }

    /** The zero pattern as text, rows of {@code 0} (forced zero) and {@code *} (free). */
    public String patternText() {
        List<String> rowsText = new ArrayList<>();
        for (boolean[] row : zeros) {
            StringBuilder sb = new StringBuilder();
            for (boolean z : row) {
                sb.append(z ? '0' : '*');
            }
            rowsText.add(sb.toString());
        }
        return String.join("/", rowsText);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stratum s && s.orbit.equals(orbit) && Arrays.deepEquals(s.zeros, zeros);
    }

    @Override
    public int hashCode() {
        return orbit.hashCode() * 31 + Arrays.deepHashCode(zeros);
    }

    @Override
    public String toString() {
        return orbit + " with C zero pattern " + patternText();
    }
}
