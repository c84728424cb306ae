package dlnkit.experiment;

import dlnkit.model.Checks;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generic-looking point of the seed's counterexample subvariety for depth 16, width 2:
 * {@code A = {W_i W_{i-1} W_{i-2} = 0 : i = 16, 12, 8, 4}}. Each triple {@code (A, B, C) = (W_i, W_{i-1}, W_{i-2})}
 * is drawn from one of the 9-dimensional families in which {@code ABC = 0}, by default the one with no
 * consecutive pair zero: {@code A = x y^T}, {@code B} arbitrary, {@code C = z w^T} with {@code z} orthogonal to
 * {@code B^T y}, so {@code y^T B z = 0}. On that family delta's Jacobian has the full rank 45 at our points (the
 * seed's dominance claim; {@code CounterexamplePointTest} checks it). The other 9-dimensional families,
 * {@code AB = 0} ({@code B = u v^T}, {@code A = z u_perp^T}) and {@code BC = 0} ({@code B = u v^T},
 * {@code C = v_perp w^T}), are available through {@link #draw(Random, boolean)}; at points with such triples we
 * measured Jacobian ranks 42 to 44, so delta is not dominant there.
 * All vectors and arbitrary matrices of the triples have small random integer entries and each layer is
 * then divided by a power of two near its norm: every float operation on the triples is exact, so the triple
 * products are exactly zero in floating point. The free layers {@code W_1, W_5, W_9, W_13} are Gaussian.
 */
public final class CounterexamplePoint {
    /** The top layers of the four triples. */
    public static final int[] TRIPLE_TOPS = {16, 12, 8, 4};

    private CounterexamplePoint() {
    }

    /** A point whose four triples all come from the family with no consecutive pair zero. */
    public static Network draw(Random rng) {
        return draw(rng, false);
    }

    /**
     * A point of {@code A}; with {@code mixed} each triple's family is drawn at random among the three
     * ({@code AB = 0}, {@code BC = 0}, no pair zero).
     */
    public static Network draw(Random rng, boolean mixed) {
        Widths widths = Widths.constant(16, 2);
        Matrix[] w = new Matrix[17];
        for (int top : TRIPLE_TOPS) {
            Matrix[] abc = triple(rng, mixed ? rng.nextInt(3) : 2);
            w[top] = abc[0];
            w[top - 1] = abc[1];
            w[top - 2] = abc[2];
        }
        for (int t = 1; t <= 16; t++) {
            if (w[t] == null) {
                w[t] = Matrix.gaussian(2, 2, 0.7, rng);
            } else {
                w[t] = normalize(w[t]);
            }
        }
        List<Matrix> layers = new ArrayList<>();
        for (int t = 1; t <= 16; t++) {
            layers.add(w[t]);
        }
        Network p = new Network(widths, layers);
        for (int top : TRIPLE_TOPS) {
            Checks.require(p.product(top, top - 2).isZero(), "counterexample point", "W_" + top + " W_" + (top - 1) + " W_" + (top - 2)
                    + " = 0 exactly", p.product(top, top - 2));
        }
        return p;
    }

    private static Matrix[] triple(Random rng, int kind) {
        Matrix u = vector(rng);
        Matrix v = vector(rng);
        switch (kind) {
            case 0 -> {
                Matrix b = u.times(v.transpose());
                Matrix a = vector(rng).times(perp(u).transpose());
                return new Matrix[] {a, b, integer(rng)};
            }
            case 1 -> {
                Matrix b = u.times(v.transpose());
                Matrix c = perp(v).times(vector(rng).transpose());
                return new Matrix[] {integer(rng), b, c};
            }
            default -> {
                Matrix y = vector(rng);
                Matrix a = vector(rng).times(y.transpose());
                Matrix b = integer(rng);
                Matrix z = perp(b.transpose().times(y));
                if (z.isZero()) { // B^T y = 0: then y^T B = 0 already
                    z = vector(rng);
                }
                Matrix c = z.times(vector(rng).transpose());
                return new Matrix[] {a, b, c};
            }
        }
    }

    /** A nonzero integer column vector with entries in [-3, 3]. */
    private static Matrix vector(Random rng) {
        while (true) {
            Matrix v = Matrix.of(new double[][] {{rng.nextInt(7) - 3}, {rng.nextInt(7) - 3}});
            if (!v.isZero()) {
                return v;
            }
        }
    }

    /** A nonsingular integer 2x2 matrix with entries in [-3, 3]. */
    private static Matrix integer(Random rng) {
        while (true) {
            Matrix m = Matrix.of(new double[][] {{rng.nextInt(7) - 3, rng.nextInt(7) - 3}, {rng.nextInt(7) - 3, rng.nextInt(7) - 3}});
            if (m.get(0, 0) * m.get(1, 1) - m.get(0, 1) * m.get(1, 0) != 0) {
                return m;
            }
        }
    }

    private static Matrix perp(Matrix v) {
        return Matrix.of(new double[][] {{-v.get(1, 0)}, {v.get(0, 0)}});
    }

    /** Divides by the power of two nearest the Frobenius norm: exact in floating point. */
    private static Matrix normalize(Matrix m) {
        double n = m.frobeniusNorm();
        return n == 0 ? m : m.scale(Math.pow(2, -Math.round(Math.log(n) / Math.log(2))));
    }
}
