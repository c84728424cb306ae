package dlnkit.cli;

import dlnkit.census.Census;
import dlnkit.census.CensusRow;
import dlnkit.census.Family;
import dlnkit.census.Shards;
import dlnkit.model.Checks;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dlnkit bench census}: a census in-process on all cores, and the speed-up of shards run as processes. */
@Command(name = "census", mixinStandardHelpOptions = true,
        description = {"Times `census --depth 6 --entries 1..3` (2187 vectors, 1134 reversal classes) in this process on all cores, "
                + "into a temporary database. Target: under 20 s. Then times the census of --speedup-depth over 1..3 as one process "
                + "with one thread against --shards processes (`census --shard i/k --threads 1`, all at once; JVM options "
                + "-XX:+UseSerialGC -XX:TieredStopAtLevel=1, as examples/slurm/census.sbatch uses) and prints the speed-up "
                + "(on a machine with at least --shards free cores the ideal is --shards; each process also pays some 3 s of CPU for "
                + "start-up and JIT compilation, so a small census shows less).",
            "Exit code 1 when the target is missed or a vector is undecided."},
        exitCodeList = {"0:target met", "1:target missed or undecided"})
final class CensusBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--depth", defaultValue = "6", description = "Depth of the timed census (default: ${DEFAULT-VALUE}).")
    int depth;

    @Mixin
    SeedOption seedOption = new SeedOption();

    @Option(names = "--target-seconds", defaultValue = "20", description = "Target for the timed census (default: ${DEFAULT-VALUE}).")
    double targetSeconds;

    @Option(names = "--shards", defaultValue = "2", description = "Shard processes for the speed-up; 0 skips it (default: ${DEFAULT-VALUE}).")
    int shards;

    @Option(names = "--speedup-depth", defaultValue = "6", description = "Depth of the speed-up census (default: ${DEFAULT-VALUE}).")
    int speedupDepth;

    @Override
    public Integer call() throws Exception {
        long seed = seedOption.value();
        Checks.require(depth >= 2 && depth <= 8, "--depth", "an integer between 2 and 8", depth);
        Checks.require(speedupDepth >= 2 && speedupDepth <= 8, "--speedup-depth", "an integer between 2 and 8", speedupDepth);
        Checks.require(shards >= 0 && shards <= 64, "--shards", "an integer between 0 and 64", shards);
        PrintWriter out = spec.commandLine().getOut();
        int cores = Runtime.getRuntime().availableProcessors();
        Path dir = Files.createTempDirectory("dlnkit-bench-census");
        try {
            Family family = Family.range(depth, 1, 3, Family.Ends.ALL);
            long[] undecided = {0};
            long cpu0 = processCpuNanos();
            Census.Outcome o = Census.run(family, dir.resolve("bench.db"), seed, Shards.Spec.all(), cores, false, new Census.Listener() {
                @Override
                public void started(int planned, int alreadyDone, int failsAlready) {
                }

                @Override
                public void stored(CensusRow row) {
                    undecided[0] += "undecided".equals(row.verdict()) ? 1 : 0;
                }
            });
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            boolean met = o.seconds() < targetSeconds && undecided[0] == 0;
            out.printf(Locale.ROOT, "bench census: %s (%d vectors, %d classes), seed %d, %d threads: %d fail, %d undecided, %.2f s: "
                    + "target (< %.0f s) %s%n", family.description(), family.vectors(), family.members().size(), seed, cores,
                    o.failingVectors(), undecided[0], o.seconds(), targetSeconds, met ? "met" : "MISSED");
            out.printf(Locale.ROOT, "  process CPU time %.2f s (%.2f s per thread: the wall time on an otherwise idle machine; "
                    + "load average now %.1f on %d cores)%n", cpu, cpu / cores,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), cores);
            out.flush();
            if (shards > 0) {
                String range = "1..3";
                double[] one = processes(dir, "single", 1, range);
                double[] many = processes(dir, "sharded", shards, range);
                out.printf(Locale.ROOT, "  shards as processes (depth %d, entries %s, one thread each): 1 process %.2f s, %d processes "
                        + "%.2f s: speed-up %.2f (%d cores; the machine's other load counts too)%n", speedupDepth, range, one[0], shards,
                        many[0], one[0] / many[0], cores);
                out.printf(Locale.ROOT, "  process CPU: 1 process %.2f s; %d processes %.2f s in all, the largest %.2f s: speed-up %.2f "
                        + "on %d otherwise idle cores%n", one[1], shards, many[1], many[2], one[1] / many[2], shards);
            }
            out.flush();
            return met ? Main.OK : Main.DISAGREE;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** CPU time of this process so far (all threads), or 0 when the JVM does not say. */
    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /**
     * Wall time of {@code k} census processes of shards {@code 0/k .. k-1/k}, started together, the sum of their CPU
     * times and the largest (as each prints it).
     */
    private double[] processes(Path dir, String name, int k, String range) throws IOException, InterruptedException {
        String javaBin = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        String classpath = System.getProperty("java.class.path");
        long t0 = System.nanoTime();
        List<Process> ps = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<String> cmd = List.of(javaBin, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classpath, Main.class.getName(),
                    "census", "--depth", Integer.toString(speedupDepth),
                    "--entries", range, "--seed", Long.toString(seedOption.value()), "--threads", "1", "--no-progress", "--shard", i + "/" + k,
                    "--db", dir.resolve(name + "-" + i + ".db").toString());
            ps.add(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + "-" + i + ".log").toFile()).start());
        }
        for (Process p : ps) {
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("a census shard process failed (exit " + (p.isAlive() ? "none" : p.exitValue()) + ")");
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double sum = 0;
        double max = 0;
        java.util.regex.Pattern cpu = java.util.regex.Pattern.compile("process CPU ([0-9.]+) s");
        for (int i = 0; i < k; i++) {
            java.util.regex.Matcher m = cpu.matcher(Files.readString(dir.resolve(name + "-" + i + ".log")));
            double c = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
            sum += c;
            max = Math.max(max, c);
        }
        return new double[] {wall, sum, max};
    }
}
