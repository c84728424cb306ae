package dlnkit.descent;

import dlnkit.model.Checks;
import dlnkit.model.DeltaMap;
import dlnkit.model.Network;
import dlnkit.numeric.MinimumNormSolve;
import dlnkit.numeric.Tolerances;
import java.util.Locale;

/**
 * Projection onto a fiber of delta, {@code {q : delta(q) = c}}, by Gauss-Newton steps with the
 * minimum-norm solution: {@code q <- q - J(q)^+ (delta(q) - c)}. Where the Jacobian {@code J} has full row
 * rank this is Newton's method for an underdetermined system and converges quadratically to a point of
 * the fiber near the start.
 */
public final class FiberProjection {
    private FiberProjection() {
    }

    /**
     * The result of a projection.
     *
     * @param point the last iterate
     * @param initialResidual {@code ||delta(q_0) - c||_2}
     * @param residual {@code ||delta(q) - c||_2} at the last iterate
     * @param iterations the Newton steps taken
     * @param converged whether {@code residual <= tolerance} was reached
     */
    public record Result(Network point, double initialResidual, double residual, int iterations, boolean converged) {
        public String summary() {
            return String.format(Locale.ROOT, "fiber projection: residual %.2e -> %.2e in %d Newton steps (%s)", initialResidual, residual,
                    iterations, converged ? "converged" : "NOT converged");
        }
    }

    /**
     * Projects {@code start} onto {@code delta = target} (coordinates as {@link DeltaMap#coordinates}); stops
     * when the residual is at most {@code tolerance} ({@code <=}) or after {@code maxIterations} steps.
     */
    public static Result project(Network start, double[] target, double tolerance, int maxIterations) {
        Checks.require(target.length == start.widths().targetDimension(), "target delta", start.widths().targetDimension()
                + " coordinates", target.length);
        Checks.require(maxIterations >= 0, "Newton iterations", "at least 0", maxIterations);
        Network q = start;
        double r0 = residual(q, target);
        double r = r0;
        int it = 0;
        while (r > tolerance && it < maxIterations) {
            double[] f = DeltaMap.coordinates(q);
            for (int i = 0; i < f.length; i++) {
                f[i] -= target[i];
            }
            double[] step = MinimumNormSolve.solve(DeltaMap.jacobian(q), f, Tolerances.STRICT);
            q = q.combine(Network.fromFlat(q.widths(), step), -1);
            r = residual(q, target);
            it++;
        }
        return new Result(q, r0, r, it, r <= tolerance);
    }

    static double residual(Network q, double[] target) {
        double[] f = DeltaMap.coordinates(q);
        double s = 0;
        for (int i = 0; i < f.length; i++) {
            double d = f[i] - target[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
