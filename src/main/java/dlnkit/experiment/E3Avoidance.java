package dlnkit.experiment;

import dlnkit.descent.DescentRun;
import dlnkit.descent.GradientDescent;
import dlnkit.descent.Outcome;
import dlnkit.descent.Starts;
import dlnkit.descent.StepSchedule;
import dlnkit.descent.StopRule;
import dlnkit.descent.Targets;
import dlnkit.image.DimensionResult;
import dlnkit.image.ImageDimension;
import dlnkit.model.Checks;
import dlnkit.model.Data;
import dlnkit.model.Loss;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.DataAssumptions;
import dlnkit.numeric.LeastSquares;
import dlnkit.numeric.Spectral;
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
import java.util.Random;

/**
 * e3: avoidance of the vanishing-Hessian variety. For given widths, {@code K} Gaussian starts run by
 * gradient descent to convergence on one generic data set; each limit is classified
 * <ul>
 *   <li>by its loss: global minimum, rank-{@code k} minimum, saddle value ({@link CriticalPointClass});</li>
 *   <li>by the cyclic pair rule ({@link HessianVariety}, arcs relative to the product of their arrows'
 *       norms, zero when {@code <= zeroTolerance});</li>
 *   <li>by the Hessian: the dense Hessian's eigenvalues; it "vanishes" when
 *       {@code ||H||_2 <= zeroTolerance * scale}, {@code scale = 4 N (||X||_F + ||Y||_F)^2 prod_t max(1, ||W_t||_F)^2}
 *       (a bound on its terms); the smallest eigenvalue tells a strict saddle ({@code < -zeroTolerance * scale}).</li>
 * </ul>
 * Besides the counts it reports {@code dim closure(im delta)} for the widths from {@link ImageDimension}
 * (exact and float routes) and the main conjecture's verdict for the widths from
 * {@link dlnkit.conjecture.ConjectureDecision}.
 *
 * @param widths the widths
 * @param starts the number of starts {@code K}
 * @param scale the standard deviation of the Gaussian starts
 * @param samples the number of samples
 * @param eta the constant step size
 * @param stop the stopping rule
 * @param zeroTolerance the relative tolerance of "vanishes" for arcs and the Hessian
 * @param seed the seed
 */
public record E3Avoidance(Widths widths, int starts, double scale, int samples, double eta, StopRule stop, double zeroTolerance,
        long seed) {

    public E3Avoidance {
        Checks.require(starts >= 1, "starts K", "at least 1", starts);
        Checks.require(widths.parameterCount() <= Loss.DENSE_HESSIAN_LIMIT, "widths", "at most " + Loss.DENSE_HESSIAN_LIMIT
                + " parameters (the dense Hessian is computed)", widths.parameterCount());
        Checks.require(samples >= widths.d(0) + widths.d(widths.depth()), "samples", "at least d_0 + d_N = "
                + (widths.d(0) + widths.d(widths.depth())), samples);
        Checks.require(zeroTolerance > 0 && zeroTolerance < 1, "zero tolerance", "a number in (0, 1)", zeroTolerance);
    }

    /**
     * What e3 found about the limits of gradient descent.
     *
     * @param starts the random starts
     * @param classified limits classified (the runs that did not diverge)
     * @param inPairRule limits in A_H by the cyclic pair rule
     * @param hessianVanishes limits where the Hessian vanishes (relative to its scale)
     * @param agree limits where the two A_H tests agree
     * @param strictSaddles limits with a negative Hessian eigenvalue
     * @param zeroTolerance the relative tolerance of both tests
     * @param seed the seed
     */
    public record Summary(int starts, int classified, int inPairRule, int hessianVanishes, int agree, int strictSaddles,
            double zeroTolerance, long seed) {
        public Summary {
            Checks.require(classified <= starts && inPairRule <= classified && hessianVanishes <= classified && agree <= classified
                    && strictSaddles <= classified, "counts", "at most the starts", classified + " of " + starts);
        }

        /** The pair rule and the Hessian test agree at every classified limit. */
        public boolean testsAgree() {
            return agree == classified;
        }
    }

    public ExperimentOutput<Summary> run(ProgressListener progress) {
        Random rng = new Random(seed);
        int n = widths.depth();
        Data data = Targets.generic(widths.d(0), widths.d(n), samples, rng);
        DataAssumptions assumptions = DataAssumptions.check(data);
        int r = Starts.minWidth(widths);
        LeastSquares optimum = LeastSquares.optimum(data, r);
        Tolerances tol = new Tolerances(Tolerances.DEFAULT.rankRelative(), Tolerances.DEFAULT.minRankGap(), zeroTolerance);
        Csv csv = new Csv("start", "outcome", "steps", "loss", "gradient_norm", "class", "matched_set", "value_gap", "end_to_end_rank",
                "pair_rule_in_A_H", "pair_rule_worst", "failing_pair", "hessian_norm", "hessian_scale", "hessian_vanishes",
                "hessian_min_eigenvalue", "drift");
        Map<String, Integer> counts = new LinkedHashMap<>();
        int inRule = 0;
        int inHessian = 0;
        int agree = 0;
        int strictSaddles = 0;
        int classified = 0;
        LineChart chart = new LineChart(String.format(Locale.ROOT,
                "e3: excess loss L(W(k)) - L* of %d starts, widths %s (seed %d); red cross: run not converged", starts, widths, seed),
                "iteration k", "L(W(k)) - L*").logY().hideLegend();
        for (int s = 0; s < starts; s++) {
            Network start = Starts.gaussian(widths, scale, rng);
            DescentRun run = GradientDescent.run(start, data, StepSchedule.constant(eta), stop, Math.max(1, stop.maxSteps() / 200));
            List<Double> ks = new ArrayList<>();
            List<Double> excess = new ArrayList<>();
            for (dlnkit.descent.Snapshot p : run.snapshots()) {
                ks.add((double) p.k());
                excess.add(p.loss() - optimum.loss());
            }
            chart.add(new LineChart.Series("start " + s, ks, excess, false, !run.converged()));
            progress.update(s + 1, starts);
            if (run.outcome() == Outcome.DIVERGED) {
                counts.merge("diverged", 1, Integer::sum);
                csv.row(s, run.outcome().name(), run.steps(), null, null, "diverged", "", null, null, null, null, "", null, null, null,
                        null, null);
                continue;
            }
            Network w = run.last();
            double loss = Loss.value(w, data);
            CriticalPointClass c = CriticalPointClass.of(loss, optimum, r, 1e-6);
            String key = run.converged() ? c.kind() : "not converged (" + c.kind() + ")";
            counts.merge(key, 1, Integer::sum);
            HessianVariety rule = HessianVariety.check(w, data, tol);
            double[] ev = Spectral.symmetricEigenvalues(Loss.denseHessian(w, data));
            double hNorm = Math.max(Math.abs(ev[0]), Math.abs(ev[ev.length - 1]));
            double hScale = hessianScale(w, data);
            boolean hVanishes = hNorm <= zeroTolerance * hScale;
            boolean strict = ev[0] < -zeroTolerance * hScale;
            classified++;
            inRule += rule.contained() ? 1 : 0;
            inHessian += hVanishes ? 1 : 0;
            agree += rule.contained() == hVanishes ? 1 : 0;
            strictSaddles += strict ? 1 : 0;
            int rank = rank(w.endToEnd());
            csv.row(s, run.outcome().name(), run.steps(), loss, run.end().gradientNorm(), c.kind(), c.indices().toString(), c.gap(), rank,
                    rule.contained(), rule.worst(), rule.failingPair().orElse(""), hNorm, hScale, hVanishes, ev[0], run.end().drift());
        }
        DimensionResult dims = ImageDimension.dimension(widths, seed, ImageDimension.FloatMethod.AUTO, Tolerances.DEFAULT);
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "e3: avoidance of A_H, widths %s (depth %d), %d Gaussian starts of scale %.3g, seed %d%n",
                widths, n, starts, scale, seed));
        text.append(String.format(Locale.ROOT, "  data: generic Gaussian X, Y with %d samples; %s%n", samples, assumptions.summary()));
        text.append(String.format(Locale.ROOT, "  gradient descent: eta = %.4g, stop at |grad| <= %.1e or %d steps%n", eta,
                stop.gradientTolerance(), stop.maxSteps()));
        text.append(String.format(Locale.ROOT, "  critical values: global minimum (rank %d) %.6e; singular values of Q S_X %s%n", r,
                optimum.loss(), format(optimum.singularValues())));
        text.append("  limits by loss value (|L - L_S| <= 1e-6 relative):\n");
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            text.append(String.format(Locale.ROOT, "    %-40s %4d%n", e.getKey(), e.getValue()));
        }
        Summary found = new Summary(starts, classified, inRule, inHessian, agree, strictSaddles, zeroTolerance, seed);
        text.append(String.format(Locale.ROOT, "  in A_H by the cyclic pair rule (arcs <= %.0e relative)   %4d of %d%n", found.zeroTolerance(),
                found.inPairRule(), found.classified()));
        text.append(String.format(Locale.ROOT, "  Hessian vanishes (||H||_2 <= %.0e x scale)              %4d of %d%n", found.zeroTolerance(),
                found.hessianVanishes(), found.classified()));
        text.append(String.format(Locale.ROOT, "  the two A_H tests agree                                %4d of %d%n", found.agree(),
                found.classified()));
        text.append(String.format(Locale.ROOT, "  strict saddles (smallest Hessian eigenvalue < 0)       %4d of %d%n", found.strictSaddles(),
                found.classified()));
        text.append(String.format(Locale.ROOT, "  dim closure(im delta) for these widths: %s (T = %d; exact: %s)%n",
                dims.agree() ? Long.toString(dims.dimension()) : "UNDECIDED (exact and float routes disagree)", dims.target(),
                dims.exact().summary()));
        dlnkit.conjecture.ConjectureResult verdict = dlnkit.conjecture.ConjectureDecision.decide(widths, seed, dlnkit.numeric.Tolerances.DEFAULT);
        text.append(String.format(Locale.ROOT, "  conjecture verdict for these widths (as `dlnkit conjecture`): %s%n",
                verdict.emptyHessianVariety() ? "holds: A_H is empty"
                        : verdict.verdict().name().toLowerCase(Locale.ROOT) + ": dim closure(delta(A_H)) = " + verdict.exactDimension()
                                + " vs dim closure(im delta) = " + verdict.fullDimension()
                                + (verdict.certificate().isPresent() ? " (certified)" : "")));
        Map<String, Csv> tables = new LinkedHashMap<>();
        tables.put("e3", csv);
        Map<String, LineChart> charts = new LinkedHashMap<>();
        charts.put("e3", chart);
        return new ExperimentOutput<>(text.toString(), tables, charts, found.testsAgree(), found);
    }

    /** {@code 4 N (||X||_F + ||Y||_F)^2 prod_t max(1, ||W_t||_F)^2}: bounds the Hessian's entries. */
    static double hessianScale(Network w, Data data) {
        double layers = 1;
        for (Matrix m : w.layers()) {
            layers *= Math.max(1, m.frobeniusNorm());
        }
        double s = data.x().frobeniusNorm() + data.y().frobeniusNorm();
        return 4.0 * w.depth() * s * s * layers * layers;
    }

    private static int rank(Matrix m) {
        double[] sv = Spectral.singularValues(m);
        int k = 0;
        for (double v : sv) {
            if (v > 1e-6 * Math.max(1, sv[0])) {
                k++;
            }
        }
        return k;
    }

    private static String format(List<Double> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.4g", values.get(i)));
        }
        return sb.append(']').toString();
    }
}
