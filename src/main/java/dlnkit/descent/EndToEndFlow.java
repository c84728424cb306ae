package dlnkit.descent;

import dlnkit.model.Checks;
import dlnkit.model.Data;
import dlnkit.model.Matrix;
import dlnkit.numeric.Spectral;
import dlnkit.numeric.Tolerances;
import java.util.ArrayList;
import java.util.List;

/**
 * The end-to-end dynamics of a balanced gradient flow (Arora, Cohen and Hazan 2018; docs/math.md section 5):
 * <pre>
 *   dW_e/dt = - sum_{j=1..N} (W_e W_e^T)^{(N-j)/N}  grad l(W_e)  (W_e^T W_e)^{(j-1)/N},
 *   l(W_e) = ||W_e X - Y||_F^2,  grad l(W_e) = 2 (W_e X - Y) X^T.
 * </pre>
 * The scaling matches {@link dlnkit.model.Loss} (no factor 1/2 in either {@code L} or {@code l}): for
 * a balanced {@code W}, {@code A_j A_j^T = (W_e W_e^T)^{(N-j)/N}} and {@code B_j^T B_j = (W_e^T W_e)^{(j-1)/N}}
 * with {@code A_j = W_{N:j+1}}, {@code B_j = W_{j-1:1}}, so {@code dW_e/dt = sum_j A_j (dW_j/dt) B_j =
 * -sum_j A_j A_j^T grad l B_j^T B_j} is exactly this. Matrix powers come from eigendecompositions
 * ({@link Spectral#symmetricPower}); power 0 is the identity.
 */
public final class EndToEndFlow {
    private EndToEndFlow() {
    }

    /** {@code W_e(times[i])} from {@code W_e(0) = start}, for depth {@code N}. */
    public static List<Matrix> solve(Matrix start, Data data, int depth, double[] times, FlowSettings settings) {
        Checks.require(depth >= 1, "depth", "at least 1", depth);
        Checks.require(start.rows() == data.y().rows() && start.cols() == data.x().rows(), "end-to-end matrix",
                data.y().rows() + "x" + data.x().rows(), start.rows() + "x" + start.cols());
        int rows = start.rows();
        int cols = start.cols();
        double[] y0 = new double[rows * cols];
        start.copyInto(y0, 0);
        Integrator.Result r = Integrator.integrate((y, yDot) -> {
            Matrix we = Matrix.fromRowMajor(rows, cols, y, 0);
            velocity(we, data, depth).copyInto(yDot, 0);
        }, y0, times, settings, (i, t, y) -> true);
        if (r.failure() != null) {
            throw new IllegalStateException(r.message());
        }
        List<Matrix> out = new ArrayList<>();
        for (double[] y : r.states()) {
            out.add(Matrix.fromRowMajor(rows, cols, y, 0));
        }
        return out;
    }

    /** The right-hand side {@code dW_e/dt} at {@code W_e}. */
    public static Matrix velocity(Matrix we, Data data, int depth) {
        Matrix grad = we.times(data.x()).minus(data.y()).times(data.x().transpose()).scale(2);
        Matrix left = we.times(we.transpose());
        Matrix right = we.transpose().times(we);
        Matrix sum = Matrix.zeros(we.rows(), we.cols());
        for (int j = 1; j <= depth; j++) {
            Matrix l = Spectral.symmetricPower(left, (double) (depth - j) / depth, Tolerances.DEFAULT);
            Matrix rr = Spectral.symmetricPower(right, (double) (j - 1) / depth, Tolerances.DEFAULT);
            sum = sum.plus(l.times(grad).times(rr));
        }
        return sum.scale(-1);
    }
}
