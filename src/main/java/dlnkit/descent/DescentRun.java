package dlnkit.descent;

import dlnkit.model.Checks;
import dlnkit.model.Network;
import java.util.List;
import java.util.Locale;

/**
 * The result of a run of gradient descent (or of a gradient flow): how it ended, after how many steps,
 * the last iterate whose loss was finite and within the divergence bound, and the recorded snapshots
 * (always the first and the last finite one).
 *
 * @param outcome how the run ended
 * @param steps the number of steps taken (for a flow: the number of samples reached)
 * @param last the last iterate that did not trip the divergence test
 * @param snapshots the recorded snapshots, in order, all finite
 * @param reason one line saying why the run stopped, e.g. {@code "loss 3.1e+12 > 1e+08 (1 + L(W(0)))"}
 */
public record DescentRun(Outcome outcome, long steps, Network last, List<Snapshot> snapshots, String reason) {

    public DescentRun {
        Checks.require(outcome != null && last != null && snapshots != null && reason != null, "descent run",
                "non-null fields", "null");
        snapshots = List.copyOf(snapshots);
        Checks.require(!snapshots.isEmpty(), "snapshots", "at least one", 0);
    }

    public Snapshot first() {
        return snapshots.get(0);
    }

    /** The last recorded snapshot: the state at {@link #last}. */
    public Snapshot end() {
        return snapshots.get(snapshots.size() - 1);
    }

    public boolean converged() {
        return outcome == Outcome.CONVERGED;
    }

    public boolean diverged() {
        return outcome == Outcome.DIVERGED;
    }

    public String summary() {
        Snapshot e = end();
        return String.format(Locale.ROOT, "%s after %d steps (%s); last finite loss %.6e, |grad| %.3e, drift %.3e",
                outcome.label(), steps, reason, e.loss(), e.gradientNorm(), e.drift());
    }
}
