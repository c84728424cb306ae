package dlnkit.image;

import dlnkit.exact.ModMatrix;
import dlnkit.exact.PrimeField;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.FloatNullSpace;
import dlnkit.numeric.Inverse;
import dlnkit.numeric.RandomMatrices;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.Stratum;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Points and tangent spaces of a stratum of {@code A_H} (see {@link Stratum}).
 *
 * <p>A point: {@code g} random, {@code C} random with the stratum's zero pattern, and the data
 * {@code M = g_0 C g_N^{-1}}; the pair {@code (M, g)} is then generic on the incidence variety of data and
 * stratum points (it is parametrized by {@code (g, C)}), so ranks at it are generic ranks for generic data.
 *
 * <p>Tangent space: all group directions at vertices {@code 1..N-1}, and at vertices 0 and N the
 * directions {@code xi_0 = g_0 eta_0 g_0^{-1}}, {@code xi_N = g_N eta_N g_N^{-1}} with
 * {@code (C eta_N - eta_0 C)} vanishing on the pattern (the first-order condition for
 * {@code g_0^{-1} M g_N} to keep its zeros). With {@code full = true} the whole of {@code C eta_N - eta_0 C}
 * must vanish: the Lie algebra of {@code G_M = {g : g_0^{-1} M g_N = M}}, a group that preserves
 * {@code A_H} (used for certificates).
 */
public final class StratumTangent {
    private StratumTangent() {
    }

    /** The {@code eta} constraint: one row per constrained cell, columns {@code eta_0} (row-major) then {@code eta_N}. */
    static long[][] exactConstraint(PrimeField f, Stratum s, long[][] c, boolean full) {
        int d0 = c.length;
        int dn = c[0].length;
        List<long[]> rows = new ArrayList<>();
        for (int r = 0; r < d0; r++) {
            for (int col = 0; col < dn; col++) {
                if (!full && !s.isZero(r, col)) {
                    continue;
                }
                long[] row = new long[d0 * d0 + dn * dn];
                for (int l = 0; l < dn; l++) {
                    row[d0 * d0 + l * dn + col] = f.add(row[d0 * d0 + l * dn + col], c[r][l]); // (C eta_N)[r][col]
                }
                for (int l = 0; l < d0; l++) {
                    row[r * d0 + l] = f.sub(row[r * d0 + l], c[l][col]); // -(eta_0 C)[r][col]
                }
                rows.add(row);
            }
        }
        return rows.toArray(new long[0][]);
    }

    /**
     * The exact composite {@code J_delta D} at a random point of the stratum, mod p: one column per inner group
     * direction (vertex, row, column order), then one per end direction. Assembled column by column with
     * {@link StratumDifferential} (each column touches at most three blocks of delta), never as the dense product.
     */
    public static long[][] exactComposite(Stratum s, SplittableRandom rng, boolean full) {
        return exactComposite(PrimeField.M61, s, rng, full);
    }

    /**
     * As {@link #exactComposite(Stratum, SplittableRandom, boolean)}, modulo the field's prime: the point is drawn
     * uniformly over that field (for {@code 2^61 - 1} the same draws, so the same matrix).
     */
    public static long[][] exactComposite(PrimeField f, Stratum s, SplittableRandom rng, boolean full) {
        Widths widths = s.orbit().widths();
        int n = widths.depth();
        OrbitPoints.ExactPoint p = OrbitPoints.exactWithGroup(f, s.orbit(), rng);
        long[][] c = randomPattern(f, s, rng);
        StratumDifferential diff = new StratumDifferential(f, widths, p.w());
        List<long[]> columns = new ArrayList<>();
        for (OrbitTangent.Direction d : OrbitTangent.allDirections(widths)) {
            if (d.vertex() >= 1 && d.vertex() <= n - 1) {
                columns.add(diff.direction(d));
            }
        }
        int d0 = widths.d(0);
        int dn = widths.d(n);
        long[][] g0inv = ModMatrix.inverse(f, p.g()[0]);
        long[][] gninv = ModMatrix.inverse(f, p.g()[n]);
        for (long[] eta : ModMatrix.nullSpace(f, exactConstraint(f, s, c, full), d0 * d0 + dn * dn)) {
            long[][] xi0 = StratumDifferential.multiply(f, StratumDifferential.multiply(f, p.g()[0], block(eta, 0, d0)), g0inv);
            long[][] xiN = StratumDifferential.multiply(f, StratumDifferential.multiply(f, p.g()[n], block(eta, d0 * d0, dn)), gninv);
            columns.add(diff.end(xi0, xiN));
        }
        long[][] out = new long[diff.rows()][columns.size()];
        for (int k = 0; k < columns.size(); k++) {
            long[] col = columns.get(k);
            for (int r = 0; r < out.length; r++) {
                out[r][k] = col[r];
            }
        }
        return out;
    }

    /** The same matrix as {@link #exactComposite}, as the dense product {@code J_delta D} (the reference route, for tests). */
    public static long[][] exactCompositeDense(Stratum s, SplittableRandom rng, boolean full) {
        return denseRoute(PrimeField.M61, s, rng, full, false);
    }

    /** As {@link #exactCompositeDense(Stratum, SplittableRandom, boolean)}, modulo the field's prime (for tests). */
    public static long[][] exactCompositeDense(PrimeField f, Stratum s, SplittableRandom rng, boolean full) {
        return denseRoute(f, s, rng, full, false);
    }

    /** The tangent vectors {@code D} (parameters x directions) at the point {@link #exactComposite} draws (for tests). */
    static long[][] exactTangentVectors(Stratum s, SplittableRandom rng, boolean full) {
        return denseRoute(PrimeField.M61, s, rng, full, true);
    }

    private static long[][] denseRoute(PrimeField f, Stratum s, SplittableRandom rng, boolean full, boolean tangentsOnly) {
        Widths widths = s.orbit().widths();
        int n = widths.depth();
        OrbitPoints.ExactPoint p = OrbitPoints.exactWithGroup(f, s.orbit(), rng);
        long[][] c = randomPattern(f, s, rng);
        long[][] j = OrbitTangent.exactDeltaJacobian(f, widths, p.w());
        List<long[]> columns = new ArrayList<>();
        List<OrbitTangent.Direction> inner = new ArrayList<>();
        for (OrbitTangent.Direction d : OrbitTangent.allDirections(widths)) {
            if (d.vertex() >= 1 && d.vertex() <= n - 1) {
                inner.add(d);
            }
        }
        long[][] innerTangents = OrbitTangent.exactTangents(f, widths, p.w(), inner.toArray(new OrbitTangent.Direction[0]));
        for (int k = 0; k < inner.size(); k++) {
            long[] col = new long[innerTangents.length];
            for (int r = 0; r < col.length; r++) {
                col[r] = innerTangents[r][k];
            }
            columns.add(col);
        }
        int d0 = widths.d(0);
        int dn = widths.d(n);
        long[][] g0inv = ModMatrix.inverse(f, p.g()[0]);
        long[][] gninv = ModMatrix.inverse(f, p.g()[n]);
        for (long[] eta : ModMatrix.nullSpace(f, exactConstraint(f, s, c, full), d0 * d0 + dn * dn)) {
            long[][] xi0 = ModMatrix.multiply(f, ModMatrix.multiply(f, p.g()[0], block(eta, 0, d0)), g0inv);
            long[][] xiN = ModMatrix.multiply(f, ModMatrix.multiply(f, p.g()[n], block(eta, d0 * d0, dn)), gninv);
            long[] col = new long[Math.toIntExact(widths.parameterCount())];
            addLayer(f, col, widths, 1, ModMatrix.multiply(f, p.w()[0], xi0), true); // V_1 = -W_1 xi_0
            addLayer(f, col, widths, n, ModMatrix.multiply(f, xiN, p.w()[n - 1]), false); // V_N = xi_N W_N
            columns.add(col);
        }
        long[][] d = new long[Math.toIntExact(widths.parameterCount())][columns.size()];
        for (int k = 0; k < columns.size(); k++) {
            for (int r = 0; r < d.length; r++) {
                d[r][k] = columns.get(k)[r];
            }
        }
        return tangentsOnly ? d : ModMatrix.multiply(f, j, d);
    }

    private static void addLayer(PrimeField f, long[] col, Widths widths, int t, long[][] v, boolean negate) {
        int offset = widths.layerOffset(t);
        int cols = widths.d(t - 1);
        for (int r = 0; r < v.length; r++) {
            for (int c = 0; c < cols; c++) {
                long x = negate ? f.neg(v[r][c]) : v[r][c];
                col[offset + r * cols + c] = f.add(col[offset + r * cols + c], x);
            }
        }
    }

    private static long[][] block(long[] eta, int offset, int d) {
        long[][] m = new long[d][d];
        for (int a = 0; a < d; a++) {
            System.arraycopy(eta, offset + a * d, m[a], 0, d);
        }
        return m;
    }

    static long[][] randomPattern(PrimeField f, Stratum s, SplittableRandom rng) {
        boolean[][] z = s.zeros();
        long[][] c = new long[z.length][];
        for (int r = 0; r < z.length; r++) {
            c[r] = new long[z[r].length];
            for (int col = 0; col < z[r].length; col++) {
                c[r][col] = z[r][col] ? 0 : f.random(rng);
            }
        }
        return c;
    }

    /** A float point of the stratum with its data {@code M = g_0 C g_N^{-1}}. */
    public record FloatPoint(Network w, Matrix m, double[][] composite) {
    }

    /** The float composite at a well-conditioned random point of the stratum. */
    public static FloatPoint floating(Stratum s, Random rng, Tolerances tol) {
        Widths widths = s.orbit().widths();
        int n = widths.depth();
        Matrix[] g = new Matrix[n + 1];
        Matrix[] inv = new Matrix[n + 1];
        for (int v = 0; v <= n; v++) {
            g[v] = RandomMatrices.wellConditioned(widths.d(v), rng);
            inv[v] = Inverse.of(g[v]);
        }
        List<Matrix> layers = new ArrayList<>();
        for (int t = 1; t <= n; t++) {
            int[][] nf = s.orbit().normalForm(t);
            double[][] nd = new double[nf.length][];
            for (int i = 0; i < nf.length; i++) {
                nd[i] = java.util.Arrays.stream(nf[i]).asDoubleStream().toArray();
            }
            layers.add(g[t].times(Matrix.of(nd)).times(inv[t - 1]));
        }
        Network w = new Network(widths, layers);
        boolean[][] z = s.zeros();
        int d0 = widths.d(0);
        int dn = widths.d(n);
        double[][] c = new double[d0][dn];
        for (int r = 0; r < d0; r++) {
            for (int col = 0; col < dn; col++) {
                c[r][col] = z[r][col] ? 0 : 1 + rng.nextDouble();
                c[r][col] *= rng.nextBoolean() ? 1 : -1;
            }
        }
        Matrix cm = Matrix.of(c);
        Matrix m = g[0].times(cm).times(inv[n]);
        // constraint rows, as in exactConstraint
        List<double[]> rows = new ArrayList<>();
        for (int r = 0; r < d0; r++) {
            for (int col = 0; col < dn; col++) {
                if (!z[r][col]) {
                    continue;
                }
                double[] row = new double[d0 * d0 + dn * dn];
                for (int l = 0; l < dn; l++) {
                    row[d0 * d0 + l * dn + col] += c[r][l];
                }
                for (int l = 0; l < d0; l++) {
                    row[r * d0 + l] -= c[l][col];
                }
                rows.add(row);
            }
        }
        double[][] kernel = FloatNullSpace.of(rows.toArray(new double[0][]), d0 * d0 + dn * dn, tol);
        List<double[]> columns = new ArrayList<>();
        for (int v = 1; v <= n - 1; v++) {
            for (int i = 0; i < widths.d(v); i++) {
                for (int jj = 0; jj < widths.d(v); jj++) {
                    Matrix xi = Matrix.unit(widths.d(v), widths.d(v), i, jj);
                    Network t = Network.zeros(widths).withLayer(v, xi.times(w.layer(v)))
                            .withLayer(v + 1, w.layer(v + 1).times(xi).scale(-1));
                    columns.add(t.flatten());
                }
            }
        }
        for (double[] eta : kernel) {
            Matrix eta0 = Matrix.fromRowMajor(d0, d0, eta, 0);
            Matrix etaN = Matrix.fromRowMajor(dn, dn, eta, d0 * d0);
            Matrix xi0 = g[0].times(eta0).times(inv[0]);
            Matrix xiN = g[n].times(etaN).times(inv[n]);
            Network t = Network.zeros(widths).withLayer(1, w.layer(1).times(xi0).scale(-1));
            t = t.withLayer(n, t.layer(n).plus(xiN.times(w.layer(n))));
            columns.add(t.flatten());
        }
        double[][] jac = dlnkit.model.DeltaMap.jacobian(w);
        double[][] out = new double[jac.length][columns.size()];
        for (int r = 0; r < jac.length; r++) {
            for (int k = 0; k < columns.size(); k++) {
                double sum = 0;
                double[] col = columns.get(k);
                for (int q = 0; q < col.length; q++) {
                    sum += jac[r][q] * col[q];
                }
                out[r][k] = sum;
            }
        }
        return new FloatPoint(w, m, out);
    }
}
