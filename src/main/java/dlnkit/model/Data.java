package dlnkit.model;

import java.util.Random;

/**
 * Training data {@code X} ({@code d_0 x m}) and {@code Y} ({@code d_N x m}). Shapes are checked here;
 * the full-rank assumptions of the theory ({@code X X^T} invertible, {@code M = X Y^T} of rank
 * {@code min(d_0, d_N)}) are numerical questions, checked and reported by
 * {@code dlnkit.numeric.DataAssumptions}.
 *
 * @param x the inputs, {@code d_0 x m}
 * @param y the targets, {@code d_N x m}
 */
public record Data(Matrix x, Matrix y) {

    public Data {
        Checks.require(x != null && y != null, "data", "non-null X and Y", "null");
        Checks.require(x.cols() == y.cols(), "data", "X and Y with the same number of samples",
                "X " + x.rows() + "x" + x.cols() + ", Y " + y.rows() + "x" + y.cols());
        Checks.require(x.cols() >= 1, "data", "at least one sample", 0);
    }

    /** Checks that the data fit networks of the given widths. */
    public Data requireFits(Widths widths) {
        Checks.require(x.rows() == widths.d(0), "X", widths.d(0) + " rows (d_0)", x.rows());
        Checks.require(y.rows() == widths.d(widths.depth()), "Y", widths.d(widths.depth()) + " rows (d_N)", y.rows());
        return this;
    }

    /** Gaussian data with {@code m} samples for the given widths; generically full rank when {@code m >= d_0}. */
    public static Data gaussian(Widths widths, int samples, Random rng) {
        Checks.require(samples >= 1, "samples", "at least 1", samples);
        return new Data(Matrix.gaussian(widths.d(0), samples, 1.0, rng),
                Matrix.gaussian(widths.d(widths.depth()), samples, 1.0, rng));
    }

    public int samples() {
        return x.cols();
    }

    /** {@code M = X Y^T}, a {@code d_0 x d_N} matrix. */
    public Matrix m() {
        return x.times(y.transpose());
    }
}
