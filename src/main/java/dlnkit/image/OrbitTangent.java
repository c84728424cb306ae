package dlnkit.image;

import dlnkit.exact.ModP;
import dlnkit.exact.PrimeField;
import dlnkit.model.DeltaMap;
import dlnkit.model.Network;
import dlnkit.model.Widths;

/**
 * Tangent vectors of an orbit and the Jacobian of delta along them.
 *
 * <p>The group element {@code xi = E_ij} at vertex {@code s} ({@code 0 <= s <= N}) moves {@code W} in
 * the direction {@code V_t = xi_t W_t - W_t xi_{t-1}}: {@code V_s = E_ij W_s} (row {@code i} of
 * {@code V_s} is row {@code j} of {@code W_s}) and {@code V_{s+1} = -W_{s+1} E_ij} (column {@code j}
 * of {@code V_{s+1}} is minus column {@code i} of {@code W_{s+1}}). These {@code sum_s d_s^2}
 * directions span the orbit's tangent space at {@code W}, and
 * {@code rank(J_delta(W) D(W)) = dim closure(delta(orbit))} at a generic point of the orbit.
 */
public final class OrbitTangent {
    private OrbitTangent() {
    }

    /** One direction of the group: vertex {@code s}, matrix unit {@code E_ij}. */
    public record Direction(int vertex, int i, int j) {
        /** {@code "(s, i, j)"}, as in the certificate file. */
        @Override
        public String toString() {
            return "(" + vertex + ", " + i + ", " + j + ")";
        }
    }

    /** Number of group directions, {@code sum_{s=0..N} d_s^2}. */
    public static int directionCount(Widths widths) {
        int count = 0;
        for (int s = 0; s <= widths.depth(); s++) {
            count += widths.d(s) * widths.d(s);
        }
        return count;
    }

    /** Direction number {@code k} in the order vertex, row, column. */
    public static Direction direction(Widths widths, int k) {
        int rest = k;
        for (int s = 0; s <= widths.depth(); s++) {
            int d = widths.d(s);
            if (rest < d * d) {
                return new Direction(s, rest / d, rest % d);
            }
            rest -= d * d;
        }
        throw dlnkit.model.Checks.failure("direction index", "below " + directionCount(widths), k);
    }

    /** Receives {@code V[layer][r][c] += sign * W[src][sr][sc]} for one direction. */
    interface TermSink {
        void add(int layer, int r, int c, int sign, int srcLayer, int sr, int sc);
    }

    static void forEachTerm(Widths widths, Direction dir, TermSink sink) {
        int s = dir.vertex();
        if (s >= 1) {
            for (int c = 0; c < widths.d(s - 1); c++) {
                sink.add(s, dir.i(), c, +1, s, dir.j(), c);
            }
        }
        if (s < widths.depth()) {
            for (int r = 0; r < widths.d(s + 1); r++) {
                sink.add(s + 1, r, dir.j(), -1, s + 1, r, dir.i());
            }
        }
    }

    /** The dense Jacobian of delta mod p at {@code w} (residues, {@code w[t-1][r][c]}). */
    public static long[][] exactDeltaJacobian(Widths widths, long[][][] w) {
        return exactDeltaJacobian(PrimeField.M61, widths, w);
    }

    /** The dense Jacobian of delta modulo the field's prime at {@code w} (residues in that field). */
    public static long[][] exactDeltaJacobian(PrimeField f, Widths widths, long[][][] w) {
        long[][] j = new long[Math.toIntExact(widths.targetDimension())][Math.toIntExact(widths.parameterCount())];
        int rowOffset = 0;
        for (int t = 1; t < widths.depth(); t++) {
            int ro = rowOffset;
            int cur = widths.layerOffset(t);
            int next = cur + widths.layerSize(t);
            DeltaMap.forEachJacobianTerm(widths, t, (row, isNext, col, sign, layer, r, c) -> {
                int k = (isNext ? next : cur) + col;
                long v = w[layer - 1][r][c];
                j[ro + row][k] = sign > 0 ? f.add(j[ro + row][k], v) : f.sub(j[ro + row][k], v);
            });
            rowOffset += widths.deltaSize(t);
        }
        return j;
    }

    /** The tangent matrix mod p: parameters x directions, for the given directions. */
    public static long[][] exactTangents(Widths widths, long[][][] w, Direction[] dirs) {
        return exactTangents(PrimeField.M61, widths, w, dirs);
    }

    /** The tangent matrix modulo the field's prime: parameters x directions, for the given directions. */
    public static long[][] exactTangents(PrimeField f, Widths widths, long[][][] w, Direction[] dirs) {
        long[][] d = new long[Math.toIntExact(widths.parameterCount())][dirs.length];
        for (int k = 0; k < dirs.length; k++) {
            int col = k;
            forEachTerm(widths, dirs[k], (layer, r, c, sign, src, sr, sc) -> {
                int row = widths.layerOffset(layer) + r * widths.d(layer - 1) + c;
                long v = w[src - 1][sr][sc];
                d[row][col] = sign > 0 ? f.add(d[row][col], v) : f.sub(d[row][col], v);
            });
        }
        return d;
    }

    /**
     * {@code J_delta(W) D(W)} mod p over all group directions. Each direction moves at most
     * {@code d_{s-1} + d_{s+1}} parameters, so each column is a short combination of columns of
     * {@code J_delta}.
     */
    public static long[][] exactComposite(Widths widths, long[][][] w) {
        long[][] j = exactDeltaJacobian(widths, w);
        Direction[] dirs = allDirections(widths);
        long[][] out = new long[j.length][dirs.length];
        for (int k = 0; k < dirs.length; k++) {
            int col = k;
            forEachTerm(widths, dirs[k], (layer, r, c, sign, src, sr, sc) -> {
                int param = widths.layerOffset(layer) + r * widths.d(layer - 1) + c;
                long v = sign > 0 ? w[src - 1][sr][sc] : ModP.neg(w[src - 1][sr][sc]);
                if (v != 0) {
                    for (int row = 0; row < j.length; row++) {
                        long jr = j[row][param];
                        if (jr != 0) {
                            out[row][col] = ModP.add(out[row][col], ModP.mul(jr, v));
                        }
                    }
                }
            });
        }
        return out;
    }

    /** The tangent matrix {@code D(W)} in floating point: parameters x all group directions. */
    public static double[][] floatTangents(Network w) {
        Widths widths = w.widths();
        Direction[] dirs = allDirections(widths);
        double[][] d = new double[Math.toIntExact(widths.parameterCount())][dirs.length];
        for (int k = 0; k < dirs.length; k++) {
            int col = k;
            forEachTerm(widths, dirs[k], (layer, r, c, sign, src, sr, sc) ->
                    d[widths.layerOffset(layer) + r * widths.d(layer - 1) + c][col] += sign * w.layer(src).get(sr, sc));
        }
        return d;
    }

    /** {@code J_delta(W) D(W)} in floating point over all group directions. */
    public static double[][] floatComposite(Network w) {
        Direction[] dirs = allDirections(w.widths());
        double[][] d = floatTangents(w);
        double[][] j = DeltaMap.jacobian(w);
        double[][] out = new double[j.length][dirs.length];
        for (int r = 0; r < j.length; r++) {
            for (int k = 0; k < d.length; k++) {
                double jr = j[r][k];
                if (jr != 0) {
                    for (int c = 0; c < dirs.length; c++) {
                        out[r][c] += jr * d[k][c];
                    }
                }
            }
        }
        return out;
    }

    public static Direction[] allDirections(Widths widths) {
        Direction[] dirs = new Direction[directionCount(widths)];
        for (int k = 0; k < dirs.length; k++) {
            dirs[k] = direction(widths, k);
        }
        return dirs;
    }
}
