package dlnkit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A point {@code W = (W_1, ..., W_N)} of parameter space: layer {@code t} is a {@code d_t x d_{t-1}}
 * matrix. Layers are numbered from 1, as in the mathematics.
 *
 * @param widths the widths {@code d_0..d_N}
 * @param layers {@code W_1..W_N}, in that order, shapes checked
 */
public record Network(Widths widths, List<Matrix> layers) {

    public Network {
        Checks.require(widths != null, "widths", "non-null", "null");
        Checks.require(layers != null, "layers", "a list of matrices", "null");
        layers = List.copyOf(layers);
        Checks.require(layers.size() == widths.depth(), "layers", widths.depth() + " matrices for widths " + widths,
                layers.size());
        for (int t = 1; t <= layers.size(); t++) {
            Matrix w = layers.get(t - 1);
            Checks.require(w.rows() == widths.d(t) && w.cols() == widths.d(t - 1), "W_" + t,
                    widths.d(t) + "x" + widths.d(t - 1), w.rows() + "x" + w.cols());
        }
    }

    public static Network zeros(Widths widths) {
        List<Matrix> layers = new ArrayList<>();
        for (int t = 1; t <= widths.depth(); t++) {
            layers.add(Matrix.zeros(widths.d(t), widths.d(t - 1)));
        }
        return new Network(widths, layers);
    }

    /** Independent Gaussian entries with standard deviation {@code scale}. */
    public static Network gaussian(Widths widths, double scale, Random rng) {
        List<Matrix> layers = new ArrayList<>();
        for (int t = 1; t <= widths.depth(); t++) {
            layers.add(Matrix.gaussian(widths.d(t), widths.d(t - 1), scale, rng));
        }
        return new Network(widths, layers);
    }

    /** Inverse of {@link #flatten()}: layers in order, each row-major. */
    public static Network fromFlat(Widths widths, double[] values) {
        Checks.require(values.length == widths.parameterCount(), "parameter vector",
                widths.parameterCount() + " entries", values.length);
        List<Matrix> layers = new ArrayList<>();
        int offset = 0;
        for (int t = 1; t <= widths.depth(); t++) {
            layers.add(Matrix.fromRowMajor(widths.d(t), widths.d(t - 1), values, offset));
            offset += widths.layerSize(t);
        }
        return new Network(widths, layers);
    }

    public int depth() {
        return widths.depth();
    }

    /** {@code W_t}, {@code 1 <= t <= N}. */
    public Matrix layer(int t) {
        Checks.require(t >= 1 && t <= depth(), "layer index", "between 1 and " + depth(), t);
        return layers.get(t - 1);
    }

    /** Returns a copy with layer {@code t} replaced. */
    public Network withLayer(int t, Matrix w) {
        List<Matrix> copy = new ArrayList<>(layers);
        copy.set(t - 1, w);
        return new Network(widths, copy);
    }

    /**
     * The product {@code W_{a:b} = W_a W_{a-1} ... W_b} for {@code a >= b}; for {@code a = b - 1} the
     * identity on {@code R^{d_{b-1}}}.
     */
    public Matrix product(int a, int b) {
        Checks.require(b >= 1 && a <= depth() && a >= b - 1, "product W_{a:b}",
                "1 <= b <= a + 1 <= N + 1 with N = " + depth(), "a = " + a + ", b = " + b);
        Matrix p = Matrix.identity(widths.d(b - 1));
        for (int t = b; t <= a; t++) {
            p = layer(t).times(p);
        }
        return p;
    }

    /** The end-to-end matrix {@code W_{N:1}}. */
    public Matrix endToEnd() {
        return product(depth(), 1);
    }

    /** All entries, layers in order, each row-major. */
    public double[] flatten() {
        double[] out = new double[Math.toIntExact(widths.parameterCount())];
        int offset = 0;
        for (Matrix w : layers) {
            w.copyInto(out, offset);
            offset += w.rows() * w.cols();
        }
        return out;
    }

    /** {@code this + factor * other}, layer by layer. */
    public Network combine(Network other, double factor) {
        Checks.require(widths.equals(other.widths), "networks", "equal widths", widths + " and " + other.widths);
        List<Matrix> out = new ArrayList<>();
        for (int t = 1; t <= depth(); t++) {
            out.add(layer(t).combine(other.layer(t), factor));
        }
        return new Network(widths, out);
    }

    public Network scale(double factor) {
        List<Matrix> out = new ArrayList<>();
        for (Matrix w : layers) {
            out.add(w.scale(factor));
        }
        return new Network(widths, out);
    }

    /** Sum over layers of the Frobenius inner products. */
    public double dot(Network other) {
        double s = 0;
        for (int t = 1; t <= depth(); t++) {
            s += layer(t).dot(other.layer(t));
        }
        return s;
    }

    public double norm() {
        return Math.sqrt(dot(this));
    }

    /** The reversed network {@code W'_t = W_{N+1-t}^T} on the reversed widths. */
    public Network reversed() {
        List<Matrix> out = new ArrayList<>();
        for (int t = depth(); t >= 1; t--) {
            out.add(layer(t).transpose());
        }
        return new Network(widths.reversed(), Collections.unmodifiableList(out));
    }
}
