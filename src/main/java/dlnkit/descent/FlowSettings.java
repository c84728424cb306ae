package dlnkit.descent;

import dlnkit.model.Checks;

/**
 * Settings of the adaptive integrator (Dormand-Prince 8(5,3)) used for gradient flows: the local error
 * of each step is kept below {@code absoluteTolerance + relativeTolerance * |y_i|} per component, and
 * integration gives up after {@code maxEvaluations} evaluations of the vector field.
 *
 * @param absoluteTolerance per-component absolute error tolerance, {@code > 0}
 * @param relativeTolerance per-component relative error tolerance, {@code > 0}
 * @param maxEvaluations evaluation budget of one integration, {@code >= 100}
 */
public record FlowSettings(double absoluteTolerance, double relativeTolerance, int maxEvaluations) {
    /** Tolerances {@code 1e-10}, budget 5,000,000 evaluations. */
    public static final FlowSettings DEFAULT = new FlowSettings(1e-10, 1e-10, 5_000_000);
    /** Tolerances {@code 1e-13}, for the invariance and trajectory-comparison tests. */
    public static final FlowSettings TIGHT = new FlowSettings(1e-13, 1e-13, 5_000_000);

    public FlowSettings {
        Checks.require(absoluteTolerance > 0, "absolute tolerance", "a number > 0", absoluteTolerance);
        Checks.require(relativeTolerance > 0, "relative tolerance", "a number > 0", relativeTolerance);
        Checks.require(maxEvaluations >= 100, "evaluation budget", "at least 100", maxEvaluations);
    }
}
