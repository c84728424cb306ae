package dlnkit.symbolic;

import dlnkit.exact.ModMatrix;
import dlnkit.exact.ModP;
import dlnkit.model.Checks;
import dlnkit.model.Widths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The data {@code X} ({@code d_0 x m}) and {@code Y} ({@code d_N x m}): either symbolic (variables
 * {@code x_{r,c}}, {@code y_{r,c}}) or integer matrices drawn from a seed and checked to meet docs/math.md's
 * assumptions ({@code X} of full row rank, {@code M = X Y^T} of full rank).
 *
 * @param x the matrix {@code X}
 * @param y the matrix {@code Y}
 * @param symbolic whether the entries are variables
 * @param seed the seed the integer entries were drawn from (0 for symbolic data)
 * @param draws how many draws it took to meet the rank assumptions (0 for symbolic data)
 */
public record SymbolicData(PolyMatrix x, PolyMatrix y, boolean symbolic, long seed, int draws) {
    /** Integer entries are drawn uniformly from {@code [-BOUND, BOUND]}. */
    public static final int BOUND = 3;
    private static final int MAX_DRAWS = 100;

    public SymbolicData {
        Checks.require(x != null && y != null, "data", "two matrices", "null");
        Checks.require(x.cols() == y.cols(), "data", "X and Y with the same number of samples",
                x.cols() + " and " + y.cols());
    }

    /** Symbolic {@code X}, {@code Y} with {@code samples} columns. */
    public static SymbolicData symbolic(Widths widths, int samples) {
        Checks.require(samples >= 1 && samples <= 16, "samples", "an integer between 1 and 16", samples);
        return new SymbolicData(PolyMatrix.ofVariables(widths.d(0), samples, Names::x),
                PolyMatrix.ofVariables(widths.d(widths.depth()), samples, Names::y), true, 0, 0);
    }

    /**
     * Integer data with entries in {@code [-BOUND, BOUND]} drawn from {@code seed}, redrawn until
     * {@code X} has full row rank and {@code M = X Y^T} full rank (both checked exactly: full rank
     * mod p implies full rank over Q). Needs {@code samples >= d_0}.
     */
    public static SymbolicData random(Widths widths, int samples, long seed) {
        int d0 = widths.d(0);
        int dn = widths.d(widths.depth());
        Checks.require(samples >= d0 && samples <= 16, "samples",
                "an integer between d_0 = " + d0 + " (X must have full row rank) and 16", samples);
        Random rng = new Random(seed);
        for (int draw = 1; draw <= MAX_DRAWS; draw++) {
            int[][] xs = draw(rng, d0, samples);
            int[][] ys = draw(rng, dn, samples);
            int[][] m = multiplyTransposed(xs, ys);
            if (rankModP(xs) == d0 && rankModP(m) == Math.min(d0, dn)) {
                return new SymbolicData(PolyMatrix.ofIntegers(d0, samples, (r, c) -> xs[r][c]),
                        PolyMatrix.ofIntegers(dn, samples, (r, c) -> ys[r][c]), false, seed, draw);
            }
        }
        throw new IllegalStateException("no full-rank integer data in " + MAX_DRAWS + " draws from seed " + seed);
    }

    public int samples() {
        return x.cols();
    }

    /** The variable names of the data (empty for integer data). */
    public List<String> variables() {
        List<String> out = new ArrayList<>();
        if (symbolic) {
            for (int r = 1; r <= x.rows(); r++) {
                for (int c = 1; c <= x.cols(); c++) {
                    out.add(Names.x(r, c));
                }
            }
            for (int r = 1; r <= y.rows(); r++) {
                for (int c = 1; c <= y.cols(); c++) {
                    out.add(Names.y(r, c));
                }
            }
        }
        return out;
    }

    /** {@code M = X Y^T} ({@code d_0 x d_N}), expanded. */
    public PolyMatrix m(Algebra alg) {
        return alg.times(x, y.transpose(), "M = X Y^T");
    }

    /** A one-line description, e.g. "symbolic X (2x2), Y (2x2)" or "integer X, Y from seed 7". */
    public String describe() {
        String sizes = "X (" + x.rows() + "x" + x.cols() + "), Y (" + y.rows() + "x" + y.cols() + ")";
        return symbolic ? "symbolic " + sizes
                : "integer " + sizes + " with entries in [-" + BOUND + "," + BOUND + "] from seed " + seed
                        + " (draw " + draws + "; X full row rank and M = X Y^T full rank, checked exactly)";
    }

    /** The integer entries of {@code X} or {@code Y} as printed rows, e.g. {@code [[1, -2], [0, 3]]}. */
    public static String rows(PolyMatrix a) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.rows(); i++) {
            sb.append(i == 0 ? "[" : ", [");
            for (int j = 0; j < a.cols(); j++) {
                IExpr e = a.get(i, j);
                sb.append(j == 0 ? "" : ", ").append(e);
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }

    private static int[][] draw(Random rng, int rows, int cols) {
        int[][] a = new int[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                a[i][j] = rng.nextInt(2 * BOUND + 1) - BOUND;
            }
        }
        return a;
    }

    private static int[][] multiplyTransposed(int[][] a, int[][] b) {
        int[][] c = new int[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                int s = 0;
                for (int k = 0; k < a[i].length; k++) {
                    s += a[i][k] * b[j][k];
                }
                c[i][j] = s;
            }
        }
        return c;
    }

    private static int rankModP(int[][] a) {
        long[][] m = new long[a.length][];
        for (int i = 0; i < a.length; i++) {
            m[i] = new long[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                m[i][j] = ModP.of(a[i][j]);
            }
        }
        return ModMatrix.rank(m);
    }
}
