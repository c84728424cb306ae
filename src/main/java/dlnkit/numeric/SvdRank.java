package dlnkit.numeric;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/** Float rank of a dense matrix by Commons Math's singular value decomposition. */
public final class SvdRank {
    private SvdRank() {
    }

    public static FloatRank of(double[][] a) {
        return of(a, Tolerances.DEFAULT);
    }

    /** Counts singular values strictly above {@code tol.rankRelative() * sigma_max}. */
    public static FloatRank of(double[][] a, Tolerances tol) {
        return of(a, Double.NaN, tol);
    }

    /**
     * Counts singular values strictly above {@code tol.rankRelative() * scale}, for a scale set by the
     * caller: use it when the matrix may be zero up to rounding, so that its own largest singular
     * value is no measure of size (a product that vanishes on a variety, evaluated at a computed point
     * of it). A {@code NaN} scale means {@code sigma_max}.
     */
    public static FloatRank of(double[][] a, double scale, Tolerances tol) {
        int rows = a.length;
        int cols = rows == 0 ? 0 : a[0].length;
        if (rows == 0 || cols == 0) {
            return new FloatRank(0, "dense SVD", 0, Double.POSITIVE_INFINITY, 0, 0, List.of());
        }
        double[] sigma = new SingularValueDecomposition(new Array2DRowRealMatrix(a, false)).getSingularValues();
        double size = Double.isNaN(scale) ? sigma[0] : scale;
        double threshold = tol.rankRelative() * size;
        int rank = 0;
        while (rank < sigma.length && sigma[rank] > threshold) {
            rank++;
        }
        List<Double> values = new ArrayList<>(sigma.length);
        for (double s : sigma) {
            values.add(s);
        }
        double kept = rank == 0 ? Double.POSITIVE_INFINITY : sigma[rank - 1];
        double dropped = rank < sigma.length ? sigma[rank] : 0;
        return new FloatRank(rank, "dense SVD", threshold, kept, dropped, FloatRank.noiseFloor(size, rows, cols), values);
    }
}
