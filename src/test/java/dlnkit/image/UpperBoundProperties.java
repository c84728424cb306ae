package dlnkit.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.exact.ModMatrix;
import dlnkit.exact.ModP;
import dlnkit.model.Widths;
import dlnkit.progress.ProgressListener;
import dlnkit.properties.DlnDomain;
import dlnkit.properties.PropertyTimer;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * The upper bound of proofs-notes/10-upper-bounds.md: never below an exact rank, at generic points and at points with
 * rank-deficient layers, and the identity {@code rank d delta(W) = T - dim K(W)} the proof rests on, checked mod p
 * against the block elimination of delta's Jacobian. Widths here go up to 6 (wider than {@link DlnDomain}) so that
 * inner vertices wider than their two neighbours together are common.
 */
@AddLifecycleHook(PropertyTimer.class)
class UpperBoundProperties {

    @Provide
    Arbitrary<Widths> wide() {
        return DlnDomain.depths(1, 7).flatMap(n -> Arbitraries.integers().between(1, 6).list().ofSize(n + 1)).map(Widths::new);
    }

    /** The exact rank (a proven lower bound) never exceeds the proven upper bound. */
    @Property(tries = 200)
    void exactRankNeverExceedsTheUpperBound(@ForAll("wide") Widths widths, @ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
        UpperBound b = UpperBound.of(widths);
        int rank = ImageDimension.exactRank(widths, seed).rank();
        assertTrue(rank <= b.value(), widths + " seed " + seed + ": exact rank " + rank + " > U = " + b.value());
        Statistics.label("bound").collect(b.belowTarget() ? "U < T" : "U = T");
        Statistics.label("meets").collect(b.meets(rank) ? "exact rank = U" : "exact rank < U");
        Statistics.label("bound").coverage(c -> c.check("U < T").percentage(p -> p >= 10));
    }

    /**
     * At every point, not only generic ones: with layers of rank at most {@code k_t}, the rank of d delta mod p is at most
     * {@code T - sum c(max(0, d_t - k_t - k_{t+1}))}, {@code c(u) = u (u + 1) / 2} (the proof works over any field of
     * characteristic other than 2, so over {@code F_p} too).
     */
    @Property(tries = 150)
    void pointwiseBoundHoldsAtLowRankPoints(@ForAll("wide") Widths widths, @ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = widths.depth();
        int[] k = new int[n + 2];
        long[][][] w = new long[n][][];
        for (int t = 1; t <= n; t++) {
            k[t] = rng.nextInt(Math.min(widths.d(t), widths.d(t - 1)) + 1);
            w[t - 1] = k[t] == 0 ? new long[widths.d(t)][widths.d(t - 1)]
                    : ModMatrix.multiply(random(widths.d(t), k[t], rng), random(k[t], widths.d(t - 1), rng));
        }
        long bound = widths.targetDimension();
        for (int t = 1; t < n; t++) {
            long u = Math.max(0, widths.d(t) - k[t] - k[t + 1]);
            bound -= u * (u + 1) / 2;
        }
        int rank = ImageDimension.exactRank(widths, w, seed, ProgressListener.NONE).rank();
        assertTrue(rank <= bound, widths + " seed " + seed + ": rank " + rank + " > pointwise bound " + bound);
        assertTrue(bound <= UpperBound.of(widths).value());
        Statistics.label("pointwise bound").collect(bound < UpperBound.of(widths).value() ? "below U" : "= U");
        Statistics.label("pointwise bound").coverage(c -> c.check("below U").percentage(p -> p >= 20));
        assertEquals(rank, symmetricActionRank(widths, w), widths + " seed " + seed);
    }

    /**
     * {@code rank d delta(W) = rank (xi -> (W_s xi_{s-1} - xi_s W_s)_s)} over symmetric {@code xi} at the inner vertices
     * ({@code xi_0 = xi_N = 0}): the transpose of d delta under the trace pairing, so its kernel is {@code K(W)}.
     */
    @Property(tries = 150)
    void differentialRankIsTheRankOfTheSymmetricAction(@ForAll("wide") Widths widths,
            @ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
        long[][][] w = ImageDimension.randomExactPoint(widths, seed);
        assertEquals(ImageDimension.exactRank(widths, w, seed, ProgressListener.NONE).rank(), symmetricActionRank(widths, w),
                widths + " seed " + seed);
    }

    private static long[][] random(int rows, int cols, SplittableRandom rng) {
        long[][] m = new long[rows][cols];
        for (long[] row : m) {
            for (int c = 0; c < cols; c++) {
                row[c] = rng.nextLong(ModP.P);
            }
        }
        return m;
    }

    /** The matrix (rows: entries of V_1..V_N; columns: symmetric basis E_ii, E_ij + E_ji at vertices 1..N-1) mod p. */
    static int symmetricActionRank(Widths widths, long[][][] w) {
        int n = widths.depth();
        int[] offset = new int[n + 1];
        for (int s = 1; s <= n; s++) {
            offset[s] = (s == 1 ? 0 : offset[s - 1] + widths.d(s - 1) * widths.d(s - 2));
        }
        int rows = Math.toIntExact(widths.parameterCount());
        int cols = Math.toIntExact(widths.targetDimension());
        long[][] a = new long[rows][Math.max(cols, 0)];
        int col = 0;
        for (int t = 1; t < n; t++) {
            int d = widths.d(t);
            for (int i = 0; i < d; i++) {
                for (int j = i; j < d; j++) {
                    // xi = E_ij + E_ji (E_ii when i = j) at vertex t: V_t = -xi W_t (d_t x d_{t-1}), V_{t+1} = W_{t+1} xi
                    int[][] pairs = i == j ? new int[][] {{i, i}} : new int[][] {{i, j}, {j, i}};
                    for (int[] p : pairs) {
                        // (xi W_t)[p0][c] += W_t[p1][c]
                        for (int c = 0; c < widths.d(t - 1); c++) {
                            int row = offset[t] + p[0] * widths.d(t - 1) + c;
                            a[row][col] = ModP.sub(a[row][col], w[t - 1][p[1]][c]);
                        }
                        // (W_{t+1} xi)[r][p1] += W_{t+1}[r][p0]
                        for (int r = 0; r < widths.d(t + 1); r++) {
                            int row = offset[t + 1] + r * d + p[1];
                            a[row][col] = ModP.add(a[row][col], w[t][r][p[0]]);
                        }
                    }
                    col++;
                }
            }
        }
        return cols == 0 ? 0 : ModMatrix.rank(a);
    }
}
