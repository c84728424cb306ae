package dlnkit.descent;

import dlnkit.model.Checks;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.numeric.Spectral;
import java.util.ArrayList;
import java.util.List;

/**
 * The residual parametrization of Hardt and Ma: square layers {@code I + W_k}, end-to-end
 * {@code (I + W_N) ... (I + W_1)}. Since {@code d(I + W_k) = dW_k}, the gradient in the residual
 * parameters {@code W_k} equals the gradient of {@link dlnkit.model.Loss} at the network of layers
 * {@code I + W_k}; so gradient descent on the residual parameters is gradient descent on
 * {@link #layers(Network)} and the two move in lockstep.
 */
public final class ResidualNetwork {
    private ResidualNetwork() {
    }

    /** The network of layers {@code I + W_k}; all widths must be equal. */
    public static Network layers(Network residual) {
        requireSquare(residual);
        List<Matrix> out = new ArrayList<>();
        for (Matrix w : residual.layers()) {
            out.add(Matrix.identity(w.rows()).plus(w));
        }
        return new Network(residual.widths(), out);
    }

    /** The residual parameters {@code W_k = U_k - I} of a network of square layers {@code U_k}. */
    public static Network residual(Network layers) {
        requireSquare(layers);
        List<Matrix> out = new ArrayList<>();
        for (Matrix u : layers.layers()) {
            out.add(u.minus(Matrix.identity(u.rows())));
        }
        return new Network(layers.widths(), out);
    }

    /** {@code max_k ||W_k||_2}. */
    public static double maxSpectralNorm(Network residual) {
        double m = 0;
        for (Matrix w : residual.layers()) {
            m = Math.max(m, Spectral.norm(w));
        }
        return m;
    }

    private static void requireSquare(Network n) {
        int d = n.widths().d(0);
        for (int w : n.widths().values()) {
            Checks.require(w == d, "residual network widths", "all equal", n.widths());
        }
    }
}
