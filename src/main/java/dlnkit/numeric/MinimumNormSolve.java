package dlnkit.numeric;

import dlnkit.model.Checks;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The minimum-norm least-squares solution {@code x = J^+ r} of {@code J x = r} by SVD: the step of a
 * Gauss-Newton (for a square or wide {@code J}: Newton) projection onto a level set. Singular values at
 * most {@code tol.rankRelative() * sigma_max} ({@code <=}) are treated as zero.
 */
public final class MinimumNormSolve {
    private MinimumNormSolve() {
    }

    public static double[] solve(double[][] j, double[] r, Tolerances tol) {
        Checks.require(j.length == r.length, "right-hand side", j.length + " entries", r.length);
        if (j.length == 0) {
            return new double[0];
        }
        RealMatrix a = new Array2DRowRealMatrix(j, false);
        SingularValueDecomposition svd = new SingularValueDecomposition(a);
        double[] sigma = svd.getSingularValues();
        double cut = tol.rankRelative() * sigma[0];
        RealMatrix u = svd.getU();
        RealMatrix v = svd.getV();
        ArrayRealVector x = new ArrayRealVector(a.getColumnDimension());
        ArrayRealVector rv = new ArrayRealVector(r, false);
        for (int i = 0; i < sigma.length; i++) {
            if (sigma[i] <= cut) {
                break;
            }
            double c = u.getColumnVector(i).dotProduct(rv) / sigma[i];
            x = x.add(v.getColumnVector(i).mapMultiply(c));
        }
        return x.toArray();
    }
}
