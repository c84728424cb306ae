package dlnkit.hessian;

import dlnkit.symbolic.PolyMatrix;
import dlnkit.symbolic.SymbolicData;

import dlnkit.model.Data;
import dlnkit.model.Loss;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The disjunctions of {@link HessianConditions} against the float gradient and Hessian of
 * {@code dlnkit.model.Loss}: at integer points with zero, rank-one and full layers (where the float
 * arithmetic is exact), a point satisfies a feasible system iff it is critical with vanishing Hessian
 * (the theorem of docs/math.md section 3, assumed there, is what connects the two; this checks our reading
 * of it and our reduction of the disjunction).
 */
class HessianConditionsProperties {
    private static final long[][] VECTORS = {{1, 0}, {0, 1}, {1, 1}, {1, -1}, {2, 1}};

    @Property(tries = 400)
    void aStructuredPointSatisfiesTheDisjunctionIffGradientAndHessianVanish(
            @ForAll @IntRange(min = 2, max = 5) int depth, @ForAll @IntRange(min = 1, max = 2) int width,
            @ForAll long seed) {
        Assume.that(width == 1 || depth <= 4);
        Widths widths = Widths.constant(depth, width);
        Random rng = new Random(seed);
        long[][][] w = new long[depth + 1][][];
        for (int t = 1; t <= depth; t++) {
            w[t] = layer(width, rng);
        }
        SymbolicData data = SymbolicData.random(widths, width, seed);
        long[][] x = integers(data.x());
        long[][] y = integers(data.y());
        long[][] m = multiply(x, transpose(y));

        boolean cyclic = satisfies(HessianConditions.cyclic(depth), w, m, x, y);
        boolean theorem = satisfies(HessianConditions.theorem(depth), w, m, x, y);
        boolean vanishing = gradientAndHessianVanish(widths, w, x, y);
        Statistics.label("in A_H").collect(vanishing);
        Statistics.label("in A_H").coverage(c -> {
            c.check(true).percentage(p -> p >= 5);
            c.check(false).percentage(p -> p >= 5);
        });
        if (cyclic != vanishing || theorem != vanishing) {
            throw new AssertionError("cyclic form " + cyclic + ", theorem form " + theorem + ", float Hessian and gradient vanish "
                    + vanishing + " at W = " + describe(w) + ", X = " + describe(x) + ", Y = " + describe(y));
        }
    }

    @Property(tries = 60)
    void threeDisjointZeroPathsPutAPointInTheHessianVariety(@ForAll @IntRange(min = 3, max = 5) int depth, @ForAll long seed) {
        // zero paths W1 = 0, W_k = 0, W_N = 0 with 1 < k < N: pairwise disjoint; other layers random
        Widths widths = Widths.constant(depth, 2);
        Random rng = new Random(seed);
        int k = 2 + rng.nextInt(depth - 2);
        long[][][] w = new long[depth + 1][][];
        for (int t = 1; t <= depth; t++) {
            w[t] = t == 1 || t == k || t == depth ? new long[2][2] : full(2, rng);
        }
        SymbolicData data = SymbolicData.random(widths, 2, seed);
        long[][] x = integers(data.x());
        long[][] y = integers(data.y());
        if (!satisfies(HessianConditions.cyclic(depth), w, multiply(x, transpose(y)), x, y)
                || !gradientAndHessianVanish(widths, w, x, y)) {
            throw new AssertionError("three disjoint zero paths W1, W" + k + ", W" + depth + " at " + describe(w));
        }
    }

    private static long[][] layer(int width, Random rng) {
        int kind = rng.nextInt(3);
        if (kind == 0) {
            return new long[width][width];
        }
        if (kind == 1 && width == 2) {
            long[] u = VECTORS[rng.nextInt(VECTORS.length)];
            long[] v = VECTORS[rng.nextInt(VECTORS.length)];
            long[][] a = new long[2][2];
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    a[i][j] = u[i] * v[j];
                }
            }
            return a;
        }
        return full(width, rng);
    }

    private static long[][] full(int width, Random rng) {
        long[][] a = new long[width][width];
        for (int i = 0; i < width; i++) {
            for (int j = 0; j < width; j++) {
                a[i][j] = rng.nextInt(5) - 2;
            }
        }
        return a;
    }

    /** Some feasible system has every arc composing to the zero matrix. */
    private static boolean satisfies(HessianConditions.Disjunction d, long[][][] w, long[][] m, long[][] x, long[][] y) {
        int n = d.depth();
        for (List<HessianConditions.Arc> system : d.feasibleSystems()) {
            boolean all = true;
            for (HessianConditions.Arc arc : system) {
                List<Integer> arrows = arc.arrows();
                long[][] p = null;
                for (int a : arrows) {
                    long[][] factor;
                    if (d.form() == HessianConditions.Form.CYCLIC) {
                        factor = a == 0 ? m : w[a];
                    } else {
                        factor = a == 0 ? x : a == n + 1 ? transpose(y) : w[a];
                    }
                    p = p == null ? factor : multiply(factor, p);
                }
                if (!isZero(p)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean gradientAndHessianVanish(Widths widths, long[][][] w, long[][] x, long[][] y) {
        List<Matrix> layers = new ArrayList<>();
        for (int t = 1; t <= widths.depth(); t++) {
            layers.add(Matrix.of(doubles(w[t])));
        }
        Network net = new Network(widths, layers);
        Data data = new Data(Matrix.of(doubles(x)), Matrix.of(doubles(y)));
        for (double g : Loss.gradient(net, data).flatten()) {
            if (g != 0) {
                return false;
            }
        }
        for (double[] row : Loss.denseHessian(net, data)) {
            for (double h : row) {
                if (h != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long[][] integers(PolyMatrix a) {
        long[][] out = new long[a.rows()][a.cols()];
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.cols(); j++) {
                out[i][j] = ((org.matheclipse.core.interfaces.IInteger) a.get(i, j)).toLong();
            }
        }
        return out;
    }

    private static double[][] doubles(long[][] a) {
        double[][] d = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            d[i] = new double[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                d[i][j] = a[i][j];
            }
        }
        return d;
    }

    private static long[][] multiply(long[][] a, long[][] b) {
        long[][] c = new long[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < b[0].length; j++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    private static long[][] transpose(long[][] a) {
        long[][] t = new long[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    private static boolean isZero(long[][] a) {
        for (long[] row : a) {
            for (long v : row) {
                if (v != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String describe(long[][][] w) {
        StringBuilder sb = new StringBuilder();
        for (int t = 1; t < w.length; t++) {
            sb.append(" W").append(t).append('=').append(describe(w[t]));
        }
        return sb.toString();
    }

    private static String describe(long[][] a) {
        return java.util.Arrays.deepToString(a);
    }
}
