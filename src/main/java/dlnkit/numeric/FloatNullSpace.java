package dlnkit.numeric;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/** An orthonormal basis of the null space of a float matrix, by SVD. */
public final class FloatNullSpace {
    private FloatNullSpace() {
    }

    /**
     * Rows: an orthonormal basis of {@code {x : a x = 0}} in {@code R^cols}; a singular value counts as
     * zero when it is at most {@code tol.rankRelative() * sigma_max} ({@code <=}).
     */
    public static double[][] of(double[][] a, int cols, Tolerances tol) {
        if (a.length == 0) {
            double[][] id = new double[cols][cols];
            for (int i = 0; i < cols; i++) {
                id[i][i] = 1;
            }
            return id;
        }
        // pad with zero rows so that V is a full cols x cols matrix
        double[][] padded = Arrays.copyOf(a, Math.max(a.length, cols));
        for (int i = a.length; i < padded.length; i++) {
            padded[i] = new double[cols];
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(padded, false));
        double[] sigma = svd.getSingularValues();
        double cut = tol.rankRelative() * (sigma.length == 0 ? 0 : sigma[0]);
        int rank = 0;
        while (rank < sigma.length && sigma[rank] > cut) {
            rank++;
        }
        RealMatrix v = svd.getV();
        double[][] basis = new double[cols - rank][cols];
        for (int k = rank; k < cols; k++) {
            for (int i = 0; i < cols; i++) {
                basis[k - rank][i] = v.getEntry(i, k);
            }
        }
        return basis;
    }
}
