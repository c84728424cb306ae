package dlnkit.image;

import dlnkit.exact.IntegerMatrix;
import dlnkit.exact.ModMatrix;
import dlnkit.exact.ModP;
import dlnkit.exact.PrimeField;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.Inverse;
import dlnkit.numeric.RandomMatrices;
import dlnkit.variety.Orbit;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Points of an orbit: {@code W_t = g_t N_t g_{t-1}^{-1}} (up to a nonzero factor per layer, which
 * stays in the orbit) for random group elements {@code g}, exactly mod p, in floating point, and as
 * integer points for certificates.
 */
public final class OrbitPoints {
    private OrbitPoints() {
    }

    /**
     * {@code W_t = g_t N_t adj(g_{t-1})} mod p with {@code g} uniform over {@code F_p}: a polynomial
     * map of degree {@code d_{t-1}} in the entries of {@code g}, so Schwartz-Zippel applies to ranks
     * computed at this point. Singular draws are redrawn.
     */
    public static long[][][] exact(Orbit orbit, SplittableRandom rng) {
        return exactWithGroup(orbit, rng).w();
    }

    /** A point mod p with the group element it was made from. */
    public record ExactPoint(long[][][] w, long[][][] g) {
    }

    /** As {@link #exact}, returning {@code g} too ({@code g[s]} at vertex {@code s}). */
    public static ExactPoint exactWithGroup(Orbit orbit, SplittableRandom rng) {
        return exactWithGroup(PrimeField.M61, orbit, rng);
    }

    /**
     * As {@link #exactWithGroup(Orbit, SplittableRandom)}, over the field: {@code g} uniform over {@code F_p} for the
     * field's prime (for {@code 2^61 - 1} the same draws, so the same point).
     */
    public static ExactPoint exactWithGroup(PrimeField f, Orbit orbit, SplittableRandom rng) {
        Widths widths = orbit.widths();
        int n = widths.depth();
        long[][][] g = new long[n + 1][][];
        long[][][] adj = new long[n + 1][][];
        for (int s = 0; s <= n; s++) {
            int d = widths.d(s);
            while (true) {
                long[][] m = new long[d][d];
                for (long[] row : m) {
                    for (int c = 0; c < d; c++) {
                        row[c] = f.random(rng);
                    }
                }
                long det = ModMatrix.determinant(f, m);
                if (det != 0) {
                    g[s] = m;
                    long[][] inv = ModMatrix.inverse(f, m);
                    for (long[] row : inv) {
                        for (int c = 0; c < d; c++) {
                            row[c] = f.mul(row[c], det);
                        }
                    }
                    adj[s] = inv;
                    break;
                }
            }
        }
        long[][][] w = new long[n][][];
        for (int t = 1; t <= n; t++) {
            w[t - 1] = ModMatrix.multiply(f, ModMatrix.multiply(f, g[t], toMod(orbit.normalForm(t))), adj[t - 1]);
        }
        return new ExactPoint(w, g);
    }

    /**
     * {@code W_t = g_t N_t g_{t-1}^{-1}} with {@code g_s} drawn by {@link RandomMatrices#wellConditioned}
     * (condition number at most 2, still generic with probability 1), so that products along deep
     * networks stay well scaled.
     */
    public static Network floating(Orbit orbit, Random rng) {
        Widths widths = orbit.widths();
        int n = widths.depth();
        Matrix[] g = new Matrix[n + 1];
        Matrix[] inv = new Matrix[n + 1];
        for (int s = 0; s <= n; s++) {
            g[s] = RandomMatrices.wellConditioned(widths.d(s), rng);
            inv[s] = Inverse.of(g[s]);
        }
        List<Matrix> layers = new ArrayList<>();
        for (int t = 1; t <= n; t++) {
            layers.add(g[t].times(toDouble(orbit.normalForm(t))).times(inv[t - 1]));
        }
        return new Network(widths, layers);
    }

    /**
     * An integer point {@code W_t = g_t N_t g_{t-1}^{-1}} with unimodular {@code g}: each {@code g_s}
     * is a product of {@code 2 d_s^2} random elementary matrices {@code I + c E_ij} ({@code |c| <= 2}),
     * whose inverse is integral too. Entries stay small enough to print.
     */
    public static BigInteger[][][] integer(Orbit orbit, SplittableRandom rng) {
        return integerWithGroup(orbit, rng).w();
    }

    /** An integer point with its unimodular group element and the inverse. */
    public record IntegerPoint(BigInteger[][][] w, BigInteger[][][] g, BigInteger[][][] gInverse) {
    }

    /** As {@link #integer}, returning {@code g} and {@code g^{-1}} too. */
    public static IntegerPoint integerWithGroup(Orbit orbit, SplittableRandom rng) {
        Widths widths = orbit.widths();
        int n = widths.depth();
        BigInteger[][][] g = new BigInteger[n + 1][][];
        BigInteger[][][] gInv = new BigInteger[n + 1][][];
        for (int s = 0; s <= n; s++) {
            int d = widths.d(s);
            BigInteger[][] a = IntegerMatrix.identity(d);
            BigInteger[][] b = IntegerMatrix.identity(d);
            for (int k = 0; k < 2 * d * d && d > 1; k++) {
                int i = rng.nextInt(d);
                int j = rng.nextInt(d - 1);
                if (j >= i) {
                    j++;
                }
                int c = rng.nextInt(4) + 1;
                BigInteger cc = BigInteger.valueOf(c <= 2 ? c : 2 - c); // 1, 2, -1, -2
                // a <- (I + c E_ij) a : row i += c row j ; b <- b (I - c E_ij) : column j -= c column i
                for (int col = 0; col < d; col++) {
                    a[i][col] = a[i][col].add(cc.multiply(a[j][col]));
                }
                for (int row = 0; row < d; row++) {
                    b[row][j] = b[row][j].subtract(cc.multiply(b[row][i]));
                }
            }
            if (d >= 1 && rng.nextBoolean()) {
                for (int col = 0; col < d; col++) {
                    a[0][col] = a[0][col].negate();
                }
                for (int row = 0; row < d; row++) {
                    b[row][0] = b[row][0].negate();
                }
            }
            g[s] = a;
            gInv[s] = b;
        }
        BigInteger[][][] w = new BigInteger[n][][];
        for (int t = 1; t <= n; t++) {
            w[t - 1] = IntegerMatrix.multiply(IntegerMatrix.multiply(g[t], IntegerMatrix.of(orbit.normalForm(t))), gInv[t - 1]);
        }
        return new IntegerPoint(w, g, gInv);
    }

    private static long[][] toMod(int[][] m) {
        long[][] out = new long[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = new long[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                out[i][j] = m[i][j];
            }
        }
        return out;
    }

    private static Matrix toDouble(int[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = new double[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                out[i][j] = m[i][j];
            }
        }
        return m.length == 0 ? Matrix.zeros(0, 0) : Matrix.of(out);
    }

    /** Residues of an integer point. */
    public static long[][][] reduce(BigInteger[][][] w) {
        long[][][] out = new long[w.length][][];
        for (int t = 0; t < w.length; t++) {
            out[t] = new long[w[t].length][];
            for (int r = 0; r < w[t].length; r++) {
                out[t][r] = new long[w[t][r].length];
                for (int c = 0; c < w[t][r].length; c++) {
                    out[t][r][c] = ModP.of(w[t][r][c]);
                }
            }
        }
        return out;
    }
}
