package dlnkit.symbolic;

import dlnkit.exact.ModMatrix;
import dlnkit.exact.ModP;
import dlnkit.model.DeltaMap;
import dlnkit.model.Widths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The exact route to {@code dim closure(delta(V))} for a path-zero subvariety, written here for the
 * tests only and independent of the symbolic code: {@code V} is a finite union of quiver orbits
 * (docs/math.md section 4), each irreducible and parametrized dominantly by
 * {@code g -> (g_t N_t g_{t-1}^{-1})_t}; so the components of {@code V} are closures of orbits in
 * {@code V}, and {@code dim closure(delta(V))} is the largest rank, over the orbits in {@code V}, of
 * the Jacobian of delta applied to the orbit's tangent space
 * {@code {(xi_t W_t - W_t xi_{t-1})_t}} at a random point. Ranks are computed mod
 * {@code p = 2^61 - 1} ({@code ModMatrix.rank}); a rank mod p never exceeds the rank over Q.
 */
final class OrbitRoute {
    private OrbitRoute() {
    }

    /** An interval module {@code [a, b]} of the linear quiver with vertices {@code 0..N}. */
    record Interval(int a, int b) {
        boolean contains(int vertex) {
            return a <= vertex && vertex <= b;
        }
    }

    /** The maximum over orbits in V of the exact rank, and how many orbits were in V. */
    record Result(int dimension, int orbitsInV, int orbits) {
    }

    static Result dimension(Widths widths, List<dlnkit.variety.PathCondition> paths, long seed) {
        int n = widths.depth();
        List<Interval> intervals = new ArrayList<>();
        for (int a = 0; a <= n; a++) {
            for (int b = a; b <= n; b++) {
                intervals.add(new Interval(a, b));
            }
        }
        List<int[]> orbits = new ArrayList<>();
        enumerate(widths, intervals, 0, new int[intervals.size()], new int[n + 1], orbits);
        Random rng = new Random(seed);
        int best = 0;
        int inV = 0;
        for (int[] m : orbits) {
            if (!inV(m, intervals, paths)) {
                continue;
            }
            inV++;
            best = Math.max(best, rank(widths, intervals, m, rng));
        }
        return new Result(best, inV, orbits.size());
    }

    /** All multiplicity vectors with {@code sum_{I contains t} m_I = d_t}. */
    private static void enumerate(Widths widths, List<Interval> intervals, int k, int[] m, int[] used, List<int[]> out) {
        if (k == intervals.size()) {
            for (int t = 0; t <= widths.depth(); t++) {
                if (used[t] != widths.d(t)) {
                    return;
                }
            }
            out.add(m.clone());
            return;
        }
        Interval iv = intervals.get(k);
        // intervals are ordered by their start a: when the first interval starting after vertex v comes, v must be full
        if (k > 0 && intervals.get(k - 1).a() < iv.a() && used[iv.a() - 1] != widths.d(iv.a() - 1)) {
            return;
        }
        int room = Integer.MAX_VALUE;
        for (int t = iv.a(); t <= iv.b(); t++) {
            room = Math.min(room, widths.d(t) - used[t]);
        }
        for (int c = 0; c <= room; c++) {
            m[k] = c;
            for (int t = iv.a(); t <= iv.b(); t++) {
                used[t] += c;
            }
            enumerate(widths, intervals, k + 1, m, used, out);
            for (int t = iv.a(); t <= iv.b(); t++) {
                used[t] -= c;
            }
        }
        m[k] = 0;
    }

    /** {@code W_{top:bottom}} (from vertex bottom-1 to vertex top) vanishes iff no interval present contains both. */
    private static boolean inV(int[] m, List<Interval> intervals, List<dlnkit.variety.PathCondition> paths) {
        for (dlnkit.variety.PathCondition p : paths) {
            for (int k = 0; k < m.length; k++) {
                Interval iv = intervals.get(k);
                if (m[k] > 0 && iv.contains(p.bottom() - 1) && iv.contains(p.top())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int rank(Widths widths, List<Interval> intervals, int[] m, Random rng) {
        int n = widths.depth();
        // basis at vertex t: (interval index, copy) for the intervals present that contain t
        List<List<int[]>> basis = new ArrayList<>();
        for (int t = 0; t <= n; t++) {
            List<int[]> b = new ArrayList<>();
            for (int k = 0; k < m.length; k++) {
                if (intervals.get(k).contains(t)) {
                    for (int c = 0; c < m[k]; c++) {
                        b.add(new int[] {k, c});
                    }
                }
            }
            basis.add(b);
        }
        long[][][] g = new long[n + 1][][];
        long[][][] gInv = new long[n + 1][][];
        for (int t = 0; t <= n; t++) {
            while (true) {
                g[t] = random(widths.d(t), widths.d(t), rng);
                try {
                    gInv[t] = ModMatrix.inverse(g[t]);
                    break;
                } catch (IllegalArgumentException singular) {
                    // draw again
                }
            }
        }
        long[][][] w = new long[n + 1][][];
        for (int t = 1; t <= n; t++) {
            long[][] normal = new long[widths.d(t)][widths.d(t - 1)];
            List<int[]> from = basis.get(t - 1);
            List<int[]> to = basis.get(t);
            for (int i = 0; i < to.size(); i++) {
                for (int j = 0; j < from.size(); j++) {
                    if (to.get(i)[0] == from.get(j)[0] && to.get(i)[1] == from.get(j)[1]) {
                        normal[i][j] = 1;
                    }
                }
            }
            w[t] = ModMatrix.multiply(ModMatrix.multiply(g[t], normal), gInv[t - 1]);
        }
        long[][] jac = jacobian(widths, w);
        // tangent directions: xi at vertex t = E_ij changes W_t by E_ij W_t and W_{t+1} by -W_{t+1} E_ij
        List<long[]> columns = new ArrayList<>();
        int params = (int) widths.parameterCount();
        for (int t = 0; t <= n; t++) {
            for (int i = 0; i < widths.d(t); i++) {
                for (int j = 0; j < widths.d(t); j++) {
                    long[] dw = new long[params];
                    if (t >= 1) { // (E_ij W_t)[i][c] = W_t[j][c]
                        int off = widths.layerOffset(t);
                        for (int c = 0; c < widths.d(t - 1); c++) {
                            dw[off + i * widths.d(t - 1) + c] = ModP.add(dw[off + i * widths.d(t - 1) + c], w[t][j][c]);
                        }
                    }
                    if (t + 1 <= n) { // -(W_{t+1} E_ij)[r][j] = -W_{t+1}[r][i]
                        int off = widths.layerOffset(t + 1);
                        for (int r = 0; r < widths.d(t + 1); r++) {
                            int idx = off + r * widths.d(t) + j;
                            dw[idx] = ModP.sub(dw[idx], w[t + 1][r][i]);
                        }
                    }
                    columns.add(apply(jac, dw));
                }
            }
        }
        return ModMatrix.rank(columns.toArray(new long[0][]));
    }

    /** The Jacobian of delta mod p at {@code w}, filled from {@code DeltaMap.forEachJacobianTerm}. */
    private static long[][] jacobian(Widths widths, long[][][] w) {
        int rows = (int) widths.targetDimension();
        int cols = (int) widths.parameterCount();
        long[][] j = new long[rows][cols];
        int rowOffset = 0;
        for (int t = 1; t < widths.depth(); t++) {
            int ro = rowOffset;
            int cur = widths.layerOffset(t);
            int next = cur + widths.layerSize(t);
            DeltaMap.forEachJacobianTerm(widths, t, (row, isNext, col, sign, layer, r, c) -> {
                long v = w[layer][r][c];
                int idx = (isNext ? next : cur) + col;
                j[ro + row][idx] = sign > 0 ? ModP.add(j[ro + row][idx], v) : ModP.sub(j[ro + row][idx], v);
            });
            rowOffset += widths.deltaSize(t);
        }
        return j;
    }

    private static long[] apply(long[][] jac, long[] v) {
        long[] out = new long[jac.length];
        for (int i = 0; i < jac.length; i++) {
            long s = 0;
            for (int k = 0; k < v.length; k++) {
                if (v[k] != 0 && jac[i][k] != 0) {
                    s = ModP.add(s, ModP.mul(jac[i][k], v[k]));
                }
            }
            out[i] = s;
        }
        return out;
    }

    private static long[][] random(int rows, int cols, Random rng) {
        long[][] a = new long[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                a[i][j] = Math.floorMod(rng.nextLong(), ModP.P);
            }
        }
        return a;
    }
}
