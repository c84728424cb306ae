package dlnkit.hessian;

import dlnkit.image.OrbitPoints;

import dlnkit.model.Data;
import dlnkit.model.Loss;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.Orbit;
import dlnkit.variety.Stratum;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Membership in {@code A_H} decided three ways at integer points with integer data: by the cyclic pair rule
 * (exact), by the definition (gradient and Hessian of the loss vanish, exact integer arithmetic), and
 * numerically (float gradient and dense Hessian against a stated tolerance). Structured samples make both
 * answers occur: the orbit is, half of the time, that of a random stratum of {@code A_H}, otherwise a random
 * orbit (zero layers, rank-deficient layers, aligned kernels); the point is {@code g.N} with unimodular integer
 * {@code g}; the data are {@code M = g_0 C g_N^{-1}} with {@code C} carrying the stratum's zero pattern (three
 * times in four, when the orbit has a stratum) or generic.
 */
public final class HessianAgreement {
    private HessianAgreement() {
    }

    /**
     * One sample point and its three verdicts.
     *
     * @param orbit the orbit it was drawn on
     * @param rule the cyclic pair rule (exact)
     * @param definition gradient and Hessian vanish exactly
     * @param numeric gradient and Hessian vanish in floating point: every entry within its rounding bound
     * @param numericConclusive every rounding bound is below 1/2, so (the true entries being integers) the float
     *     answer is exact; otherwise the float answer is not counted either way
     * @param seed the sample's seed
     */
    public record Sample(Orbit orbit, boolean rule, boolean definition, boolean numeric, boolean numericConclusive, long seed) {
        /** The rule agrees with the definition, and with floating point where that is conclusive. */
        public boolean agree() {
            return rule == definition && (!numericConclusive || rule == numeric);
        }
    }

    /** A random structured integer point with integer data (X = [U R], Y^T = [U^{-1} M; 0]). */
    public record Point(Orbit orbit, BigInteger[][][] w, BigInteger[][] m, BigInteger[][] x, BigInteger[][] y) {
    }

    public static Point randomPoint(Widths widths, long seed) {
        Random rng = new Random(seed);
        SplittableRandom srng = new SplittableRandom(seed);
        List<Stratum> strata = strata(widths);
        Orbit orbit = !strata.isEmpty() && rng.nextBoolean()
                ? strata.get(rng.nextInt(strata.size())).orbit()
                : Orbit.random(widths, 0.2 + 0.7 * rng.nextDouble(), rng);
        OrbitPoints.IntegerPoint p = OrbitPoints.integerWithGroup(orbit, srng);
        int n = widths.depth();
        int d0 = widths.d(0);
        int dn = widths.d(n);
        Optional<Stratum> stratum = Stratum.of(orbit);
        boolean usePattern = stratum.isPresent() && rng.nextInt(4) != 0;
        BigInteger[][] c;
        do {
            c = new BigInteger[d0][dn];
            for (int r = 0; r < d0; r++) {
                for (int col = 0; col < dn; col++) {
                    boolean zero = usePattern && stratum.get().isZero(r, col);
                    c[r][col] = BigInteger.valueOf(zero ? 0 : rng.nextInt(7) - 3);
                }
            }
        } while (!fullRank(c));
        BigInteger[][] m = dlnkit.exact.IntegerMatrix.multiply(dlnkit.exact.IntegerMatrix.multiply(p.g()[0], c), p.gInverse()[n]);
        // X = [U R] with U = g_0 (unimodular), Y^T = [U^{-1} M; 0]: X Y^T = M, X of full row rank
        int samples = d0 + dn + 1;
        BigInteger[][] x = new BigInteger[d0][samples];
        BigInteger[][] yt = new BigInteger[samples][dn];
        BigInteger[][] uInvM = dlnkit.exact.IntegerMatrix.multiply(p.gInverse()[0], m);
        for (int i = 0; i < d0; i++) {
            for (int j = 0; j < samples; j++) {
                x[i][j] = j < d0 ? p.g()[0][i][j] : BigInteger.valueOf(rng.nextInt(5) - 2);
            }
        }
        for (int i = 0; i < samples; i++) {
            for (int j = 0; j < dn; j++) {
                yt[i][j] = i < d0 ? uInvM[i][j] : BigInteger.ZERO;
            }
        }
        return new Point(orbit, p.w(), m, x, dlnkit.exact.IntegerMatrix.transpose(yt));
    }

    /** Up to this many strata are collected to sample from. */
    public static final int STRATA_SAMPLE_LIMIT = 5000;
    private static final java.util.Map<Widths, List<Stratum>> STRATA = new java.util.concurrent.ConcurrentHashMap<>();

    /** The first strata of A_H (at most {@link #STRATA_SAMPLE_LIMIT}), cached per widths. */
    public static List<Stratum> strata(Widths widths) {
        return STRATA.computeIfAbsent(widths, w -> {
            List<Stratum> out = new ArrayList<>();
            new dlnkit.variety.StrataEnumerator(w, false).forEach(s -> {
                out.add(s);
                return out.size() < STRATA_SAMPLE_LIMIT;
            });
            return List.copyOf(out);
        });
    }

    private static boolean fullRank(BigInteger[][] c) {
        long[][] mod = new long[c.length][];
        for (int i = 0; i < c.length; i++) {
            mod[i] = Arrays.stream(c[i]).mapToLong(dlnkit.exact.ModP::of).toArray();
        }
        return dlnkit.exact.ModMatrix.rank(mod) == Math.min(c.length, c[0].length);
    }

    /** The three verdicts at {@link #randomPoint}; the float one uses rounding bounds, not {@code tol}. */
    public static Sample check(Widths widths, long seed, Tolerances tol) {
        return check(randomPoint(widths, seed), seed);
    }

    /** The three verdicts at an integer point with integer data. */
    public static Sample check(Point p, long seed) {
        Widths widths = p.orbit().widths();
        int n = widths.depth();
        BigInteger[][][] w = new BigInteger[n + 1][][];
        System.arraycopy(p.w(), 0, w, 1, n);
        boolean rule = PairRule.firstViolation(widths, w, p.m()) == null;
        boolean definition = ExactLoss.gradientAndHessianVanish(widths, w, p.x(), p.y());
        FloatVerdict f = floatVerdict(new Network(widths, toDouble(p.w())), new Data(toDouble(p.x()), toDouble(p.y())));
        return new Sample(p.orbit(), rule, definition, f.vanish(), f.conclusive(), seed);
    }

    /**
     * The float gradient and Hessian against per-entry rounding bounds.
     *
     * @param vanish every entry is within its rounding bound
     * @param conclusive every bound is below 1/2: for integer inputs (integer true entries) the answer is then exact
     */
    public record FloatVerdict(boolean vanish, boolean conclusive) {
    }

    /**
     * Float gradient and dense Hessian, each entry compared with a bound on its rounding error: the same formulas on
     * {@code |W|}, {@code |X|} and {@code -|Y|} add up the absolute values of all terms, times {@code ops * eps}.
     */
    public static FloatVerdict floatVerdict(Network net, Data data) {
        Widths widths = net.widths();
        Network abs = new Network(widths, net.layers().stream().map(HessianAgreement::abs).toList());
        Data absData = new Data(abs(data.x()), abs(data.y()).scale(-1));
        int ops = 8 * (widths.depth() + 2) * (widths.values().stream().mapToInt(Integer::intValue).max().orElse(1) + data.samples());
        double[] g = Loss.gradient(net, data).flatten();
        double[] gBound = Loss.gradient(abs, absData).flatten();
        double[][] h = Loss.denseHessian(net, data);
        double[][] hBound = Loss.denseHessian(abs, absData);
        boolean vanish = true;
        double worst = 0;
        for (int i = 0; i < g.length; i++) {
            double bound = ops * Math.ulp(1.0) * Math.abs(gBound[i]);
            vanish &= Math.abs(g[i]) <= bound;
            worst = Math.max(worst, bound);
            for (int j = 0; j < g.length; j++) {
                double hb = ops * Math.ulp(1.0) * Math.abs(hBound[i][j]);
                vanish &= Math.abs(h[i][j]) <= hb;
                worst = Math.max(worst, hb);
            }
        }
        return new FloatVerdict(vanish, worst < 0.5);
    }

    private static Matrix abs(Matrix m) {
        double[][] a = m.toArray();
        for (double[] row : a) {
            for (int j = 0; j < row.length; j++) {
                row[j] = Math.abs(row[j]);
            }
        }
        return Matrix.of(a);
    }

    static List<Matrix> toDouble(BigInteger[][][] layers) {
        List<Matrix> out = new ArrayList<>();
        for (BigInteger[][] layer : layers) {
            out.add(toDouble(layer));
        }
        return out;
    }

    static Matrix toDouble(BigInteger[][] m) {
        double[][] d = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            d[i] = Arrays.stream(m[i]).mapToDouble(BigInteger::doubleValue).toArray();
        }
        return Matrix.of(d);
    }
}
