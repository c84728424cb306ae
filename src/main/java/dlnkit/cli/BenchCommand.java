package dlnkit.cli;

import dlnkit.image.ExactRank;
import dlnkit.image.ImageDimension;
import dlnkit.model.Widths;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            exitCodeList = {"0:target met", "1:target missed"})
    static final class Dims implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--width", defaultValue = "8", description = "Constant width (default: ${DEFAULT-VALUE}).")
        int width;

        @Option(names = "--depths", defaultValue = "250,500,1000", split = ",",
                description = "Depths to time, ascending (default: ${DEFAULT-VALUE}).")
        List<Integer> depths;

        @Mixin
        SeedOption seedOption = new SeedOption();

        @Option(names = "--target-seconds", defaultValue = "10",
                description = "Time allowed for the largest depth (default: ${DEFAULT-VALUE}).")
        double targetSeconds;

        @Override
        public Integer call() {
            long seed = seedOption.value();
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
            exitCodeList = {"0:target met", "1:target missed or wrong result"})
    static final class Restrict implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SeedOption seedOption = new SeedOption();

        @Option(names = "--repeat", defaultValue = "3", description = "Timed runs (default: ${DEFAULT-VALUE}).")
        int repeat;

        @Override
        public Integer call() {
            long seed = seedOption.value();
            dlnkit.model.Checks.require(repeat >= 1, "--repeat", "at least 1", repeat);
            PrintWriter out = spec.commandLine().getOut();
            Widths w = Widths.constant(16, 2);
            dlnkit.variety.ZeroConditions v = dlnkit.variety.ZeroConditions.parse(dlnkit.variety.SeedSubvarieties.COUNTEREXAMPLE, 16);
            dlnkit.conjecture.RestrictedDimension.compute(Widths.constant(8, 2), dlnkit.variety.ZeroConditions.parse("W8W7W6, W4W3W2", 8),
                    seed, dlnkit.numeric.Tolerances.DEFAULT);
            out.printf(Locale.ROOT, "bench restrict: depth 16, width 2, V = {%s}, seed %d%n", v, seed);
            double worst = 0;
            boolean right = true;
            for (int i = 0; i < repeat; i++) {
                long t0 = System.nanoTime();
                dlnkit.conjecture.RestrictionResult r = dlnkit.conjecture.RestrictedDimension.compute(w, v, seed + i, dlnkit.numeric.Tolerances.DEFAULT);
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
            description = {"Times `dlnkit conjecture --depth N --width d` as a whole process (JVM start included), each case "
                    + "--runs times (median and peak resident memory printed), and checks the targets: width 2, depths 7-10 at "
                    + "least 3x faster than the reference figures 1.9 s, 3.8 s, 7.5 s, 28.8 s; width 4, depth 7 at least 3x faster "
                    + "than 113 s; width 5, depth 7 under 10 s; width 6, depth 7 under 60 s; width 8, depth 7 decided (time reported); "
                    + "peak memory under 2 GB for each.",
                "Each run is a JVM started with the options of this one (under ./dlnkit: its class-data archive, heap "
                    + "limit and collector; printed in the header), so it starts and runs as ./dlnkit conjecture does.",
                "Side by side (--against CMD): for each case, CMD is run with the arguments `--depth N --width d` appended "
                    + "(CMD is split on spaces), alternating with dlnkit, --runs times each; the medians and the ratio "
                    + "CMD / dlnkit are printed (above 1: dlnkit is faster). CMD must exit 0; its output is ignored.",
                "Peak memory is read with /usr/bin/time when it exists (else printed as -). Exit code 1 when a target is "
                    + "missed, a case is undecided, or a run fails or times out."},
            exitCodeList = {"0:targets met", "1:target missed, undecided, or a run failed"})
    static final class Conjecture implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--cases", defaultValue = "2:7,2:8,2:9,2:10,4:7,5:7,6:7,8:7", split = ",", paramLabel = "d:N",
                description = "Cases width:depth (default: ${DEFAULT-VALUE}).")
        List<String> cases;

        @Option(names = "--against", paramLabel = "CMD", description = "Another implementation to run on the same cases.")
        String against;

        @Option(names = "--runs", defaultValue = "3", description = "Runs per case and program (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--timeout", defaultValue = "600", description = "Seconds allowed per run (default: ${DEFAULT-VALUE}).")
        int timeout;

        @Mixin
        SeedOption seedOption = new SeedOption();

        /** A target: time limit in seconds (NaN: none), and the reference figure it comes from (NaN: none). */
        record Target(double seconds, double reference) {
        }

        static Target target(int width, int depth) {
            if (depth == 7 && width == 2) {
                return new Target(1.9 / 3, 1.9);
            }
            if (depth == 8 && width == 2) {
                return new Target(3.8 / 3, 3.8);
            }
            if (depth == 9 && width == 2) {
                return new Target(7.5 / 3, 7.5);
            }
            if (depth == 10 && width == 2) {
                return new Target(28.8 / 3, 28.8);
            }
            if (depth == 7 && width == 4) {
                return new Target(113.0 / 3, 113.0);
            }
            if (depth == 7 && width == 5) {
                return new Target(10, Double.NaN);
            }
            if (depth == 7 && width == 6) {
                return new Target(60, Double.NaN);
            }
            return new Target(Double.NaN, Double.NaN);
        }

        /**
         * The options this JVM was started with (by the ./dlnkit launcher: its class-data archive, heap limit and
         * collector), so that the timed processes run as the launcher's do; options that record or debug are left out.
         */
        static List<String> launcherOptions() {
            List<String> options = new ArrayList<>();
            for (String arg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                if (!(arg.startsWith("-XX:ArchiveClassesAtExit") || arg.startsWith("-XX:DumpLoadedClassList")
                        || arg.startsWith("-agentlib") || arg.startsWith("-agentpath") || arg.startsWith("-javaagent")
                        || arg.startsWith("-XX:StartFlightRecording") || arg.startsWith("-Xrunjdwp") || arg.startsWith("-Xdebug"))) {
                    options.add(arg);
                }
            }
            return options;
        }

        /** One timed run: seconds, peak memory in MB (NaN when unknown), exit code, standard output. */
        record Run(double seconds, double peakMb, int code, String out) {
        }

        Run run(List<String> command) throws IOException, InterruptedException {
            List<String> full = new ArrayList<>();
            java.nio.file.Path mem = null;
            java.nio.file.Path time = java.nio.file.Path.of("/usr/bin/time");
            if (java.nio.file.Files.isExecutable(time)) {
                mem = java.nio.file.Files.createTempFile("dlnkit-bench", ".mem");
                full.addAll(List.of(time.toString(), "-f", "%M", "-o", mem.toString()));
            }
            full.addAll(command);
            java.nio.file.Path outFile = java.nio.file.Files.createTempFile("dlnkit-bench", ".out");
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(full).redirectOutput(outFile.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            boolean done = p.waitFor(timeout, java.util.concurrent.TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
            }
            String out = java.nio.file.Files.readString(outFile);
            java.nio.file.Files.deleteIfExists(outFile);
            double peak = Double.NaN;
            if (mem != null) {
                String text = java.nio.file.Files.readString(mem).strip();
                java.nio.file.Files.deleteIfExists(mem);
                String last = text.isEmpty() ? "" : text.lines().reduce((a, b) -> b).orElse("");
                if (last.matches("\\d+")) {
                    peak = Long.parseLong(last) / 1024.0;
                }
            }
            return new Run(seconds, peak, done ? p.exitValue() : -1, out);
        }

        static double median(double[] xs) {
            double[] c = xs.clone();
            java.util.Arrays.sort(c);
            return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
        }

        @Override
        public Integer call() throws Exception {
            long seed = seedOption.value();
            dlnkit.model.Checks.require(runs >= 1, "--runs", "at least 1", runs);
            dlnkit.model.Checks.require(timeout >= 1, "--timeout", "at least 1 second", timeout);
            List<int[]> parsed = new ArrayList<>();
            for (String c : cases) {
                String[] parts = c.strip().split(":");
                dlnkit.model.Checks.require(parts.length == 2 && parts[0].matches("\\d+") && parts[1].matches("\\d+"), "--cases",
                        "entries width:depth such as 2:7", c);
                int width = Integer.parseInt(parts[0]);
                int depth = Integer.parseInt(parts[1]);
                dlnkit.model.Checks.require(width >= 1 && width <= 64 && depth >= 1 && depth <= 64, "--cases",
                        "widths and depths between 1 and 64", c);
                parsed.add(new int[] {width, depth});
            }
            List<String> other = against == null ? List.of() : List.of(against.strip().split("\\s+"));
            dlnkit.model.Checks.require(against == null || !other.get(0).isEmpty(), "--against", "a command", against);
            String java = ProcessHandle.current().info().command().orElse("java");
            String classPath = System.getProperty("java.class.path");
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "bench conjecture: whole processes (JVM start included), %d run(s) each, median; seed %d; %d cores%s%n",
                    runs, seed, Runtime.getRuntime().availableProcessors(), against == null ? "" : "; against: " + against);
            List<String> jvmOptions = launcherOptions();
            out.printf(Locale.ROOT, "  JVM options: %s%n", jvmOptions.isEmpty() ? "none" : String.join(" ", jvmOptions));
            out.printf(Locale.ROOT, "  %5s %5s %-8s %10s %9s %10s %10s %7s  %s%n", "width", "depth", "verdict", "dlnkit s", "peak MB",
                    "target s", "other s", "ratio", "result");
            boolean ok = true;
            for (int[] c : parsed) {
                int width = c[0];
                int depth = c[1];
                List<String> ours = new ArrayList<>(List.of(java));
                ours.addAll(jvmOptions);
                ours.addAll(List.of("-cp", classPath, "dlnkit.cli.Main", "conjecture", "--depth", Integer.toString(depth),
                        "--width", Integer.toString(width), "--seed", Long.toString(seed), "--format", "json", "--no-progress"));
                List<String> theirs = new ArrayList<>(other);
                theirs.addAll(List.of("--depth", Integer.toString(depth), "--width", Integer.toString(width)));
                double[] mine = new double[runs];
                double[] them = new double[runs];
                double peak = Double.NaN;
                String verdict = "?";
                boolean failed = false;
                for (int k = 0; k < runs; k++) {
                    Run r = run(ours);
                    mine[k] = r.seconds();
                    peak = Double.isNaN(peak) ? r.peakMb() : Math.max(peak, Double.isNaN(r.peakMb()) ? peak : r.peakMb());
                    if (r.code() == 0 || r.code() == Main.DISAGREE) {
                        com.google.gson.JsonObject o = com.google.gson.JsonParser.parseString(r.out()).getAsJsonObject();
                        verdict = o.get("verdict").getAsString();
                    } else {
                        verdict = r.code() < 0 ? "timeout" : "exit " + r.code();
                        failed = true;
                    }
                    if (against != null) {
                        Run t = run(theirs);
                        them[k] = t.seconds();
                        failed |= t.code() != 0;
                    }
                }
                double median = median(mine);
                Target t = target(width, depth);
                boolean met = !failed && !"undecided".equals(verdict) && (Double.isNaN(t.seconds()) || median < t.seconds())
                        && (Double.isNaN(peak) || peak < 2048);
                ok &= met;
                String otherText = against == null ? "-" : String.format(Locale.ROOT, "%.2f", median(them));
                String ratio = against == null ? "-" : String.format(Locale.ROOT, "%.2f", median(them) / median);
                out.printf(Locale.ROOT, "  %5d %5d %-8s %10.2f %9s %10s %10s %7s  %s%n", width, depth, verdict, median,
                        Double.isNaN(peak) ? "-" : String.format(Locale.ROOT, "%.0f", peak),
                        Double.isNaN(t.seconds()) ? "-" : String.format(Locale.ROOT, "%.2f", t.seconds()), otherText, ratio,
                        failed ? "FAILED RUN" : met ? "met" : "MISSED");
                out.flush();
            }
            out.printf(Locale.ROOT, "  targets %s%n", ok ? "met" : "MISSED");
            out.flush();
            return ok ? Main.OK : Main.DISAGREE;
        }
    }
}
