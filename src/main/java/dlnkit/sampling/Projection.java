package dlnkit.sampling;

import dlnkit.model.Checks;
import dlnkit.model.Network;
import dlnkit.numeric.PseudoInverse;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.ZeroConditions;

/**
 * A point projected onto a path-zero subvariety {@code V} by Gauss-Newton on its defining equations
 * ({@link PathEquations}): {@code W <- W - s dF(W)^+ F(W)}, the minimum-norm step (the truncated
 * pseudo-inverse of {@link PseudoInverse}), with {@code s = 1, 1/2, 1/4, ...} the first step length
 * that lowers {@code ||F||_2}.
 *
 * <p>It runs until the relative residual ({@link PathEquations#relativeResidual}) is at most
 * {@code tol.residualRelative()} and then goes on while the steps keep shrinking (at most
 * {@link #POLISH_STEPS} more steps, stopping once a step is at most {@code tol.residualRelative()}
 * times {@code ||W||}): near a non-reduced component Gauss-Newton converges only linearly, the point
 * after the first small residual can still be far (about the square root of the residual) from
 * {@code V}, and the null space of {@code dF} there would be too small.
 *
 * @param start the starting point
 * @param point the last iterate
 * @param iterations Gauss-Newton steps taken
 * @param residual the relative residual at {@code point}
 * @param lastStep the norm of the last step taken, relative to {@code ||point||} (0 when none was taken)
 * @param converged true when {@code residual <= tol.residualRelative()}
 */
public record Projection(Network start, Network point, int iterations, double residual, double lastStep,
        boolean converged) {
    /** Gauss-Newton steps allowed before giving up. */
    public static final int MAX_ITERATIONS = 200;
    /** Steps allowed after the residual tolerance is met. */
    public static final int POLISH_STEPS = 60;
    /** Halvings of a step tried before the step is taken anyway. */
    public static final int MAX_HALVINGS = 40;

    public Projection {
        Checks.require(iterations >= 0, "iterations", "non-negative", iterations);
    }

    /** Projects {@code start} onto {@code V}. */
    public static Projection of(Network start, ZeroConditions v, Tolerances tol) {
        int params = Math.toIntExact(start.widths().parameterCount());
        Network w = start;
        double norm = norm(PathEquations.values(w, v));
        double residual = PathEquations.relativeResidual(w, v);
        double lastStep = 0;
        int iterations = 0;
        int polish = 0;
        while (iterations < MAX_ITERATIONS && norm > 0) {
            boolean small = residual <= tol.residualRelative();
            if (small && (polish >= POLISH_STEPS || (iterations > 0 && lastStep <= tol.residualRelative()))) {
                break;
            }
            double[] step = PseudoInverse.of(PathEquations.jacobian(w, v), params, tol).solve(PathEquations.values(w, v));
            Network direction = Network.fromFlat(w.widths(), step);
            double length = 1;
            Network next = w.combine(direction, -length);
            double nextNorm = norm(PathEquations.values(next, v));
            for (int h = 0; h < MAX_HALVINGS && !(nextNorm < norm); h++) {
                length /= 2;
                next = w.combine(direction, -length);
                nextNorm = norm(PathEquations.values(next, v));
            }
            if (!(nextNorm < norm) && small) {
                break; // rounding level: no step lowers the residual any more
            }
            double stepNorm = length * direction.norm();
            double pointNorm = next.norm();
            double previousStep = lastStep;
            lastStep = pointNorm == 0 ? 0 : stepNorm / pointNorm;
            w = next;
            norm = nextNorm;
            residual = PathEquations.relativeResidual(w, v);
            iterations++;
            if (small) {
                polish++;
                if (previousStep > 0 && lastStep >= previousStep) {
                    break; // the steps stopped shrinking: rounding level reached
                }
            }
        }
        return new Projection(start, w, iterations, residual, lastStep, residual <= tol.residualRelative());
    }

    private static double norm(double[] f) {
        double s = 0;
        for (double x : f) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
