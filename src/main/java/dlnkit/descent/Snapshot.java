package dlnkit.descent;

/**
 * The tracked quantities at iteration {@code k} of gradient descent (or time {@code t} of a flow).
 *
 * @param k the iteration (for a flow: the index of the sample)
 * @param time {@code sum_{i<k} eta_i} for descent, the flow time for a flow
 * @param eta the step size {@code eta_k} about to be used ({@code NaN} for a flow)
 * @param loss {@code L(W(k))}
 * @param excessLoss {@code L(W(k)) - L*} with {@code L*} the optimum given to the run ({@code NaN} without one)
 * @param distance {@code ||W_{N:1}(k) - W*||_F} ({@code NaN} without an optimum)
 * @param gradientNorm {@code ||grad L(W(k))||_F}
 * @param drift {@code max_j ||Delta_j(k) - Delta_j(0)||_2}
 * @param balancedness {@code max_j ||Delta_j(k)||_2}
 */
public record Snapshot(long k, double time, double eta, double loss, double excessLoss, double distance,
        double gradientNorm, double drift, double balancedness) {
}
