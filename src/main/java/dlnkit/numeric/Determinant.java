package dlnkit.numeric;

import dlnkit.model.Checks;
import dlnkit.model.Matrix;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;

/** Float determinant by Commons Math's LU decomposition. */
public final class Determinant {
    private Determinant() {
    }

    public static double of(Matrix a) {
        Checks.require(a.rows() == a.cols(), "matrix", "square", a.rows() + "x" + a.cols());
        if (a.rows() == 0) {
            return 1;
        }
        return new LUDecomposition(new Array2DRowRealMatrix(a.toArray(), false)).getDeterminant();
    }
}
