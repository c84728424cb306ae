package dlnkit.numeric;

import dlnkit.model.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Float rank of a block-banded matrix, stage by stage, with orthogonal row transformations only.
 *
 * <p>The float counterpart of {@code dlnkit.exact.BlockElimination}, with the same stages: stage
 * {@code s} supplies rows over a column window whose first {@code leadCols} columns no later stage
 * touches. The rows of the stage and the carry are stacked; an SVD of their lead part
 * {@code S_lead = U Sigma V^T} gives its rank {@code k} (singular values above the threshold), and
 * the rows {@code U[:, k:]^T S} (whose lead part is below the threshold and is set to zero) carry
 * their remaining columns into the next stage. {@code U} is orthogonal, so each step is backward
 * stable; the threshold is {@code rankRelative * ||A||_F} for the whole matrix {@code A}, measured
 * in a first pass over the stages.
 */
public final class BlockSvdRank {
    private BlockSvdRank() {
    }

    /**
     * One stage's rows over its window.
     *
     * @param rows the rows, each of length {@code windowCols}
     * @param windowCols the window's width; at least the previous window minus the previous lead
     * @param leadCols leading columns of the window that no later stage touches
     */
    public record Stage(double[][] rows, int windowCols, int leadCols) {
        public Stage {
            Checks.require(leadCols >= 0 && leadCols <= windowCols, "stage lead columns",
                    "between 0 and the window width " + windowCols, leadCols);
            for (double[] row : rows) {
                Checks.require(row.length == windowCols, "stage row", "length " + windowCols, row.length);
            }
        }
    }

    public static FloatRank rank(int stages, IntFunction<Stage> stage, Tolerances tol) {
        double sumSquares = 0;
        for (int s = 0; s < stages; s++) {
            for (double[] row : stage.apply(s).rows()) {
                for (double v : row) {
                    sumSquares += v * v;
                }
            }
        }
        double threshold = tol.rankRelative() * Math.sqrt(sumSquares);
        int totalRows = 0;
        int totalCols = 0;
        double smallestKept = Double.POSITIVE_INFINITY;
        double largestDropped = 0;
        double[][] carry = new double[0][];
        int carryCols = 0;
        int rank = 0;
        for (int s = 0; s <= stages; s++) {
            // the extra last pass treats the final carry as a stage that is all lead
            Stage st = s < stages ? stage.apply(s) : new Stage(new double[0][], carryCols, carryCols);
            totalRows += st.rows().length;
            totalCols += st.leadCols();
            Checks.require(st.windowCols() >= carryCols, "stage " + s + " window",
                    "at least the carried width " + carryCols, st.windowCols());
            int width = st.windowCols();
            int lead = st.leadCols();
            int m = carry.length + st.rows().length;
            if (m == 0) {
                carry = new double[0][];
                carryCols = width - lead;
                continue;
            }
            double[][] a = new double[m][];
            for (int i = 0; i < carry.length; i++) {
                a[i] = Arrays.copyOf(carry[i], width);
            }
            for (int i = 0; i < st.rows().length; i++) {
                a[carry.length + i] = st.rows()[i];
            }
            int k = 0;
            double[][] next;
            if (lead == 0) {
                next = a;
            } else {
                // pad the lead part to at least m columns so that U is a full m x m orthogonal matrix
                double[][] leadPart = new double[m][Math.max(m, lead)];
                for (int i = 0; i < m; i++) {
                    System.arraycopy(a[i], 0, leadPart[i], 0, lead);
                }
                SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(leadPart, false));
                double[] sigma = svd.getSingularValues();
                while (k < sigma.length && sigma[k] > threshold) {
                    k++;
                }
                if (k > 0) {
                    smallestKept = Math.min(smallestKept, sigma[k - 1]);
                }
                if (k < sigma.length) {
                    largestDropped = Math.max(largestDropped, sigma[k]);
                }
                int restCols = width - lead;
                next = new double[m - k][];
                if (restCols > 0 && m > k) {
                    RealMatrix u = svd.getU();
                    RealMatrix rest = new Array2DRowRealMatrix(m, restCols);
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < restCols; j++) {
                            rest.setEntry(i, j, a[i][lead + j]);
                        }
                    }
                    RealMatrix complement = u.getSubMatrix(0, m - 1, k, m - 1).transpose();
                    next = complement.multiply(rest).getData();
                } else {
                    next = new double[0][];
                }
            }
            rank += k;
            carryCols = width - lead;
            carry = next;
        }
        return new FloatRank(rank, "block SVD", threshold, smallestKept, largestDropped,
                FloatRank.noiseFloor(Math.sqrt(sumSquares), totalRows, totalCols), List.of());
    }
}
