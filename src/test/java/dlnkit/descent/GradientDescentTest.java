package dlnkit.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Data;
import dlnkit.model.DeltaMap;
import dlnkit.model.Loss;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.LeastSquares;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GradientDescentTest {

    /**
     * docs/math.md section 2: one step with step size eta changes Delta_j by exactly
     * eta^2 (G_{j+1}^T G_{j+1} - G_j G_j^T). Computed: delta after a real step minus delta before; compared
     * with the formula from the gradient alone, for steps over four orders of magnitude.
     */
    @Test
    void oneStepChangesDeltaByExactlyEtaSquaredTimesTheGradientTerm() {
        Random rng = new Random(1);
        for (Widths widths : List.of(Widths.of(2, 3, 2), Widths.of(3, 2, 4, 1), Widths.of(2, 2, 2, 2, 2))) {
            Network w = Network.gaussian(widths, 0.9, rng);
            Data data = Data.gaussian(widths, 6, rng);
            Network g = Loss.gradient(w, data);
            for (double eta : new double[] {1e-3, 1e-2, 1e-1, 1}) {
                List<Matrix> before = DeltaMap.value(w);
                List<Matrix> after = DeltaMap.value(w.combine(g, -eta));
                for (int j = 1; j < widths.depth(); j++) {
                    Matrix gNext = g.layer(j + 1);
                    Matrix gCur = g.layer(j);
                    Matrix predicted = gNext.transpose().times(gNext).minus(gCur.times(gCur.transpose())).scale(eta * eta);
                    Matrix actual = after.get(j - 1).minus(before.get(j - 1));
                    double scale = Math.max(before.get(j - 1).maxAbs(), after.get(j - 1).maxAbs()) + predicted.maxAbs();
                    assertEquals(0, actual.minus(predicted).maxAbs(), 1e-13 * Math.max(1, scale),
                            "widths " + widths + ", eta " + eta + ", j " + j);
                    // the law is not vacuous: the eta^2 term is far above rounding at the larger steps
                    if (eta >= 1e-1) {
                        assertTrue(predicted.maxAbs() > 1e-6, "eta^2 term " + predicted.maxAbs());
                    }
                }
            }
        }
    }

    /** Over a fixed time T = K eta the drift is a sum of K terms of order eta^2: halving eta about halves it. */
    @Test
    void driftOverAFixedTimeIsProportionalToTheStepSize() {
        Random rng = new Random(2);
        Widths widths = Widths.of(2, 3, 3, 2);
        Network start = Network.gaussian(widths, 0.7, rng);
        Data data = Data.gaussian(widths, 8, rng);
        double[] drifts = new double[3];
        double eta = 2e-3;
        int steps = 100;
        for (int i = 0; i < 3; i++) {
            DescentRun run = GradientDescent.run(start, data, StepSchedule.constant(eta), new StopRule(steps, 0, 1e8), steps);
            drifts[i] = run.end().drift();
            eta /= 2;
            steps *= 2;
        }
        assertEquals(2, drifts[0] / drifts[1], 0.15);
        assertEquals(2, drifts[1] / drifts[2], 0.08);
        assertTrue(Math.abs(drifts[1] / drifts[2] - 2) < Math.abs(drifts[0] / drifts[1] - 2), "the ratio tends to 2");
    }

    /** A step far too large: the run says DIVERGED, keeps only finite snapshots and the last finite iterate. */
    @Test
    void tooLargeAStepIsReportedAsDivergenceNotAsANumber() {
        Random rng = new Random(3);
        Widths widths = Widths.constant(4, 3);
        Data data = Targets.realizable(Targets.ofRank(3, 3, 2, rng), 20, rng);
        Network start = Starts.balanced(widths, 3, 1.0, rng);
        DescentRun run = GradientDescent.run(start, data, StepSchedule.constant(5), StopRule.DEFAULT, 1);
        assertEquals(Outcome.DIVERGED, run.outcome());
        assertTrue(run.reason().contains("DIVERG") || run.reason().contains("loss"), run.reason());
        for (Snapshot s : run.snapshots()) {
            assertTrue(Double.isFinite(s.loss()) && Double.isFinite(s.gradientNorm()) && Double.isFinite(s.drift()), s.toString());
        }
        assertTrue(Double.isFinite(Loss.value(run.last(), data)));
        assertEquals(run.steps() - 1, run.end().k());
    }

    /**
     * Balanced start, realizable full-rank target, depth 3, a small constant step: converges to a global minimum
     * (loss near 0), the end-to-end matrix near the target, and the balancedness drift stays small.
     */
    @Test
    void smallConstantStepConvergesToTheTargetAndStaysNearlyBalanced() {
        Random rng = new Random(4);
        Widths widths = Widths.constant(3, 3);
        Matrix target = Targets.ofRank(3, 3, 3, rng);
        Data data = Targets.realizable(target, 30, rng);
        Network start = Starts.balanced(widths, 3, 0.8, rng);
        LeastSquares opt = LeastSquares.optimum(data, 3);
        DescentRun run = GradientDescent.run(start, data, StepSchedule.constant(0.05), new StopRule(50_000, 1e-9, 1e8), 100,
                Optional.of(opt));
        assertEquals(Outcome.CONVERGED, run.outcome(), run.summary());
        assertTrue(run.end().loss() < 1e-15, run.summary());
        assertEquals(0, run.last().endToEnd().minus(target).maxAbs(), 1e-6);
        // the exact law sums to drift <= eta^2 sum_k ||G(k)||_F^2, and for a descending run
        // eta sum_k ||G(k)||^2 is about L(0) - L(end): the drift is at most about eta times the loss decrease
        double bound = 2 * 0.05 * (run.first().loss() - run.end().loss());
        assertTrue(run.end().drift() <= bound, "drift " + run.end().drift() + " > " + bound);
        assertTrue(run.end().drift() > 1e-3 * bound, "drift is not vacuous: " + run.end().drift());
        assertEquals(0, opt.loss(), 1e-20);
    }

    @Test
    void budgetAndDecayingStepsAreHonoured() {
        Random rng = new Random(5);
        Widths widths = Widths.constant(3, 2);
        Data data = Data.gaussian(widths, 6, rng);
        Network start = Network.gaussian(widths, 0.5, rng);
        StepSchedule decaying = StepSchedule.decaying(0.1, 0.5);
        DescentRun run = GradientDescent.run(start, data, decaying, new StopRule(7, 0, 1e8), 1);
        assertEquals(Outcome.BUDGET_EXHAUSTED, run.outcome());
        assertEquals(7, run.steps());
        assertEquals(8, run.snapshots().size());
        double time = 0;
        for (int k = 0; k < 7; k++) {
            time += 0.1 / Math.sqrt(k + 1);
        }
        assertEquals(time, run.end().time(), 1e-15);
        assertEquals(0.1 / Math.sqrt(8), run.end().eta(), 1e-15);
        // replaying the steps by hand gives the same iterate
        Network w = start;
        for (int k = 0; k < 7; k++) {
            w = w.combine(Loss.gradient(w, data), -decaying.eta(k));
        }
        assertEquals(0, w.combine(run.last(), -1).norm(), 1e-14);
    }

    @Test
    void badScheduleNamesTheArgument() {
        assertEquals("step size eta_0: expected a finite number > 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> StepSchedule.constant(-1)).getMessage());
        assertEquals("decay exponent rho: expected a finite number >= 0, got -0.5",
                assertThrows(IllegalArgumentException.class, () -> StepSchedule.decaying(1, -0.5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StopRule(0, 1e-8, 1e8));
    }
}
