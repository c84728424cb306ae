package dlnkit.descent;

import dlnkit.model.Data;
import dlnkit.model.Loss;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.LeastSquares;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The gradient flow {@code dW/dt = -grad L(W)} on the flattened parameters, integrated by an adaptive
 * Dormand-Prince 8(5,3) integrator (Commons Math). Along the exact flow delta is constant (docs/math.md
 * section 2); along the computed one it drifts only at the integrator's tolerance.
 */
public final class GradientFlow {
    private GradientFlow() {
    }

    /** The flow sampled at {@code times} (ascending, {@code >= 0}); {@code states.get(i)} is {@code W(times[i])}. */
    public record Samples(List<Double> times, List<Network> states, long evaluations) {
        public Samples {
            times = List.copyOf(times);
            states = List.copyOf(states);
        }
    }

    /** Integrates through all {@code times}. Throws {@code IllegalStateException} if the integrator fails. */
    public static Samples solve(Network start, Data data, double[] times, FlowSettings settings) {
        data.requireFits(start.widths());
        Widths widths = start.widths();
        List<Network> states = new ArrayList<>();
        List<Double> reached = new ArrayList<>();
        Integrator.Result r = Integrator.integrate(field(widths, data), start.flatten(), times, settings,
                (i, t, y) -> {
                    reached.add(t);
                    states.add(Network.fromFlat(widths, y));
                    return true;
                });
        if (r.failure() != null) {
            throw new IllegalStateException(r.message());
        }
        return new Samples(reached, states, r.evaluations());
    }

    /**
     * Runs the flow through {@code times} and stops at the first sample time where
     * {@code ||grad L|| <= gradientTolerance} ({@code <=}): {@link Outcome#CONVERGED}; when the last time is
     * reached first, or the integrator's evaluation budget runs out: {@link Outcome#BUDGET_EXHAUSTED}; when the
     * state stops being finite or the loss exceeds {@code 1e8 (1 + L(W(0)))}: {@link Outcome#DIVERGED}. A
     * snapshot is recorded at every sample time reached.
     */
    public static DescentRun run(Network start, Data data, double[] times, double gradientTolerance,
            FlowSettings settings, Optional<LeastSquares> optimum) {
        return run(start, data, times, gradientTolerance, settings, optimum, (t, w) -> { });
    }

    /** Sees the state at every sample time reached (after the divergence test). */
    @FunctionalInterface
    public interface Observer {
        void sample(double time, Network w);
    }

    /** As {@link #run(Network, Data, double[], double, FlowSettings, Optional)}, showing each sampled state to {@code observer}. */
    public static DescentRun run(Network start, Data data, double[] times, double gradientTolerance,
            FlowSettings settings, Optional<LeastSquares> optimum, Observer observer) {
        data.requireFits(start.widths());
        Widths widths = start.widths();
        Tracker tracker = new Tracker(start, data, optimum);
        double bound = StopRule.DEFAULT.divergenceFactor() * (1 + Loss.value(start, data));
        List<Snapshot> snaps = new ArrayList<>();
        snaps.add(tracker.snapshot(0, 0, Double.NaN, start));
        Network[] last = {start};
        String[] stop = {null};
        Outcome[] outcome = {Outcome.BUDGET_EXHAUSTED};
        Integrator.Result r = Integrator.integrate(field(widths, data), start.flatten(), times, settings,
                (i, t, y) -> {
                    Network w = Network.fromFlat(widths, y);
                    double loss = Loss.value(w, data);
                    if (!(loss <= bound)) {
                        outcome[0] = Outcome.DIVERGED;
                        stop[0] = String.format(Locale.ROOT, "loss %.3e beyond the divergence bound at t = %.4g", loss, t);
                        return false;
                    }
                    double gn = Loss.gradient(w, data).norm();
                    observer.sample(t, w);
                    snaps.add(tracker.snapshot(i + 1, t, Double.NaN, w, loss, gn));
                    last[0] = w;
                    if (gn <= gradientTolerance) {
                        outcome[0] = Outcome.CONVERGED;
                        stop[0] = String.format(Locale.ROOT, "|grad| %.3e <= %.1e at t = %.4g", gn, gradientTolerance, t);
                        return false;
                    }
                    return true;
                });
        if (r.failure() != null) {
            Outcome o = r.failure() == Integrator.Failure.NOT_FINITE ? Outcome.DIVERGED : Outcome.BUDGET_EXHAUSTED;
            return new DescentRun(o, snaps.size() - 1, last[0], snaps, r.message());
        }
        if (stop[0] == null) {
            Snapshot e = snaps.get(snaps.size() - 1);
            stop[0] = String.format(Locale.ROOT, "time horizon %.4g reached, |grad| %.3e > %.1e", e.time(),
                    e.gradientNorm(), gradientTolerance);
        }
        return new DescentRun(outcome[0], snaps.size() - 1, last[0], snaps, stop[0]);
    }

    /** {@code n} times {@code t_i = horizon^{i/n}}, {@code i = 1..n}, after a first sample at {@code first}: geometric spacing. */
    public static double[] geometricTimes(double first, double horizon, int n) {
        dlnkit.model.Checks.require(first > 0 && horizon > first && n >= 1, "time grid",
                "0 < first < horizon and at least 1 sample", "first " + first + ", horizon " + horizon + ", n " + n);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = first * Math.pow(horizon / first, (double) (i + 1) / n);
        }
        return t;
    }

    /** {@code y -> -grad L(W(y))} on flattened parameters. */
    static Integrator.Field field(Widths widths, Data data) {
        return (y, yDot) -> {
            double[] g = Loss.gradient(Network.fromFlat(widths, y), data).flatten();
            for (int i = 0; i < g.length; i++) {
                yDot[i] = -g[i];
            }
        };
    }
}
