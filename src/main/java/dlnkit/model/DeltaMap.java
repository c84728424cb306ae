package dlnkit.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The delta map {@code W -> (Delta_1, ..., Delta_{N-1})} with
 * {@code Delta_t = W_{t+1}^T W_{t+1} - W_t W_t^T} ({@code d_t x d_t}, symmetric), its coordinates
 * (upper triangles, row-major, {@code t} ascending) and the sparsity structure of its Jacobian.
 *
 * <p>The Jacobian is block-bidiagonal: row block {@code t} (the coordinates of {@code Delta_t})
 * touches only column block {@code t} (entries of {@code W_t}) and column block {@code t+1}
 * (entries of {@code W_{t+1}}). Each nonzero entry is {@code +/-} one entry of {@code W}, or a sum of
 * two such on the diagonal. {@link #forEachJacobianTerm} enumerates these terms, so the same
 * structure serves any scalar field: the float and the exact (mod p) Jacobians are both filled from
 * it.
 */
public final class DeltaMap {
    private DeltaMap() {
    }

    /** {@code (Delta_1, ..., Delta_{N-1})}. */
    public static List<Matrix> value(Network w) {
        List<Matrix> out = new ArrayList<>();
        for (int t = 1; t < w.depth(); t++) {
            out.add(delta(w, t));
        }
        return out;
    }

    /** {@code Delta_t = W_{t+1}^T W_{t+1} - W_t W_t^T}, {@code 1 <= t <= N - 1}. */
    public static Matrix delta(Network w, int t) {
        Checks.require(t >= 1 && t < w.depth(), "delta index", "between 1 and " + (w.depth() - 1), t);
        Matrix next = w.layer(t + 1);
        Matrix cur = w.layer(t);
        return next.transpose().times(next).minus(cur.times(cur.transpose()));
    }

    /** The coordinates of delta: the upper triangle of each {@code Delta_t}, in order. */
    public static double[] coordinates(Network w) {
        double[] out = new double[Math.toIntExact(w.widths().targetDimension())];
        int k = 0;
        for (Matrix d : value(w)) {
            for (int i = 0; i < d.rows(); i++) {
                for (int j = i; j < d.cols(); j++) {
                    out[k++] = d.get(i, j);
                }
            }
        }
        return out;
    }

    /** Index of coordinate {@code (i, j)}, {@code i <= j}, within the upper triangle of a {@code d x d} block. */
    public static int triangleIndex(int d, int i, int j) {
        return i * d - i * (i - 1) / 2 + (j - i);
    }

    /** Receives one term of a Jacobian entry of row block {@code t}. */
    @FunctionalInterface
    public interface TermSink {
        /**
         * Entry {@code (row, column)} of row block {@code t} gains {@code sign * W_layer[r][c]}.
         *
         * @param row coordinate index within {@code Delta_t}'s upper triangle
         * @param nextBlock false: the column lies in block {@code t} (entries of {@code W_t});
         *     true: in block {@code t+1} (entries of {@code W_{t+1}})
         * @param column index within that column block (row-major entry index of the layer)
         * @param sign {@code +1} or {@code -1}
         * @param layer the layer whose entry is the coefficient ({@code t} or {@code t+1})
         * @param r row of that entry
         * @param c column of that entry
         */
        void add(int row, boolean nextBlock, int column, int sign, int layer, int r, int c);
    }

    /**
     * Enumerates the terms of row block {@code t} of the Jacobian (see {@link TermSink}). From
     * {@code dDelta_t = dW_{t+1}^T W_{t+1} + W_{t+1}^T dW_{t+1} - dW_t W_t^T - W_t dW_t^T}:
     * {@code d Delta_t(i,j) / d W_{t+1}[a][b] = [b=i] W_{t+1}[a][j] + [b=j] W_{t+1}[a][i]} and
     * {@code d Delta_t(i,j) / d W_t[a][b] = -[a=i] W_t[j][b] - [a=j] W_t[i][b]}.
     */
    public static void forEachJacobianTerm(Widths widths, int t, TermSink sink) {
        Checks.require(t >= 1 && t < widths.depth(), "delta index", "between 1 and " + (widths.depth() - 1), t);
        int d = widths.d(t);
        int dPrev = widths.d(t - 1);
        int dNext = widths.d(t + 1);
        int row = 0;
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++, row++) {
                for (int a = 0; a < dNext; a++) {
                    sink.add(row, true, a * d + i, +1, t + 1, a, j);
                    sink.add(row, true, a * d + j, +1, t + 1, a, i);
                }
                for (int b = 0; b < dPrev; b++) {
                    sink.add(row, false, i * dPrev + b, -1, t, j, b);
                    sink.add(row, false, j * dPrev + b, -1, t, i, b);
                }
            }
        }
    }

    /** The dense float Jacobian at {@code w}, rows = coordinates, columns = flattened parameters. */
    public static double[][] jacobian(Network w) {
        Widths widths = w.widths();
        int rows = Math.toIntExact(widths.targetDimension());
        int cols = Math.toIntExact(widths.parameterCount());
        double[][] j = new double[rows][cols];
        int rowOffset = 0;
        for (int t = 1; t < widths.depth(); t++) {
            int ro = rowOffset;
            int curOffset = widths.layerOffset(t);
            int nextOffset = curOffset + widths.layerSize(t);
            forEachJacobianTerm(widths, t, (row, next, col, sign, layer, r, c) ->
                    j[ro + row][(next ? nextOffset : curOffset) + col] += sign * w.layer(layer).get(r, c));
            rowOffset += widths.deltaSize(t);
        }
        return j;
    }
}
