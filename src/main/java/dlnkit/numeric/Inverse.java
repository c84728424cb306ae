package dlnkit.numeric;

import dlnkit.model.Checks;
import dlnkit.model.Matrix;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;

/** Float matrix inverse by Commons Math's LU decomposition. */
public final class Inverse {
    private Inverse() {
    }

    /** The inverse of a square, numerically nonsingular matrix. */
    public static Matrix of(Matrix a) {
        Checks.require(a.rows() == a.cols(), "matrix to invert", "square", a.rows() + "x" + a.cols());
        if (a.rows() == 0) {
            return a;
        }
        LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(a.toArray(), false));
        Checks.require(lu.getSolver().isNonSingular(), "matrix to invert", "nonsingular", "a singular matrix");
        return Matrix.of(lu.getSolver().getInverse().getData());
    }
}
