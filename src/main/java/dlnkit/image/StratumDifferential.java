package dlnkit.image;

import dlnkit.exact.PrimeField;
import dlnkit.model.Widths;

/**
 * {@code d delta(W)[V]} mod p, assembled block by block without the dense Jacobian: a change {@code V_t} of
 * layer {@code t} moves only {@code Delta_{t-1}} (by {@code V_t^T W_t + W_t^T V_t}) and {@code Delta_t} (by
 * {@code -(V_t W_t^T + W_t V_t^T)}), docs/math.md section 2. The work for one layer is
 * {@code (nonzero entries of V_t) x d}, so a group direction (which changes one row of {@code W_s} and one
 * column of {@code W_{s+1}}) costs {@code O(d^2)} instead of a pass over all {@code T x P} Jacobian entries.
 *
 * <p>The coordinates are those of {@link dlnkit.model.DeltaMap#coordinates}: the upper triangle of each
 * {@code Delta_t}, {@code t = 1..N-1}, in order. This class is the certificate builder's own route to the
 * differential; the verifiers recompute it independently in integers. The arithmetic is that of a
 * {@link PrimeField} ({@code 2^61 - 1} unless another is given).
 */
public final class StratumDifferential {
    private final PrimeField f;
    private final Widths widths;
    private final long[][][] w; // w[t - 1] = W_t mod p
    private final int[] deltaOffset; // deltaOffset[t] = first coordinate of Delta_t

    /** @param w the layers mod {@code 2^61 - 1}, {@code w[t - 1] = W_t} */
    public StratumDifferential(Widths widths, long[][][] w) {
        this(PrimeField.M61, widths, w);
    }

    /** @param w the layers mod the field's prime, {@code w[t - 1] = W_t} */
    public StratumDifferential(PrimeField f, Widths widths, long[][][] w) {
        this.f = f;
        this.widths = widths;
        this.w = w;
        int n = widths.depth();
        this.deltaOffset = new int[n + 1];
        int offset = 0;
        for (int t = 1; t < n; t++) {
            deltaOffset[t] = offset;
            offset += widths.deltaSize(t);
        }
        deltaOffset[n] = offset;
    }

    public PrimeField field() {
        return f;
    }

    public int rows() {
        return Math.toIntExact(widths.targetDimension());
    }

    /**
     * Adds {@code d delta[V]} for a change {@code v} of layer {@code t} alone ({@code d_t x d_{t-1}}, residues) to
     * {@code out}.
     */
    public void addLayer(int t, long[][] v, long[] out) {
        int n = widths.depth();
        long[][] wt = w[t - 1];
        int rows = widths.d(t);
        int cols = widths.d(t - 1);
        if (t - 1 >= 1) {
            // Delta_{t-1} += V^T W + W^T V, a d_{t-1} x d_{t-1} symmetric block: entry (p, q) gets
            // sum_a V[a][p] W[a][q] + W[a][p] V[a][q]
            int d = cols;
            int base = deltaOffset[t - 1];
            for (int a = 0; a < rows; a++) {
                long[] va = v[a];
                long[] wa = wt[a];
                for (int p = 0; p < d; p++) {
                    long x = va[p];
                    if (x == 0) {
                        continue;
                    }
                    // V[a][p] W[a][q] lands at (p, q); as the W^T V term it lands at (q, p)
                    for (int q = 0; q < d; q++) {
                        long y = wa[q];
                        if (y == 0) {
                            continue;
                        }
                        long prod = f.mul(x, y);
                        int i = Math.min(p, q);
                        int j = Math.max(p, q);
                        int k = base + index(d, i, j);
                        out[k] = f.add(out[k], p == q ? f.add(prod, prod) : prod);
                    }
                }
            }
        }
        if (t <= n - 1) {
            // Delta_t -= V W^T + W V^T, a d_t x d_t symmetric block: entry (p, q) gets
            // -(sum_b V[p][b] W[q][b] + W[p][b] V[q][b])
            int d = rows;
            int base = deltaOffset[t];
            for (int p = 0; p < d; p++) {
                long[] vp = v[p];
                for (int b = 0; b < cols; b++) {
                    long x = vp[b];
                    if (x == 0) {
                        continue;
                    }
                    for (int q = 0; q < d; q++) {
                        long y = wt[q][b];
                        if (y == 0) {
                            continue;
                        }
                        long prod = f.mul(x, y);
                        int i = Math.min(p, q);
                        int j = Math.max(p, q);
                        int k = base + index(d, i, j);
                        out[k] = f.sub(out[k], p == q ? f.add(prod, prod) : prod);
                    }
                }
            }
        }
    }

    /** {@code d delta} along the group direction {@code E_ij} at vertex {@code s}: {@code V_s = E_ij W_s}, {@code V_{s+1} = -W_{s+1} E_ij}. */
    public long[] direction(OrbitTangent.Direction dir) {
        long[] out = new long[rows()];
        int n = widths.depth();
        int s = dir.vertex();
        if (s >= 1) {
            long[][] v = new long[widths.d(s)][widths.d(s - 1)];
            v[dir.i()] = w[s - 1][dir.j()].clone();
            addLayer(s, v, out);
        }
        if (s < n) {
            long[][] v = new long[widths.d(s + 1)][widths.d(s)];
            for (int r = 0; r < v.length; r++) {
                v[r][dir.j()] = f.neg(w[s][r][dir.i()]);
            }
            addLayer(s + 1, v, out);
        }
        return out;
    }

    /** {@code d delta} along the end direction {@code (xi_0, xi_N)}: {@code V_1 = -W_1 xi_0}, {@code V_N = xi_N W_N}. */
    public long[] end(long[][] xi0, long[][] xiN) {
        int n = widths.depth();
        long[] out = new long[rows()];
        long[][] v1 = multiply(f, w[0], xi0);
        for (long[] row : v1) {
            for (int c = 0; c < row.length; c++) {
                row[c] = f.neg(row[c]);
            }
        }
        long[][] vn = multiply(f, xiN, w[n - 1]);
        if (n == 1) {
            long[][] sum = new long[v1.length][v1[0].length];
            for (int r = 0; r < sum.length; r++) {
                for (int c = 0; c < sum[r].length; c++) {
                    sum[r][c] = f.add(v1[r][c], vn[r][c]);
                }
            }
            addLayer(1, sum, out);
        } else {
            addLayer(1, v1, out);
            addLayer(n, vn, out);
        }
        return out;
    }

    private static int index(int d, int i, int j) {
        // row-major upper triangle, as DeltaMap.triangleIndex
        return i * d - i * (i - 1) / 2 + (j - i);
    }

    static long[][] multiply(long[][] a, long[][] b) {
        return multiply(PrimeField.M61, a, b);
    }

    /** {@code a b} mod the field's prime, skipping zero entries (the layers are sparse near the normal form). */
    static long[][] multiply(PrimeField f, long[][] a, long[][] b) {
        int rows = a.length;
        int inner = b.length;
        int cols = inner == 0 ? 0 : b[0].length;
        long[][] out = new long[rows][cols];
        for (int r = 0; r < rows; r++) {
            long[] or = out[r];
            for (int k = 0; k < inner; k++) {
                long x = a[r][k];
                if (x == 0) {
                    continue;
                }
                long[] bk = b[k];
                for (int c = 0; c < cols; c++) {
                    if (bk[c] != 0) {
                        or[c] = f.add(or[c], f.mul(x, bk[c]));
                    }
                }
            }
        }
        return out;
    }
}
