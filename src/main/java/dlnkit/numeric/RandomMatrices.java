package dlnkit.numeric;

import dlnkit.model.Matrix;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/** Random matrices for sampling generic points in floating point. */
public final class RandomMatrices {
    private RandomMatrices() {
    }

    /** A Haar-distributed orthogonal {@code d x d} matrix (QR of a Gaussian matrix, signs fixed by R's diagonal). */
    public static Matrix orthogonal(int d, Random rng) {
        RealMatrix g = new Array2DRowRealMatrix(Matrix.gaussian(d, d, 1.0, rng).toArray(), false);
        QRDecomposition qr = new QRDecomposition(g);
        RealMatrix q = qr.getQ();
        RealMatrix r = qr.getR();
        for (int j = 0; j < d; j++) {
            if (r.getEntry(j, j) < 0) {
                for (int i = 0; i < d; i++) {
                    q.setEntry(i, j, -q.getEntry(i, j));
                }
            }
        }
        return Matrix.of(q.getData());
    }

    /**
     * {@code U diag(s) V^T} with Haar-orthogonal {@code U}, {@code V} and singular values {@code s} uniform in
     * {@code [1, 2]}: condition number at most 2. The set of such matrices is open in {@code GL(d, R)}, hence
     * Zariski dense, so a draw is generic for any polynomial condition with probability 1.
     */
    public static Matrix wellConditioned(int d, Random rng) {
        Matrix u = orthogonal(d, rng);
        Matrix v = orthogonal(d, rng);
        double[][] s = new double[d][d];
        for (int i = 0; i < d; i++) {
            s[i][i] = 1 + rng.nextDouble();
        }
        return u.times(Matrix.of(s)).times(v.transpose());
    }
}
