package dlnkit.descent;

import dlnkit.model.Checks;

/**
 * When gradient descent stops. Checked after every step, in this order:
 * <ol>
 *   <li>{@link Outcome#DIVERGED} when the loss or a parameter is not finite, or the loss exceeds
 *       {@code divergenceFactor * (1 + L(W(0)))} ({@code >});</li>
 *   <li>{@link Outcome#CONVERGED} when {@code ||grad L(W(k))||_F <= gradientTolerance} (absolute; the
 *       experiments use data of unit scale);</li>
 *   <li>{@link Outcome#BUDGET_EXHAUSTED} after {@code maxSteps} steps.</li>
 * </ol>
 * These are parameters of the algorithm the user chooses, not tolerances of a comparison.
 *
 * @param maxSteps the step budget, {@code >= 1}
 * @param gradientTolerance the gradient norm counted as zero, {@code >= 0}
 * @param divergenceFactor how far above the start the loss may climb, {@code > 1}
 */
public record StopRule(int maxSteps, double gradientTolerance, double divergenceFactor) {
    /** 10,000 steps, gradient norm {@code 1e-8}, divergence above {@code 1e8 (1 + L(W(0)))}. */
    public static final StopRule DEFAULT = new StopRule(10_000, 1e-8, 1e8);

    public StopRule {
        Checks.require(maxSteps >= 1, "step budget", "at least 1", maxSteps);
        Checks.require(gradientTolerance >= 0 && Double.isFinite(gradientTolerance), "gradient tolerance",
                "a finite number >= 0", gradientTolerance);
        Checks.require(divergenceFactor > 1 && Double.isFinite(divergenceFactor), "divergence factor",
                "a finite number > 1", divergenceFactor);
    }

    public StopRule withMaxSteps(int steps) {
        return new StopRule(steps, gradientTolerance, divergenceFactor);
    }

    public StopRule withGradientTolerance(double tolerance) {
        return new StopRule(maxSteps, tolerance, divergenceFactor);
    }
}
