package dlnkit.cli;

import dlnkit.image.ExactRank;
import dlnkit.image.ImageDimension;
import dlnkit.model.Widths;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dlnkit bench}: performance figures, kept out of the unit tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks. Speed targets live here, not in the unit tests.",
        subcommands = {BenchCommand.Dims.class, BenchCommand.Restrict.class, BenchCommand.Conjecture.class, CensusBench.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a benchmark name is required (see dlnkit bench --help)");
    }

    @Command(name = "dims", mixinStandardHelpOptions = true,
            description = {"Times the exact route of `dims` (block elimination mod p) for constant width at several depths "
                    + "and prints the time ratios, which should be near the depth ratios (linear growth).",
                "Each depth is timed three times; the median is printed.",
                "Target: depth 1000, width 8 (a 35,964 x 64,000 Jacobian) in under 10 s on 2 cores.",
                "Exit code 1 when the target is missed."},
            footerHeading = "%nExit codes:%n",
            footer = {"  0  target met", "  1  target missed", "  2  bad input"})
    static final class Dims implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--width", defaultValue = "8", description = "Constant width (default: ${DEFAULT-VALUE}).")
        int width;

        @Option(names = "--depths", defaultValue = "250,500,1000", split = ",",
                description = "Depths to time, ascending (default: ${DEFAULT-VALUE}).")
        List<Integer> depths;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the random points (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--target-seconds", defaultValue = "10",
                description = "Time allowed for the largest depth (default: ${DEFAULT-VALUE}).")
        double targetSeconds;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (int i = 0; i < depths.size(); i++) {
                dlnkit.model.Checks.require(i == 0 || depths.get(i) > depths.get(i - 1), "--depths", "ascending depths", depths);
            }
            List<Widths> cases = new ArrayList<>();
            for (int d : depths) {
                cases.add(Widths.constant(d, width));
            }
            // warm-up so the first timing is not the JIT's
            ImageDimension.exactRank(Widths.constant(Math.min(50, depths.get(0)), width), seed);
            out.printf(Locale.ROOT, "bench dims: exact rank of delta's Jacobian mod p, width %d, seed %d, %d cores%n",
                    width, seed, Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "  %6s %10s %10s %8s %10s %12s%n", "depth", "rows", "columns", "rank", "median s", "ratio");
            double previous = Double.NaN;
            double last = 0;
            for (Widths w : cases) {
                double[] times = new double[3];
                ExactRank r = null;
                for (int k = 0; k < times.length; k++) {
                    long t0 = System.nanoTime();
                    r = ImageDimension.exactRank(w, seed);
                    times[k] = (System.nanoTime() - t0) / 1e9;
                }
                java.util.Arrays.sort(times);
                double s = times[1];
                String ratio = Double.isNaN(previous) ? "" : String.format(Locale.ROOT, "x%.2f", s / previous);
                out.printf(Locale.ROOT, "  %6d %10d %10d %8d %10.3f %12s%n", w.depth(), r.rows(), r.cols(), r.rank(), s, ratio);
                previous = s;
                last = s;
            }
            boolean met = last < targetSeconds;
            out.printf(Locale.ROOT, "  depth %d in %.3f s: target (< %.1f s) %s%n", depths.get(depths.size() - 1), last,
                    targetSeconds, met ? "met" : "MISSED");
            out.flush();
            return met ? Main.OK : Main.DISAGREE;
        }
    }

    @Command(name = "restrict", mixinStandardHelpOptions = true,
            description = {"Times `restrict` on the seed's counterexample: depth 16, width 2, "
                    + "V = {W16W15W14, W12W11W10, W8W7W6, W4W3W2}, certificate included, in a fresh run after a warm-up.",
                "Target: under 2 s. Exit code 1 when the target is missed or the result is not 45 of 45 certified."},
            footerHeading = "%nExit codes:%n",
            footer = {"  0  target met", "  1  target missed or wrong result", "  2  bad input"})
    static final class Restrict implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--repeat", defaultValue = "3", description = "Timed runs (default: ${DEFAULT-VALUE}).")
        int repeat;

        @Override
        public Integer call() {
            dlnkit.model.Checks.require(repeat >= 1, "--repeat", "at least 1", repeat);
            PrintWriter out = spec.commandLine().getOut();
            Widths w = Widths.constant(16, 2);
            dlnkit.variety.ZeroConditions v = dlnkit.variety.ZeroConditions.parse(dlnkit.variety.SeedSubvarieties.COUNTEREXAMPLE, 16);
            dlnkit.image.RestrictedDimension.compute(Widths.constant(8, 2), dlnkit.variety.ZeroConditions.parse("W8W7W6, W4W3W2", 8),
                    seed, dlnkit.numeric.Tolerances.DEFAULT);
            out.printf(Locale.ROOT, "bench restrict: depth 16, width 2, V = {%s}, seed %d%n", v, seed);
            double worst = 0;
            boolean right = true;
            for (int i = 0; i < repeat; i++) {
                long t0 = System.nanoTime();
                dlnkit.image.RestrictionResult r = dlnkit.image.RestrictedDimension.compute(w, v, seed + i, dlnkit.numeric.Tolerances.DEFAULT);
                double s = (System.nanoTime() - t0) / 1e9;
                worst = Math.max(worst, s);
                right &= r.dimension() == 45 && r.certified();
                out.printf(Locale.ROOT, "  run %d (seed %d): %d of %d, certified %b, orbits visited %d, evaluated %d, %.3f s%n",
                        i + 1, seed + i, r.dimension(), r.target(), r.certified(), r.orbitsVisited(), r.orbitsEvaluated(), s);
            }
            boolean met = worst < 2.0 && right;
            out.printf(Locale.ROOT, "  slowest %.3f s: target (< 2 s, 45 of 45 certified) %s%n", worst, met ? "met" : "MISSED");
            out.flush();
            return met ? Main.OK : Main.DISAGREE;
        }
    }

    @Command(name = "conjecture", mixinStandardHelpOptions = true,
            description = {"Times the decision of the main conjecture for width 2 at every depth 2..8 (as `dlnkit search`), "
                    + "on a pool of one thread per core. Target: all of them in under 5 minutes in total on this machine.",
                "Exit code 1 when the target is missed or a depth is undecided."},
            footerHeading = "%nExit codes:%n",
            footer = {"  0  target met", "  1  target missed or undecided", "  2  bad input"})
    static final class Conjecture implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--width", defaultValue = "2", description = "Constant width (default: ${DEFAULT-VALUE}).")
        int width;

        @Option(names = "--max-depth", defaultValue = "8", description = "Largest depth (default: ${DEFAULT-VALUE}).")
        int maxDepth;

        @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws Exception {
            dlnkit.model.Checks.require(maxDepth >= 2 && maxDepth <= 64, "--max-depth", "an integer between 2 and 64", maxDepth);
            PrintWriter out = spec.commandLine().getOut();
            int cores = Runtime.getRuntime().availableProcessors();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(cores, r -> {
                Thread t = new Thread(r, "dlnkit-bench");
                t.setDaemon(true);
                return t;
            });
            long t0 = System.nanoTime();
            List<java.util.concurrent.Future<double[]>> futures = new ArrayList<>();
            for (int depth = 2; depth <= maxDepth; depth++) {
                Widths w = Widths.constant(depth, width);
                futures.add(pool.submit(() -> {
                    long s0 = System.nanoTime();
                    dlnkit.image.ConjectureResult r = dlnkit.image.ConjectureDecision.decide(w, seed, dlnkit.numeric.Tolerances.DEFAULT);
                    return new double[] {w.depth(), r.verdict().ordinal(), r.exactDimension(), r.strataEvaluated(), (System.nanoTime() - s0) / 1e9};
                }));
            }
            out.printf(Locale.ROOT, "bench conjecture: width %d, depths 2..%d, seed %d, %d threads%n", width, maxDepth, seed, cores);
            boolean decided = true;
            for (java.util.concurrent.Future<double[]> f : futures) {
                double[] r = f.get();
                String verdict = dlnkit.image.ConjectureResult.Verdict.values()[(int) r[1]].name().toLowerCase(Locale.ROOT);
                decided &= !"undecided".equals(verdict);
                out.printf(Locale.ROOT, "  depth %2d: %-7s dim %3d, %6d strata evaluated, %8.3f s%n", (int) r[0], verdict, (int) r[2],
                        (long) r[3], r[4]);
            }
            pool.shutdownNow();
            double total = (System.nanoTime() - t0) / 1e9;
            boolean met = total < 300 && decided;
            out.printf(Locale.ROOT, "  wall time %.3f s: target (< 300 s, all decided) %s%n", total, met ? "met" : "MISSED");
            out.flush();
            return met ? Main.OK : Main.DISAGREE;
        }
    }
}
