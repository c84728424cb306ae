package dlnkit.examples;

import dlnkit.descent.Balancedness;
import dlnkit.descent.DescentRun;
import dlnkit.descent.EndToEndFlow;
import dlnkit.descent.FlowSettings;
import dlnkit.descent.GradientDescent;
import dlnkit.descent.GradientFlow;
import dlnkit.descent.Starts;
import dlnkit.descent.StepSchedule;
import dlnkit.descent.StopRule;
import dlnkit.descent.Targets;
import dlnkit.model.Data;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Random;

/**
 * The descent API in a few lines: a balanced start (delta = 0), gradient descent with a small and a too large
 * step (the second is reported as DIVERGED), and the layered gradient flow against the end-to-end flow of
 * Arora, Cohen and Hazan. Prints what it finds; returns the number of findings that contradict docs/math.md section 5.
 */
public final class BalancedDescent {
    private BalancedDescent() {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, args.length > 0 ? Long.parseLong(args[0]) : 1) == 0 ? 0 : 1);
    }

    public static int run(PrintStream out, long seed) {
        int problems = 0;
        Random rng = new Random(seed);
        Widths widths = Widths.constant(3, 3);
        Matrix target = Targets.ofRank(3, 3, 3, rng);
        Data data = Targets.realizable(target, 12, rng);
        Network start = Starts.balanced(widths, 3, 0.9, rng);
        out.printf(Locale.ROOT, "balanced start, widths %s, seed %d: max_j ||Delta_j||_2 = %.1e%n", widths, seed,
                Balancedness.constant(start));
        problems += Balancedness.constant(start) < 1e-13 ? 0 : 1;
        DescentRun small = GradientDescent.run(start, data, StepSchedule.constant(0.1), StopRule.DEFAULT, 1000);
        DescentRun large = GradientDescent.run(start, data, StepSchedule.constant(3), StopRule.DEFAULT, 1000);
        out.println("  eta = 0.1: " + small.summary());
        out.println("  eta = 3:   " + large.summary());
        problems += small.converged() ? 0 : 1;
        problems += large.diverged() ? 0 : 1;
        double[] times = {0.5, 1.0};
        Network layered = GradientFlow.solve(start, data, times, FlowSettings.TIGHT).states().get(1);
        Matrix e2e = EndToEndFlow.solve(start.endToEnd(), data, widths.depth(), times, FlowSettings.TIGHT).get(1);
        double diff = layered.endToEnd().minus(e2e).frobeniusNorm();
        out.printf(Locale.ROOT, "  at t = 1: ||W_3 W_2 W_1 (layered flow) - W_e (end-to-end flow)||_F = %.1e%n", diff);
        problems += diff < 1e-8 ? 0 : 1;
        return problems;
    }
}
