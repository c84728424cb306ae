package dlnkit.experiment;

import dlnkit.descent.DescentRun;
import dlnkit.descent.GradientDescent;
import dlnkit.descent.Snapshot;
import dlnkit.descent.Starts;
import dlnkit.descent.StepSchedule;
import dlnkit.descent.StopRule;
import dlnkit.descent.Targets;
import dlnkit.model.Checks;
import dlnkit.model.Data;
import dlnkit.model.Loss;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.LeastSquares;
import dlnkit.progress.ProgressListener;
import dlnkit.report.Csv;
import dlnkit.report.LineChart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * e1: the seed paper's setting. A balanced start, a realizable rank-{@code r} target, gradient descent
 * with several constant step sizes (some converge, too large a one diverges, and is shown as divergence)
 * and with decaying steps {@code eta_0/(k+1)^rho} for several {@code rho}. Records the loss, the
 * distance to the optimum, the drift {@code max_j ||Delta_j(k) - Delta_j(0)||_2} and the balancedness
 * {@code max_j ||Delta_j(k)||_2}.
 *
 * @param widths the widths
 * @param targetRank the rank of the target {@code Phi}
 * @param startRank the rank of the balanced start
 * @param scale the scale {@code s} of the balanced start
 * @param samples the number of samples {@code m}
 * @param etas the constant step sizes
 * @param decayEta0 {@code eta_0} of the decaying schedules
 * @param rhos the decay exponents
 * @param stop the stopping rule
 * @param recordEvery a snapshot every this many steps
 * @param seed the seed of data and start
 */
public record E1StepSizes(Widths widths, int targetRank, int startRank, double scale, int samples, List<Double> etas,
        double decayEta0, List<Double> rhos, StopRule stop, int recordEvery, long seed) {

    public E1StepSizes {
        etas = List.copyOf(etas);
        rhos = List.copyOf(rhos);
        Checks.require(!etas.isEmpty() || !rhos.isEmpty(), "step sizes", "at least one constant step or one rho", "none");
        Checks.require(samples >= widths.d(0), "samples", "at least d_0 = " + widths.d(0) + " (X X^T invertible)", samples);
        Checks.require(recordEvery >= 1, "record interval", "at least 1", recordEvery);
        schedules(etas, decayEta0, rhos); // validates every step size before anything runs
        int maxTarget = Math.min(widths.d(0), widths.d(widths.depth()));
        Checks.require(targetRank >= 0 && targetRank <= maxTarget, "target rank", "between 0 and " + maxTarget, targetRank);
        Checks.require(startRank >= 1 && startRank <= Starts.minWidth(widths), "rank r",
                "between 1 and the smallest width " + Starts.minWidth(widths), startRank);
        Checks.require(scale > 0 && Double.isFinite(scale), "scale s", "a finite number > 0", scale);
    }

    private static List<StepSchedule> schedules(List<Double> etas, double decayEta0, List<Double> rhos) {
        List<StepSchedule> out = new ArrayList<>();
        for (double eta : etas) {
            out.add(StepSchedule.constant(eta));
        }
        for (double rho : rhos) {
            out.add(StepSchedule.decaying(decayEta0, rho));
        }
        return out;
    }

    /**
     * What e1 found.
     *
     * @param runs the schedules run
     * @param converged runs that converged
     * @param diverged runs that diverged
     * @param seed the seed
     */
    public record Summary(int runs, int converged, int diverged, long seed) {
        public Summary {
            Checks.require(converged >= 0 && diverged >= 0 && converged + diverged <= runs, "counts",
                    "converged + diverged <= runs", converged + " + " + diverged + " of " + runs);
        }

        /** {@code "4 of 7 runs converged, 1 diverged"}. */
        public String line() {
            return String.format(Locale.ROOT, "%d of %d runs converged, %d diverged", converged, runs, diverged);
        }
    }

    public ExperimentOutput<Summary> run(ProgressListener progress) {
        Random rng = new Random(seed);
        int d0 = widths.d(0);
        int dn = widths.d(widths.depth());
        Matrix target = Targets.ofRank(dn, d0, targetRank, rng);
        Data data = Targets.realizable(target, samples, rng);
        Network start = Starts.balanced(widths, startRank, scale, rng);
        LeastSquares optimum = LeastSquares.optimum(data, Starts.minWidth(widths));
        List<StepSchedule> schedules = schedules(etas, decayEta0, rhos);
        Csv csv = new Csv("schedule", "eta0", "rho", "k", "time", "eta", "loss", "excess_loss", "distance_to_optimum",
                "gradient_norm", "drift", "balancedness", "outcome");
        Csv summary = new Csv("schedule", "eta0", "rho", "outcome", "steps", "final_loss", "final_gradient_norm", "final_drift",
                "final_balancedness", "reason");
        LineChart lossChart = new LineChart(String.format(Locale.ROOT, "e1: loss, widths %s, target rank %d, balanced start (seed %d)",
                widths, targetRank, seed), "iteration k", "loss L(W(k))").logY();
        LineChart driftChart = new LineChart(String.format(Locale.ROOT, "e1: balancedness drift max_j ||Delta_j(k) - Delta_j(0)||_2 (seed %d)",
                seed), "iteration k", "drift").logY();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "e1: widths %s  target rank %d  balanced start of rank %d, scale %.3g  samples %d  seed %d%n",
                widths, targetRank, startRank, scale, samples, seed));
        text.append(String.format(Locale.ROOT, "  data: X Gaussian / sqrt(m), Y = Phi X (realizable): optimum loss %.3e; L(W(0)) = %.6e; "
                + "max_j ||Delta_j(0)||_2 = %.2e%n", optimum.loss(), Loss.value(start, data),
                dlnkit.descent.Balancedness.constant(start)));
        text.append(String.format(Locale.ROOT, "  stop: |grad| <= %.1e, budget %d steps, divergence when the loss is not finite or > %.0e (1 + L(W(0)))%n",
                stop.gradientTolerance(), stop.maxSteps(), stop.divergenceFactor()));
        text.append(String.format(Locale.ROOT, "  %-24s %-17s %7s %13s %11s %11s %11s%n", "schedule", "outcome", "steps", "final loss",
                "|grad|", "drift", "max|Delta|"));
        int done = 0;
        int divergedCount = 0;
        int convergedCount = 0;
        for (StepSchedule s : schedules) {
            DescentRun run = GradientDescent.run(start, data, s, stop, recordEvery, Optional.of(optimum));
            progress.update(++done, schedules.size());
            List<Double> ks = new ArrayList<>();
            List<Double> losses = new ArrayList<>();
            List<Double> drifts = new ArrayList<>();
            for (Snapshot p : run.snapshots()) {
                csv.row(s.label(), s.eta0(), s.rho(), p.k(), p.time(), p.eta(), p.loss(), p.excessLoss(), p.distance(),
                        p.gradientNorm(), p.drift(), p.balancedness(), run.outcome().name());
                ks.add((double) p.k());
                losses.add(p.loss());
                drifts.add(p.drift());
            }
            Snapshot e = run.end();
            summary.row(s.label(), s.eta0(), s.rho(), run.outcome().name(), run.steps(), e.loss(), e.gradientNorm(), e.drift(),
                    e.balancedness(), run.reason());
            String name = s.label() + (run.diverged() ? " DIVERGED at k=" + run.steps() : "");
            lossChart.add(new LineChart.Series(name, ks, losses, false, run.diverged()));
            driftChart.add(new LineChart.Series(name, ks, drifts, false, run.diverged()));
            if (run.diverged()) {
                divergedCount++;
                text.append(String.format(Locale.ROOT, "  %-24s %-17s %7d %13s %11s %11s %11s  (%s; last finite loss %.3e at k=%d)%n",
                        s.label(), "DIVERGED", run.steps(), "-", "-", "-", "-", run.reason(), e.loss(), e.k()));
            } else {
                if (run.converged()) {
                    convergedCount++;
                }
                text.append(String.format(Locale.ROOT, "  %-24s %-17s %7d %13.6e %11.3e %11.3e %11.3e%n", s.label(),
                        run.outcome().label(), run.steps(), e.loss(), e.gradientNorm(), e.drift(), e.balancedness()));
            }
        }
        Summary found = new Summary(schedules.size(), convergedCount, divergedCount, seed);
        text.append("  ").append(found.line()).append(" (divergence is an outcome: no number is reported for it)\n");
        Map<String, Csv> tables = new LinkedHashMap<>();
        tables.put("e1", csv);
        tables.put("e1-summary", summary);
        Map<String, LineChart> charts = new LinkedHashMap<>();
        charts.put("e1", lossChart);
        charts.put("e1-drift", driftChart);
        return new ExperimentOutput<>(text.toString(), tables, charts, true, found);
    }
}
