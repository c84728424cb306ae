package dlnkit.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Data;
import dlnkit.model.Loss;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.LeastSquares;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GradientFlowTest {

    /**
     * docs/math.md section 2: gradient flow conserves delta. From an unbalanced Gaussian start the loss falls by a
     * large factor while every Delta_j stays put to the integrator's tolerance; gradient descent over the
     * same time with eta = 1e-2 drifts by orders of magnitude more (its eta^2 law), so the check discriminates.
     */
    @Test
    void deltaIsConservedAlongGradientFlow() {
        Random rng = new Random(21);
        Widths widths = Widths.of(2, 3, 2, 2);
        Network start = Network.gaussian(widths, 0.8, rng);
        Data data = Data.gaussian(widths, 6, rng);
        double[] times = {0.25, 0.5, 1, 2};
        LeastSquares opt = LeastSquares.optimum(data, 2);
        DescentRun flow = GradientFlow.run(start, data, times, 0, FlowSettings.TIGHT, Optional.of(opt));
        assertEquals(times.length + 1, flow.snapshots().size());
        double scale = Balancedness.constant(start);
        for (Snapshot s : flow.snapshots()) {
            assertTrue(s.drift() < 1e-10 * Math.max(1, scale), "t = " + s.time() + ": drift " + s.drift());
        }
        assertTrue(flow.end().excessLoss() < 0.1 * flow.first().excessLoss(),
                "excess loss " + flow.first().excessLoss() + " -> " + flow.end().excessLoss());
        DescentRun gd = GradientDescent.run(start, data, StepSchedule.constant(1e-2), new StopRule(200, 0, 1e8), 200);
        assertTrue(gd.end().drift() > 1e3 * flow.end().drift(), "GD drift " + gd.end().drift() + ", flow drift " + flow.end().drift());
    }

    /** An independent route to the same flow: explicit Euler with tiny steps (gradient descent) converges to it. */
    @Test
    void gradientDescentWithTinyStepsApproachesTheFlow() {
        Random rng = new Random(22);
        Widths widths = Widths.of(3, 2, 3);
        Network start = Network.gaussian(widths, 0.7, rng);
        Data data = Data.gaussian(widths, 7, rng);
        Network flowEnd = GradientFlow.solve(start, data, new double[] {0.5}, FlowSettings.TIGHT).states().get(0);
        double previous = Double.POSITIVE_INFINITY;
        for (int steps : new int[] {500, 1000, 2000}) {
            DescentRun gd = GradientDescent.run(start, data, StepSchedule.constant(0.5 / steps), new StopRule(steps, 0, 1e8), steps);
            double error = gd.last().combine(flowEnd, -1).norm();
            assertTrue(error < previous / 1.8, "Euler error " + error + " after " + previous);
            previous = error;
        }
        assertTrue(previous < 1e-3, "error " + previous);
    }

    /**
     * docs/math.md section 5 (Arora, Cohen, Hazan): for balanced starts (full rank and rank-deficient) the product
     * W_N...W_1 of the layered flow follows the end-to-end flow with fractional matrix powers. Two
     * independently integrated ODEs (dimension sum d_t d_{t-1} and d_N d_0) agree along the trajectory. For an
     * unbalanced start they do not, so the comparison can fail.
     */
    @Test
    void endToEndFlowMatchesTheLayeredFlowForBalancedStarts() {
        Random rng = new Random(23);
        double[] times = {0.1, 0.3, 0.6, 1.0, 1.5};
        for (int[] spec : new int[][] {{3, 3, 3, 3, 3}, {3, 4, 3, 4, 3}, {3, 4, 2, 4, 3}}) {
            Widths widths = Widths.of(spec);
            Matrix target = Targets.ofRank(3, 3, 3, rng);
            Data data = Targets.realizable(target, 12, rng);
            int rank = Math.min(Starts.minWidth(widths), spec[2] == 2 ? 2 : 3);
            Network start = Starts.balanced(widths, rank, 0.9, rng);
            List<Network> layered = GradientFlow.solve(start, data, times, FlowSettings.TIGHT).states();
            List<Matrix> endToEnd = EndToEndFlow.solve(start.endToEnd(), data, widths.depth(), times, FlowSettings.TIGHT);
            double moved = layered.get(times.length - 1).endToEnd().minus(start.endToEnd()).frobeniusNorm();
            assertTrue(moved > 0.1, "the trajectory moves: " + moved);
            for (int i = 0; i < times.length; i++) {
                double diff = layered.get(i).endToEnd().minus(endToEnd.get(i)).frobeniusNorm();
                assertTrue(diff < 1e-8, "widths " + widths + ", rank " + rank + ", t = " + times[i] + ": difference " + diff);
            }
        }
        Widths widths = Widths.constant(3, 3);
        Data data = Targets.realizable(Targets.ofRank(3, 3, 3, rng), 12, rng);
        Network unbalanced = Starts.gaussian(widths, 0.9, rng);
        Network layered = GradientFlow.solve(unbalanced, data, new double[] {1.0}, FlowSettings.DEFAULT).states().get(0);
        Matrix e2e = EndToEndFlow.solve(unbalanced.endToEnd(), data, 3, new double[] {1.0}, FlowSettings.DEFAULT).get(0);
        assertTrue(layered.endToEnd().minus(e2e).frobeniusNorm() > 1e-2, "unbalanced starts must differ");
    }

    /** The flow run stops when the gradient is small and says so. */
    @Test
    void flowRunStopsOnSmallGradient() {
        Random rng = new Random(24);
        Widths widths = Widths.constant(2, 2);
        Data data = Targets.realizable(Targets.ofRank(2, 2, 2, rng), 10, rng);
        Network start = Starts.balanced(widths, 2, 1, rng);
        DescentRun run = GradientFlow.run(start, data, GradientFlow.geometricTimes(0.01, 1e4, 60), 1e-9, FlowSettings.DEFAULT,
                Optional.empty());
        assertEquals(Outcome.CONVERGED, run.outcome(), run.summary());
        assertTrue(Loss.gradient(run.last(), data).norm() <= 1e-9);
    }
}
