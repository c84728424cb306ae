package dlnkit.descent;

import dlnkit.model.Checks;
import dlnkit.model.Data;
import dlnkit.model.Loss;
import dlnkit.model.Network;
import dlnkit.numeric.LeastSquares;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Gradient descent {@code W_j(k+1) = W_j(k) - eta_k grad_{W_j} L(W(k))} on the loss of
 * {@link dlnkit.model.Loss} (gradient from {@link Loss#gradient}), with the stopping rules of
 * {@link StopRule}. Divergence is an outcome, never a number: the run keeps the last iterate that passed
 * the divergence test, and its snapshots are all finite.
 */
public final class GradientDescent {
    private GradientDescent() {
    }

    /** Runs without an optimum to measure against (excess loss and distance are {@code NaN}). */
    public static DescentRun run(Network start, Data data, StepSchedule schedule, StopRule stop, int recordEvery) {
        return run(start, data, schedule, stop, recordEvery, Optional.empty());
    }

    /**
     * Runs gradient descent from {@code start}.
     *
     * @param recordEvery a snapshot every this many steps (besides the first and the last), {@code >= 1}
     * @param optimum the optimum that excess loss and distance are measured against
     */
    public static DescentRun run(Network start, Data data, StepSchedule schedule, StopRule stop, int recordEvery,
            Optional<LeastSquares> optimum) {
        Checks.require(recordEvery >= 1, "record interval", "at least 1", recordEvery);
        data.requireFits(start.widths());
        Tracker tracker = new Tracker(start, data, optimum);
        List<Snapshot> snaps = new ArrayList<>();
        double l0 = Loss.value(start, data);
        Checks.require(Double.isFinite(l0), "starting loss", "a finite number", l0);
        double bound = stop.divergenceFactor() * (1 + l0);
        Network w = start;
        double time = 0;
        // the previous iterate, recorded lazily so that a divergence keeps the last finite state
        Network prev = null;
        double prevLoss = 0;
        double prevGradient = 0;
        double prevTime = 0;
        double prevEta = 0;
        boolean prevRecorded = true;
        for (long k = 0; ; k++) {
            double loss = Loss.value(w, data);
            Network g = Loss.gradient(w, data);
            double gn = g.norm();
            String diverged = null;
            if (!Double.isFinite(loss) || !Double.isFinite(gn)) {
                diverged = String.format(Locale.ROOT, "loss or gradient not finite at step %d", k);
            } else if (loss > bound) {
                diverged = String.format(Locale.ROOT, "loss %.3e > %.0e (1 + L(W(0))) at step %d", loss,
                        stop.divergenceFactor(), k);
            }
            if (diverged != null) {
                if (prev == null) { // cannot happen for a finite start: the bound exceeds L(W(0))
                    throw new IllegalStateException("divergence at the start: " + diverged);
                }
                if (!prevRecorded) {
                    snaps.add(tracker.snapshot(k - 1, prevTime, prevEta, prev, prevLoss, prevGradient));
                }
                return new DescentRun(Outcome.DIVERGED, k, prev, snaps, diverged);
            }
            double eta = schedule.eta(k);
            boolean converged = gn <= stop.gradientTolerance();
            boolean budget = k >= stop.maxSteps();
            prevRecorded = k % recordEvery == 0 || converged || budget;
            if (prevRecorded) {
                snaps.add(tracker.snapshot(k, time, eta, w, loss, gn));
            }
            if (converged) {
                return new DescentRun(Outcome.CONVERGED, k, w, snaps,
                        String.format(Locale.ROOT, "|grad| %.3e <= %.1e at step %d", gn, stop.gradientTolerance(), k));
            }
            if (budget) {
                return new DescentRun(Outcome.BUDGET_EXHAUSTED, k, w, snaps,
                        String.format(Locale.ROOT, "%d steps taken, |grad| %.3e > %.1e", k, gn, stop.gradientTolerance()));
            }
            prev = w;
            prevLoss = loss;
            prevGradient = gn;
            prevTime = time;
            prevEta = eta;
            w = w.combine(g, -eta);
            time += eta;
        }
    }
}
