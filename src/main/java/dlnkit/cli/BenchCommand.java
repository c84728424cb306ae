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
        subcommands = {BenchCommand.Dims.class})
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
            out.printf(Locale.ROOT, "  %6s %10s %10s %8s %10s %12s%n", "depth", "rows", "columns", "rank", "seconds", "ratio");
            double previous = Double.NaN;
            double last = 0;
            for (Widths w : cases) {
                long t0 = System.nanoTime();
                ExactRank r = ImageDimension.exactRank(w, seed);
                double s = (System.nanoTime() - t0) / 1e9;
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
}
