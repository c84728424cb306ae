package dlnkit.numeric;

import dlnkit.model.Checks;
import dlnkit.model.Data;
import dlnkit.model.Matrix;
import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The optimum of {@code min ||W X - Y||_F^2} over {@code d_N x d_0} matrices {@code W} of rank at most
 * {@code k} (no factor 1/2, as in {@code dlnkit.model.Loss}): the best loss any network whose narrowest
 * layer has width {@code k} can reach.
 *
 * <p>With {@code Q = Y X^T (X X^T)^{-1}} (the unconstrained least-squares solution) and
 * {@code S = (X X^T)^{1/2}}: {@code ||W X - Y||^2 = ||Y - Q X||^2 + ||(W - Q) S||^2}, because
 * {@code (Y - Q X) X^T = 0}. So the optimum is {@code W* = [Q S]_k S^{-1}} ({@code [.]_k} the truncated
 * SVD, Eckart-Young) and {@code L*_k = ||Y - Q X||^2 + sum_{i > k} sigma_i(Q S)^2}. {@code W*} is unique
 * when {@code sigma_k(QS) > sigma_{k+1}(QS)}. Requires {@code X X^T} invertible.
 *
 * @param rank the rank bound {@code k}
 * @param matrix an optimal {@code W*}
 * @param loss {@code L*_k}, from the closed form
 * @param residualLoss {@code ||Y - Q X||^2}, the unconstrained optimum
 * @param singularValues the singular values of {@code Q S}, descending
 */
public record LeastSquares(int rank, Matrix matrix, double loss, double residualLoss, java.util.List<Double> singularValues) {

    public LeastSquares {
        singularValues = java.util.List.copyOf(singularValues);
    }

    /** The rank-{@code k}-constrained optimum for the data. */
    public static LeastSquares optimum(Data data, int k) {
        return optimum(data, k, Tolerances.DEFAULT);
    }

    public static LeastSquares optimum(Data data, int k, Tolerances tol) {
        Matrix x = data.x();
        Matrix y = data.y();
        Checks.require(k >= 0, "rank bound", "a non-negative integer", k);
        Matrix xxt = x.times(x.transpose());
        Matrix s = Spectral.symmetricPower(xxt, 0.5, tol);
        Matrix sInv = Inverse.of(s);
        Matrix q = y.times(x.transpose()).times(Inverse.of(xxt));
        Matrix e0 = y.minus(q.times(x));
        double residual = e0.dot(e0);
        RealMatrix qs = new Array2DRowRealMatrix(q.times(s).toArray(), false);
        SingularValueDecomposition svd = new SingularValueDecomposition(qs);
        double[] sigma = svd.getSingularValues();
        int kk = Math.min(k, sigma.length);
        double tail = 0;
        for (int i = kk; i < sigma.length; i++) {
            tail += sigma[i] * sigma[i];
        }
        // [QS]_k = U_k diag(sigma_1..k) V_k^T
        double[][] trunc = new double[q.rows()][q.cols()];
        RealMatrix u = svd.getU();
        RealMatrix v = svd.getV();
        for (int c = 0; c < kk; c++) {
            for (int i = 0; i < trunc.length; i++) {
                double ui = u.getEntry(i, c) * sigma[c];
                for (int j = 0; j < trunc[i].length; j++) {
                    trunc[i][j] += ui * v.getEntry(j, c);
                }
            }
        }
        Matrix w = Matrix.of(trunc).times(sInv);
        java.util.List<Double> values = new java.util.ArrayList<>();
        for (double sv : sigma) {
            values.add(sv);
        }
        return new LeastSquares(k, w, residual + tail, residual, values);
    }

    public String summary() {
        return String.format(Locale.ROOT, "rank-%d optimum: loss %.6e (unconstrained %.6e)", rank, loss, residualLoss);
    }
}
