package dlnkit.experiment;

import dlnkit.descent.DescentRun;
import dlnkit.descent.FiberProjection;
import dlnkit.descent.FlowSettings;
import dlnkit.descent.GradientFlow;
import dlnkit.descent.Snapshot;
import dlnkit.descent.Targets;
import dlnkit.model.Checks;
import dlnkit.model.Data;
import dlnkit.model.DeltaMap;
import dlnkit.model.Loss;
import dlnkit.model.Network;
import dlnkit.numeric.DataAssumptions;
import dlnkit.numeric.LeastSquares;
import dlnkit.numeric.Tolerances;
import dlnkit.progress.ProgressListener;
import dlnkit.report.Csv;
import dlnkit.report.LineChart;
import dlnkit.hessian.HessianVariety;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * e4: gradient flow in the delta-fiber of a point of the seed's counterexample subvariety
 * {@code A = {W_i W_{i-1} W_{i-2} = 0 : i = 16, 12, 8, 4}} (depth 16, width 2), which lies in the
 * vanishing-Hessian variety {@code A_H} (three disjoint zero paths). Steps:
 * <ol>
 *   <li>draw {@code p} ({@link CounterexamplePoint}), check the four triple products are exactly zero, and
 *       check {@code p} in {@code A_H} by the pair rule and by the gradient and dense Hessian at {@code p};</li>
 *   <li>for each start: {@code q_0 = p + eps G} ({@code G} standard Gaussian), projected onto the fiber
 *       {@code delta = delta(p)} by Newton steps ({@link FiberProjection});</li>
 *   <li>run the gradient flow ({@link GradientFlow}, Dormand-Prince 8(5,3)) up to the horizon and report where it
 *       ends: loss, critical value matched ({@link CriticalPointClass}), distance from {@code p}, pair rule at the
 *       end, and the drift of delta along the flow (which should stay at the integrator's tolerance, so the
 *       trajectory stays in the fiber of {@code p}).</li>
 * </ol>
 *
 * @param starts the number of starts
 * @param epsilon the size of the perturbation before projection (standard deviation per entry)
 * @param horizon the flow's time horizon
 * @param samples the number of data samples
 * @param gradientTolerance the flow stops when {@code ||grad L|| <=} this
 * @param seed the seed
 */
public record E4Fibers(int starts, double epsilon, double horizon, int samples, double gradientTolerance, long seed) {
    /** Samples of the flow per trajectory, geometrically spaced from {@code 1e-2}. */
    static final int TIME_SAMPLES = 60;
    /** Newton steps allowed for a projection, and the residual counted as on the fiber. */
    static final int NEWTON_STEPS = 50;
    static final double FIBER_RESIDUAL = 1e-12;

    public E4Fibers {
        Checks.require(starts >= 1, "starts", "at least 1", starts);
        Checks.require(epsilon > 0, "epsilon", "a number > 0", epsilon);
        Checks.require(horizon > 0.01, "horizon", "a number > 0.01", horizon);
        Checks.require(samples >= 4, "samples", "at least d_0 + d_N = 4", samples);
    }

    /**
     * What e4 found.
     *
     * @param starts the flows run
     * @param pointInHessianVariety the triple products at p are exactly zero, the pair rule puts p in A_H, and the gradient
     *     and Hessian at p vanish numerically
     * @param projectionsConverged every start was projected onto the fiber
     * @param worstDrift the largest drift of delta along any flow
     * @param driftLimit the drift allowed (the flows stay in the fiber when {@code worstDrift <= driftLimit})
     * @param seed the seed
     */
    public record Summary(int starts, boolean pointInHessianVariety, boolean projectionsConverged, double worstDrift, double driftLimit,
            long seed) {
        /** The flows stayed in the fiber: {@code worstDrift <= driftLimit}. */
        public boolean inFiber() {
            return worstDrift <= driftLimit;
        }

        /** Every check of the experiment held. */
        public boolean checksHold() {
            return pointInHessianVariety && projectionsConverged && inFiber();
        }
    }

    public ExperimentOutput<Summary> run(ProgressListener progress) {
        Random rng = new Random(seed);
        Network p = CounterexamplePoint.draw(rng);
        Data data = Targets.generic(2, 2, samples, rng);
        DataAssumptions assumptions = DataAssumptions.check(data);
        LeastSquares optimum = LeastSquares.optimum(data, 2);
        double lp = Loss.value(p, data);
        double gp = Loss.gradient(p, data).norm();
        double hp = 0;
        for (double[] row : Loss.denseHessian(p, data)) {
            for (double v : row) {
                hp = Math.max(hp, Math.abs(v));
            }
        }
        HessianVariety ruleAtP = HessianVariety.check(p, data, Tolerances.DEFAULT);
        double scaleP = E3Avoidance.hessianScale(p, data);
        double zeroLimit = Tolerances.DEFAULT.zeroRelative() * scaleP;
        boolean vanish = gp <= zeroLimit && hp <= zeroLimit;

        boolean productsZero = true;
        for (int top : CounterexamplePoint.TRIPLE_TOPS) {
            productsZero &= p.product(top, top - 2).isZero();
        }
        double[] fiber = DeltaMap.coordinates(p);
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "e4: flows in the delta-fiber of a point p of A = {W_i W_{i-1} W_{i-2} = 0 : i = 16,12,8,4}, "
                + "depth 16, width 2, seed %d%n", seed));
        text.append(String.format(Locale.ROOT, "  p: triple products W16W15W14, W12W11W10, W8W7W6, W4W3W2 %s; W_{16:1}(p) = 0, so L(p) = ||Y||^2 = %.6f%n",
                productsZero ? "exactly zero (checked)" : "NOT zero", lp));
        text.append(String.format(Locale.ROOT, "  p in A_H: pair rule says %s; numerically |grad L(p)| = %.1e, max |Hessian(p)| = %.1e "
                + "(%s: <= %.0e x scale %.1e)%n", ruleAtP.contained() ? "yes" : "NO", gp, hp, vanish ? "both vanish" : "NOT both vanishing",
                Tolerances.DEFAULT.zeroRelative(), scaleP));
        dlnkit.numeric.FloatRank jr = dlnkit.numeric.SvdRank.of(DeltaMap.jacobian(p), Tolerances.DEFAULT);
        text.append(String.format(Locale.ROOT, "  delta's Jacobian at p: %s; rank %d of T = 45 means delta is a submersion at p and the fiber "
                + "through p is a smooth manifold of dimension 64 - %d near p%n", jr.summary(), jr.rank(), jr.rank()));
        text.append(String.format(Locale.ROOT, "  data: generic Gaussian, %d samples; %s%n", samples, assumptions.summary()));
        text.append(String.format(Locale.ROOT, "  critical values of the end-to-end problem: L* = %.6f (global); singular values of Q S_X %s%n",
                optimum.loss(), optimum.singularValues().stream().map(v -> String.format(Locale.ROOT, "%.4f", v)).toList()));
        text.append(String.format(Locale.ROOT, "  starts: p + %.3g G projected onto delta = delta(p) by Newton steps; flow to t = %.3g "
                + "(Dormand-Prince 8(5,3), tolerances %.0e) or |grad| <= %.0e%n", epsilon, horizon,
                FlowSettings.DEFAULT.absoluteTolerance(), gradientTolerance));
        text.append("  (rank-k minimum: the end-to-end matrix is the best rank-k approximation; for k below the width this is a "
                + "critical point of L above the global minimum, not a local minimum of L)\n");
        text.append(String.format(Locale.ROOT, "  %5s %10s %10s %-17s %12s %11s %-24s %10s %9s %10s %11s%n", "start", "|q0 - p|", "fiber res",
                "outcome", "t end", "loss end", "critical value matched", "|W - p|", "in A_H", "drift", "lambda_min(H)"));
        Csv csv = new Csv("start", "time", "loss", "gradient_norm", "drift", "distance_from_p");
        Csv summary = new Csv("start", "distance_start_p", "fiber_residual", "newton_steps", "outcome", "time_end", "loss_end",
                "gradient_norm_end", "critical_value", "matched_set", "distance_end_p", "pair_rule_in_A_H", "hessian_min_eigenvalue", "hessian_max_eigenvalue",
                "max_drift", "reason");
        LineChart chart = new LineChart(String.format(Locale.ROOT, "e4: loss along flows in the delta-fiber of p (depth 16, width 2, seed %d)", seed),
                "time t", "loss L(W(t))").logX();
        Map<String, Integer> ends = new LinkedHashMap<>();
        boolean pointOk = productsZero && ruleAtP.contained() && vanish;
        boolean projected = true;
        double worstDrift = 0;
        FlowSettings settings = FlowSettings.DEFAULT;
        double[] times = GradientFlow.geometricTimes(0.01, horizon, TIME_SAMPLES);
        for (int s = 0; s < starts; s++) {
            Network q0 = p.combine(Network.gaussian(p.widths(), 1, rng), epsilon);
            FiberProjection.Result proj = FiberProjection.project(q0, fiber, FIBER_RESIDUAL, NEWTON_STEPS);
            projected &= proj.converged();
            Network start = proj.point();
            int id = s;
            List<Double> ts = new ArrayList<>();
            List<Double> dist = new ArrayList<>();
            DescentRun run = GradientFlow.run(start, data, times, gradientTolerance, settings, Optional.of(optimum),
                    (t, w) -> {
                        ts.add(t);
                        dist.add(w.combine(p, -1).norm());
                    });
            progress.update(s + 1, starts);
            List<Double> tx = new ArrayList<>();
            List<Double> lx = new ArrayList<>();
            double maxDrift = 0;
            for (int i = 0; i < run.snapshots().size(); i++) {
                Snapshot sn = run.snapshots().get(i);
                double d = i == 0 ? start.combine(p, -1).norm() : dist.get(i - 1);
                csv.row(id, sn.time(), sn.loss(), sn.gradientNorm(), sn.drift(), d);
                maxDrift = Math.max(maxDrift, sn.drift());
                if (i > 0) {
                    tx.add(sn.time());
                    lx.add(sn.loss());
                }
            }
            worstDrift = Math.max(worstDrift, maxDrift);
            Network end = run.last();
            Snapshot e = run.end();
            CriticalPointClass c = CriticalPointClass.of(e.loss(), optimum, 2, 1e-6);
            HessianVariety rule = HessianVariety.check(end, data, new Tolerances(1e-9, 1e4, 1e-6));
            double distEnd = end.combine(p, -1).norm();
            double[] ev = dlnkit.numeric.Spectral.symmetricEigenvalues(Loss.denseHessian(end, data));
            String where = (run.converged() ? "" : "not converged: ") + c.label();
            ends.merge(where, 1, Integer::sum);
            summary.row(id, q0.combine(p, -1).norm(), proj.residual(), proj.iterations(), run.outcome().name(), e.time(), e.loss(),
                    e.gradientNorm(), c.kind(), c.indices().toString(), distEnd, rule.contained(), ev[0], ev[ev.length - 1], maxDrift,
                    run.reason());
            text.append(String.format(Locale.ROOT, "  %5d %10.3g %10.1e %-17s %12.4g %11.6f %-24s %10.3g %9s %10.1e %11.2e%n", id,
                    q0.combine(p, -1).norm(), proj.residual(), run.outcome().label(), e.time(), e.loss(), c.label(), distEnd,
                    rule.contained() ? "yes" : "no", maxDrift, ev[0]));
            chart.add(new LineChart.Series("start " + id + " (" + c.label() + ")", tx, lx, false, !run.converged()));
        }
        List<Double> span = List.of(times[0], horizon);
        chart.add(new LineChart.Series("L(p) = ||Y||^2 (p in A_H)", span, List.of(lp, lp), false, false));
        chart.add(new LineChart.Series("L* (global minimum)", span, List.of(optimum.loss(), optimum.loss()), false, false));
        text.append("  where the trajectories end (critical value matched by the final loss, |L - L_S| <= 1e-6 relative):\n");
        for (Map.Entry<String, Integer> en : ends.entrySet()) {
            text.append(String.format(Locale.ROOT, "    %-44s %3d%n", en.getKey(), en.getValue()));
        }
        Summary found = new Summary(starts, pointOk, projected, worstDrift, 1e-6, seed);
        text.append(String.format(Locale.ROOT, "  delta along the flows: largest drift max_j ||Delta_j(t) - Delta_j(0)||_2 = %.1e (%s %.0e): %s%n",
                found.worstDrift(), found.inFiber() ? "<=" : "EXCEEDS", found.driftLimit(),
                found.inFiber() ? "the trajectories stay in the fiber of p" : "the trajectories LEAVE the fiber of p"));
        text.append(String.format(Locale.ROOT, "  checks: %s%n", found.checksHold() ? "all held" : "SOME FAILED (see above)"));
        Map<String, Csv> tables = new LinkedHashMap<>();
        tables.put("e4", csv);
        tables.put("e4-summary", summary);
        Map<String, LineChart> charts = new LinkedHashMap<>();
        charts.put("e4", chart);
        return new ExperimentOutput<>(text.toString(), tables, charts, found.checksHold(), found);
    }
}
