package dlnkit.experiment;

import dlnkit.descent.DescentRun;
import dlnkit.descent.GradientDescent;
import dlnkit.descent.Outcome;
import dlnkit.descent.Starts;
import dlnkit.descent.StepSchedule;
import dlnkit.descent.StopRule;
import dlnkit.descent.Targets;
import dlnkit.model.Checks;
import dlnkit.model.Data;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.Determinant;
import dlnkit.numeric.RandomMatrices;
import dlnkit.progress.ProgressListener;
import dlnkit.report.Csv;
import dlnkit.report.LineChart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * e2: the largest constant step size that still converges, against the depth {@code N}, on the same
 * data for every depth. Data: a realizable full-rank target {@code Y = Phi X}. Start: the balanced start
 * {@code W_j = V_j V_{j-1}^T} ({@code s = 1}, full rank), with the same {@code V_0} and {@code V_N} at
 * every depth, so the start's end-to-end matrix {@code V_N V_0^T} and the initial loss do not depend on
 * {@code N}. {@code V_0} is chosen with {@code det(V_N V_0^T)} of the sign of {@code det(Phi)}: a balanced gradient
 * flow cannot change the sign of {@code det W_e} (its singular values cannot reach zero in finite time; Arora,
 * Cohen and Hazan), so a start of the wrong sign cannot converge to the global minimum at any step size.
 *
 * <p>"Converges" means the run ends {@link Outcome#CONVERGED} (gradient norm at most the tolerance)
 * within the step budget; a run that diverges or merely oscillates within the budget does not. The
 * search doubles or halves from {@code 0.1} until it brackets the switch, then bisects geometrically.
 * The reported {@code eta*} is the largest step seen to converge; the bracket {@code [lo, hi]} is
 * printed too. Convergence need not be monotone in {@code eta}; the bisection finds one switch point.
 *
 * @param width the constant width
 * @param depths the depths, ascending
 * @param samples number of samples
 * @param stop the stopping rule of each trial run
 * @param bisections bisection steps after bracketing
 * @param seed the seed
 */
public record E2LargestStep(int width, List<Integer> depths, int samples, StopRule stop, int bisections, long seed) {

    public E2LargestStep {
        depths = List.copyOf(depths);
        Checks.require(!depths.isEmpty(), "depths", "at least one", depths);
        for (int i = 0; i < depths.size(); i++) {
            Checks.require(depths.get(i) >= 1 && (i == 0 || depths.get(i) > depths.get(i - 1)), "depths",
                    "ascending depths >= 1", depths);
        }
        Checks.require(bisections >= 1 && bisections <= 60, "bisections", "between 1 and 60", bisections);
        Checks.require(samples >= width, "samples", "at least the width " + width, samples);
    }

    /** The result at one depth. */
    public record Point(int depth, double lo, double hi, int trials, long steps, String belowCheck) {
    }

    /**
     * The steps {@code eta* (1 -+ i/8)}, {@code i = 1..4}, rechecked after the bisection: convergence need not be
     * monotone, so a step below {@code eta*} may fail or one above it may converge.
     */
    static final int BELOW_CHECKS = 4;

    /**
     * What e2 found.
     *
     * @param firstDepth the smallest depth tried
     * @param lastDepth the largest depth tried
     * @param fitted the depths with an eta* (the points of the fits; the fits need 3)
     * @param exponentialRms rms error of log eta* of the exponential fit (NaN without a fit)
     * @param powerLawRms rms error of log eta* of the power-law fit (NaN without a fit)
     * @param unresolved depths where no step converged
     * @param notMonotone depths where convergence was not monotone near eta*
     * @param seed the seed
     */
    public record Summary(int firstDepth, int lastDepth, int fitted, double exponentialRms, double powerLawRms, int unresolved,
            int notMonotone, long seed) {
        /** Both fits were made. */
        public boolean hasFits() {
            return fitted >= 3 && Double.isFinite(exponentialRms) && Double.isFinite(powerLawRms);
        }

        /** The power law fits log eta* strictly better than the exponential. */
        public boolean powerLawFitsBetter() {
            return hasFits() && powerLawRms < exponentialRms;
        }

        /** The verdict line. */
        public String verdict() {
            if (!hasFits()) {
                return String.format(Locale.ROOT, "no fit: %d depth(s) with an eta*, 3 needed", fitted);
            }
            return powerLawFitsBetter()
                    ? "the power law fits better than the exponential: eta* does not look exponentially shrinking over this range"
                    : "the exponential fits better than the power law over this range";
        }
    }

    public ExperimentOutput<Summary> run(ProgressListener progress) {
        Random rng = new Random(seed);
        Matrix target = Targets.ofRank(width, width, width, rng);
        Data data = Targets.realizable(target, samples, rng);
        Matrix v0 = RandomMatrices.orthogonal(width, rng);
        Matrix vn = RandomMatrices.orthogonal(width, rng);
        if (Math.signum(Determinant.of(vn.times(v0.transpose()))) != Math.signum(Determinant.of(target))) {
            v0 = v0.times(flipFirstColumn(width)); // det(V_0) changes sign
        }
        long middleSeed = rng.nextLong();
        Csv csv = new Csv("depth", "eta_star", "bracket_hi", "eta_star_times_depth", "trials", "gd_steps", "below_check");
        List<Point> points = new ArrayList<>();
        int done = 0;
        for (int n : depths) {
            Widths widths = Widths.constant(n, width);
            List<Matrix> orth = new ArrayList<>();
            Random mid = new Random(middleSeed + n);
            orth.add(v0);
            for (int j = 1; j < n; j++) {
                orth.add(RandomMatrices.orthogonal(width, mid));
            }
            orth.add(vn);
            Network start = Starts.balanced(widths, width, 1.0, orth);
            Point p = search(n, start, data);
            points.add(p);
            csv.row(n, p.lo(), p.hi(), p.lo() * n, p.trials(), p.steps(), p.belowCheck());
            progress.update(++done, depths.size());
        }
        return report(points, csv);
    }

    private Point search(int n, Network start, Data data) {
        int[] trials = {0};
        long[] steps = {0};
        java.util.function.DoublePredicate converges = eta -> {
            DescentRun r = GradientDescent.run(start, data, StepSchedule.constant(eta), stop, Integer.MAX_VALUE);
            trials[0]++;
            steps[0] += r.steps();
            return r.outcome() == Outcome.CONVERGED;
        };
        double lo;
        double hi;
        double eta = 0.1;
        if (converges.test(eta)) {
            lo = eta;
            hi = 2 * eta;
            while (converges.test(hi)) {
                lo = hi;
                hi *= 2;
                Checks.require(hi < 1e6, "step-size search", "a diverging step below 1e6", hi);
            }
        } else {
            hi = eta;
            lo = eta / 2;
            while (!converges.test(lo)) {
                hi = lo;
                lo /= 2;
                if (lo < 1e-8) {
                    return new Point(n, Double.NaN, hi, trials[0], steps[0], "no converging step found");
                }
            }
        }
        for (int i = 0; i < bisections; i++) {
            double mid = Math.sqrt(lo * hi);
            if (converges.test(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        List<String> failed = new ArrayList<>();
        List<String> above = new ArrayList<>();
        for (int i = 1; i <= BELOW_CHECKS; i++) {
            double below = lo * (1 - i / 8.0);
            if (!converges.test(below)) {
                failed.add(String.format(Locale.ROOT, "%.4g", below));
            }
            double up = lo * (1 + i / 8.0);
            if (converges.test(up)) {
                above.add(String.format(Locale.ROOT, "%.4g", up));
            }
        }
        List<String> notes = new ArrayList<>();
        if (!failed.isEmpty()) {
            notes.add("smaller " + String.join(" ", failed) + " did not converge");
        }
        if (!above.isEmpty()) {
            notes.add("larger " + String.join(" ", above) + " converged");
        }
        return new Point(n, lo, hi, trials[0], steps[0], notes.isEmpty() ? "ok" : "NOT monotone: " + String.join("; ", notes));
    }

    private ExperimentOutput<Summary> report(List<Point> points, Csv csv) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "e2: largest converging constant step vs depth, width %d, samples %d, seed %d%n",
                width, samples, seed));
        text.append(String.format(Locale.ROOT, "  same data Y = Phi X (Phi of full rank %d) and the same start end-to-end V_N V_0^T at every depth; "
                + "balanced start, s = 1%n", width));
        text.append(String.format(Locale.ROOT, "  converges = |grad| <= %.1e within %d steps; bracket then %d geometric bisections%n",
                stop.gradientTolerance(), stop.maxSteps(), bisections));
        text.append(String.format(Locale.ROOT, "  recheck: eta* (1 - i/8) must converge and eta* (1 + i/8) must not, i = 1..%d "
                + "(else the row says NOT monotone)%n", BELOW_CHECKS));
        text.append(String.format(Locale.ROOT, "  %5s %12s %12s %12s %7s %10s  %s%n", "N", "eta*", "bracket hi", "eta* x N", "trials", "GD steps",
                "recheck"));
        int anomalies = 0;
        int unresolved = 0;
        List<Double> ns = new ArrayList<>();
        List<Double> etas = new ArrayList<>();
        for (Point p : points) {
            text.append(String.format(Locale.ROOT, "  %5d %12.5g %12.5g %12.5g %7d %10d  %s%n", p.depth(), p.lo(), p.hi(),
                    p.lo() * p.depth(), p.trials(), p.steps(), p.belowCheck()));
            if (p.belowCheck().startsWith("NOT")) {
                anomalies++;
            } else if (!p.belowCheck().equals("ok")) {
                unresolved++;
            }
            if (Double.isFinite(p.lo())) {
                ns.add((double) p.depth());
                etas.add(p.lo());
            }
        }
        LineChart chart = new LineChart(String.format(Locale.ROOT, "e2: largest converging step vs depth, width %d (seed %d)", width, seed),
                "depth N", "eta*").logY();
        chart.add(new LineChart.Series("eta* (measured)", ns, etas, true, false));
        double expRms = Double.NaN;
        double powRms = Double.NaN;
        if (ns.size() >= 3) {
            Fit exp = Fit.of(ns, etas, false);
            Fit pow = Fit.of(ns, etas, true);
            text.append(String.format(Locale.ROOT, "  exponential fit  eta* ~ %.4g * %.4f^N   (rms error of log eta*: %.4f)%n",
                    Math.exp(exp.intercept()), Math.exp(exp.slope()), exp.rms()));
            text.append(String.format(Locale.ROOT, "  power-law fit    eta* ~ %.4g * N^%.4f  (rms error of log eta*: %.4f)%n",
                    Math.exp(pow.intercept()), pow.slope(), pow.rms()));
            text.append(String.format(Locale.ROOT, "  eta* x N ranges over [%.4g, %.4g] (a constant product would mean eta* = C/N)%n",
                min(points), max(points)));
            expRms = exp.rms();
            powRms = pow.rms();
            chart.add(fitted("exponential fit", ns, exp, false));
            chart.add(fitted("power-law fit", ns, pow, true));
        }
        Summary found = new Summary(points.get(0).depth(), points.get(points.size() - 1).depth(), ns.size(), expRms, powRms, unresolved,
                anomalies, seed);
        if (found.hasFits()) {
            text.append(String.format(Locale.ROOT, "  verdict: %s%n", found.verdict()));
        }
        if (unresolved > 0) {
            text.append(String.format(Locale.ROOT, "  %d depth(s) where no step down to 1e-8 converged within the budget (no eta* reported; "
                    + "they are left out of the fits)%n", unresolved));
        }
        if (anomalies > 0) {
            text.append(String.format(Locale.ROOT, "  %d depth(s) where convergence is not monotone in the step size near eta*: the "
                    + "switch is not sharp there (slow convergence near the stability edge); a larger --steps usually removes this%n",
                    anomalies));
        }
        Map<String, Csv> tables = new LinkedHashMap<>();
        tables.put("e2", csv);
        Map<String, LineChart> charts = new LinkedHashMap<>();
        charts.put("e2", chart);
        return new ExperimentOutput<>(text.toString(), tables, charts, true, found);
    }

    private static Matrix flipFirstColumn(int d) {
        return Matrix.identity(d).with(0, 0, -1);
    }

    private static double min(List<Point> ps) {
        return ps.stream().filter(p -> Double.isFinite(p.lo())).mapToDouble(p -> p.lo() * p.depth()).min().orElse(Double.NaN);
    }

    private static double max(List<Point> ps) {
        return ps.stream().filter(p -> Double.isFinite(p.lo())).mapToDouble(p -> p.lo() * p.depth()).max().orElse(Double.NaN);
    }

    private static LineChart.Series fitted(String name, List<Double> ns, Fit f, boolean power) {
        List<Double> ys = new ArrayList<>();
        for (double n : ns) {
            ys.add(Math.exp(f.intercept() + f.slope() * (power ? Math.log(n) : n)));
        }
        return new LineChart.Series(name, ns, ys, false, false);
    }

    /** Least-squares line through {@code (x or log x, log y)}. */
    record Fit(double slope, double intercept, double rms) {
        static Fit of(List<Double> xs, List<Double> ys, boolean logX) {
            int n = xs.size();
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            for (int i = 0; i < n; i++) {
                double x = logX ? Math.log(xs.get(i)) : xs.get(i);
                double y = Math.log(ys.get(i));
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
            }
            double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
            double intercept = (sy - slope * sx) / n;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double x = logX ? Math.log(xs.get(i)) : xs.get(i);
                double r = Math.log(ys.get(i)) - (intercept + slope * x);
                ss += r * r;
            }
            return new Fit(slope, intercept, Math.sqrt(ss / n));
        }
    }
}
