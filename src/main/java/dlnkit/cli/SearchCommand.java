package dlnkit.cli;

import dlnkit.io.AtomicFiles;
import dlnkit.image.CertificateFiles;
import dlnkit.image.ConjectureDecision;
import dlnkit.image.ConjectureResult;
import dlnkit.model.Checks;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dlnkit search}: the smallest depth at which the main conjecture fails, for constant width. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Decides the main conjecture for constant width d at depths N = 2, 3, ..., K (as `dlnkit conjecture` "
                + "does), in parallel on the available cores, and reports the smallest failing depth with its certificate "
                + "(--certificate FILE) and every depth below it as holding. Depths above the first failure are not decided."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every depth decided", "  1  some depth undecided (exact and float disagree)", "  2  bad input"})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--width", required = true, paramLabel = "d", description = "Constant width d (1..64).")
    int width;

    @Option(names = "--max-depth", required = true, paramLabel = "K", description = "Largest depth to decide (2..64).")
    int maxDepth;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads; 0 means one per core (default).")
    int threads;

    @Option(names = "--format", defaultValue = "text", description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--certificate", paramLabel = "FILE", description = "Write the smallest failure's certificate here.")
    Path certificateFile;

    @Option(names = "--m2", paramLabel = "FILE",
            description = "Write a Macaulay2 script that rechecks the smallest failure's certificate (M2 --script FILE).")
    Path m2File;

    @Option(names = "--no-progress", description = "Do not draw a progress bar on standard error.")
    boolean noProgress;

    @Option(names = "--data", defaultValue = "fixed", paramLabel = "fixed|all", description = DataNotion.HELP
            + " With all, --certificate writes the dominance certificate of the failing component.")
    DataNotion data;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Checks.require(width >= Widths.MIN_WIDTH && width <= Widths.MAX_WIDTH, "--width", "an integer between 1 and 64", width);
        Checks.require(maxDepth >= 2 && maxDepth <= 64, "--max-depth", "an integer between 2 and 64", maxDepth);
        Checks.require(threads >= 0, "--threads", "0 or more", threads);
        if (certificateFile != null) {
            AtomicFiles.checkOutputFile("--certificate", certificateFile);
        }
        if (m2File != null) {
            dlnkit.io.AtomicFiles.checkOutputFile("--m2", m2File);
        }
        int workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        if (data == DataNotion.ALL) {
            return AllDataCommands.search(spec.commandLine().getOut(), width, maxDepth, seed, workers, format, certificateFile, m2File,
                    noProgress);
        }
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "dlnkit-search");
            t.setDaemon(true);
            return t;
        });
        List<Future<ConjectureResult>> futures = new ArrayList<>();
        for (int depth = 2; depth <= maxDepth; depth++) {
            Widths w = Widths.constant(depth, width);
            futures.add(pool.submit(() -> ConjectureDecision.decide(w, seed, Tolerances.DEFAULT)));
        }
        List<ConjectureResult> results = new ArrayList<>();
        Integer smallestFailing = null;
        try (Progress bar = Progress.start("depths decided", futures.size(), !noProgress)) {
            for (int i = 0; i < futures.size(); i++) {
                ConjectureResult r = futures.get(i).get();
                results.add(r);
                bar.stepTo(i + 1);
                if (r.verdict() == ConjectureResult.Verdict.FAILS) {
                    smallestFailing = r.widths().depth();
                    for (int j = i + 1; j < futures.size(); j++) {
                        futures.get(j).cancel(true);
                    }
                    break;
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String written = smallestFailing == null ? "" : ConjectureCommand.writeCertificate(results.get(results.size() - 1), certificateFile);
        written = smallestFailing == null ? written : CertificateScripts.writeMacaulay2(written, results.get(results.size() - 1), m2File);
        boolean undecided = results.stream().anyMatch(r -> r.verdict() == ConjectureResult.Verdict.UNDECIDED);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            List<Map<String, Object>> verdicts = new ArrayList<>();
            for (ConjectureResult r : results) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("depth", r.widths().depth());
                v.put("verdict", r.verdict().name().toLowerCase(Locale.ROOT));
                v.put("dimension", r.emptyHessianVariety() ? null : r.exactDimension());
                v.put("fullDimension", r.fullDimension());
                v.put("target", r.target());
                v.put("strataEvaluated", r.strataEvaluated());
                v.put("certified", r.certificate().isPresent());
                verdicts.add(v);
            }
            out.println(new Json().put("width", width).put("maxDepth", maxDepth).put("smallestFailingDepth", smallestFailing)
                    .put("verdicts", verdicts).put("certificateNote", written.isEmpty() ? null : written).put("seed", seed)
                    .put("threads", workers).put("seconds", Math.round(seconds * 1000) / 1000.0));
        } else {
            out.printf(Locale.ROOT, "search: width %d, depths 2..%d, seed %d, %d threads%n", width, maxDepth, seed, workers);
            out.printf(Locale.ROOT, "  %5s %5s %14s %16s  %-8s %s%n", "depth", "T", "dim im delta", "dim delta(A_H)", "verdict", "evidence");
            for (ConjectureResult r : results) {
                String evidence = switch (r.verdict()) {
                    case HOLDS -> r.emptyHessianVariety() ? "A_H is empty"
                            : String.format(Locale.ROOT, "probabilistic, error <= %.0e; %d strata evaluated", r.errorBound(), r.strataEvaluated());
                    case FAILS -> r.certificate().isPresent() ? "certified" : "no certificate found";
                    case UNDECIDED -> "exact and float disagree";
                };
                out.printf(Locale.ROOT, "  %5d %5d %14d %16s  %-8s %s%n", r.widths().depth(), r.target(), r.fullDimension(),
                        r.emptyHessianVariety() ? "empty" : Integer.toString(r.exactDimension()),
                        r.verdict().name().toLowerCase(Locale.ROOT), evidence);
            }
            out.println(smallestFailing == null ? "  no failing depth up to " + maxDepth
                    : "  smallest failing depth: " + smallestFailing + (written.isEmpty() ? "" : " (" + written + ")"));
            out.printf(Locale.ROOT, "  time %.2f s%n", seconds);
        }
        out.flush();
        return undecided ? Main.DISAGREE : Main.OK;
    }
}
