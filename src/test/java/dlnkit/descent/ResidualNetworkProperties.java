package dlnkit.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Data;
import dlnkit.model.Loss;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.LeastSquares;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Hardt and Ma: for the residual parametrization (I + W_N)...(I + W_1) with every ||W_k||_2 < 1, every
 * critical point is a global minimum. Critical points are found by gradient descent on the residual
 * parameters from small starts; the loss there is compared with the least-squares optimum computed by an
 * independent closed form ({@link LeastSquares}). Data: X Gaussian, Y = Q X + noise with Q near the
 * identity (so the optimum is reachable with small residual layers); the noise makes the optimum non-zero.
 */
class ResidualNetworkProperties {

    @Property(tries = 25, seed = "6061")
    void criticalPointsWithSmallResidualLayersAreGlobalMinima(@ForAll @IntRange(min = 2, max = 4) int width,
            @ForAll @IntRange(min = 2, max = 5) int depth, @ForAll long seed) {
        Random rng = new Random(seed);
        Widths widths = Widths.constant(depth, width);
        Matrix q = Matrix.identity(width).plus(Matrix.gaussian(width, width, 0.3 / Math.sqrt(width), rng));
        Matrix x = Targets.inputs(width, 4 * width, rng);
        Matrix noise = Matrix.gaussian(width, 4 * width, 0.1 / Math.sqrt(4 * width), rng);
        Data data = new Data(x, q.times(x).plus(noise));
        Network residual = Network.gaussian(widths, 0.01, rng);
        // GD on the residual parameters = GD on the layers I + W_k (the same gradient)
        DescentRun run = GradientDescent.run(ResidualNetwork.layers(residual), data, StepSchedule.constant(0.05),
                new StopRule(100_000, 1e-10, 1e8), 100_000);
        Assume.that(run.converged());
        Network limit = ResidualNetwork.residual(run.last());
        double norm = ResidualNetwork.maxSpectralNorm(limit);
        Statistics.label("max ||W_k||_2 < 1").collect(norm < 1);
        Statistics.label("max ||W_k||_2 < 1").coverage(c -> c.check(true).percentage(p -> p >= 80));
        Assume.that(norm < 1);
        double optimum = LeastSquares.optimum(data, width).loss();
        double loss = Loss.value(run.last(), data);
        assertTrue(optimum > 1e-4, "the optimum is not trivially zero: " + optimum);
        assertEquals(optimum, loss, 1e-9 * Math.max(1, optimum), "seed " + seed + ": a critical point above the optimum");
        assertTrue(Loss.gradient(run.last(), data).norm() <= 1e-10);
    }
}
