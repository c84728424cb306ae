package dlnkit.descent;

/** How a run of gradient descent ended (see {@link StopRule}). */
public enum Outcome {
    /** The gradient norm fell to the tolerance. */
    CONVERGED,
    /** The step budget ran out first. */
    BUDGET_EXHAUSTED,
    /** The loss or a parameter became non-finite, or the loss exploded: the run is not a number to report. */
    DIVERGED;

    public String label() {
        return switch (this) {
            case CONVERGED -> "converged";
            case BUDGET_EXHAUSTED -> "budget exhausted";
            case DIVERGED -> "DIVERGED";
        };
    }
}
