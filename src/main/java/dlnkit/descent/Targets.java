package dlnkit.descent;

import dlnkit.model.Checks;
import dlnkit.model.Data;
import dlnkit.model.Matrix;
import dlnkit.numeric.RandomMatrices;
import java.util.Random;

/**
 * Data for the experiments. A target of rank {@code r} is {@code Phi = U_r diag(sigma) V_r^T} with
 * Haar-orthogonal {@code U}, {@code V} and singular values {@code sigma_i} uniform in {@code [0.5, 1.5]},
 * sorted descending. Inputs are Gaussian scaled by {@code 1/sqrt(m)}, so that {@code X X^T} is near the
 * identity (nearly whitened data); realizable outputs are {@code Y = Phi X}. This follows the setting of
 * the seed paper's experiments (a low-rank linear target learned from random inputs); it is not a
 * reproduction of its exact sizes.
 */
public final class Targets {
    private Targets() {
    }

    /** A {@code rows x cols} matrix of rank exactly {@code rank} (see the class comment). */
    public static Matrix ofRank(int rows, int cols, int rank, Random rng) {
        Checks.require(rank >= 0 && rank <= Math.min(rows, cols), "target rank", "between 0 and " + Math.min(rows, cols), rank);
        Matrix u = Starts.firstColumns(RandomMatrices.orthogonal(rows, rng), rank);
        Matrix v = Starts.firstColumns(RandomMatrices.orthogonal(cols, rng), rank);
        double[] sigma = new double[rank];
        for (int i = 0; i < rank; i++) {
            sigma[i] = 0.5 + rng.nextDouble();
        }
        java.util.Arrays.sort(sigma);
        double[][] s = new double[rank][rank];
        for (int i = 0; i < rank; i++) {
            s[i][i] = sigma[rank - 1 - i];
        }
        return u.times(Matrix.of(s)).times(v.transpose());
    }

    /** Gaussian inputs {@code X} ({@code d_0 x m}, entries of variance {@code 1/m}). */
    public static Matrix inputs(int d0, int samples, Random rng) {
        Checks.require(samples >= 1, "samples", "at least 1", samples);
        return Matrix.gaussian(d0, samples, 1 / Math.sqrt(samples), rng);
    }

    /** Realizable data {@code (X, Phi X)}. */
    public static Data realizable(Matrix target, int samples, Random rng) {
        Matrix x = inputs(target.cols(), samples, rng);
        return new Data(x, target.times(x));
    }

    /** Generic data: Gaussian {@code X} as in {@link #inputs} and independent Gaussian {@code Y} of the same scale. */
    public static Data generic(int d0, int dN, int samples, Random rng) {
        Matrix x = inputs(d0, samples, rng);
        return new Data(x, Matrix.gaussian(dN, samples, 1 / Math.sqrt(samples), rng));
    }
}
