package dlnkit.cli;

import dlnkit.io.AtomicFiles;
import dlnkit.certificate.CertificateFiles;
import dlnkit.conjecture.ConjectureDecision;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.model.Checks;
import dlnkit.model.Widths;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dlnkit search}: the smallest depth at which the main conjecture fails, for constant width. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Decides the main conjecture for constant width d at depths N = 2, 3, ..., K (as `dlnkit conjecture` "
                + "does), one depth after the other, each on --threads workers, and reports the smallest failing depth with its "
                + "certificate (--certificate FILE) and every depth below it as holding. Depths above the first failure are not "
                + "decided, unless --all is given: then every depth up to K is decided, and --certificate-dir DIR receives one "
                + "certificate per certified failing depth, named width<d>-depth<N>.json.",
            "A `holds` is probabilistic: exact ranks at random points by two independent routes (mod 2^61-1, and again mod "
                + "2^31-1 at a second point for every stratum that decides it), wrong with probability at most the printed "
                + "bound. A certified `fails` is a proof that `dlnkit verify` rechecks."},
        exitCodeList = {"0:every depth decided", "1:some depth undecided (exact and float disagree, or the two exact routes "
            + "disagree)"})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--width", required = true, paramLabel = "d", description = "Constant width d (1..64).")
    int width;

    @Option(names = "--max-depth", required = true, paramLabel = "K", description = "Largest depth to decide (2..64).")
    int maxDepth;

    @Mixin
    SeedOption seedOption = new SeedOption();

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads for the strata of each depth; 0 means one per "
            + "core (default). The result does not depend on it.")
    int threads;

    @Option(names = "--all", description = "Decide every depth up to K, not only up to the first failure.")
    boolean all;

    @Option(names = "--certificate-dir", paramLabel = "DIR", description = "With --all: write each certified failure's "
            + "certificate to DIR/width<d>-depth<N>.json.")
    Path certificateDir;

    @Option(names = "--count", description = "Also count the strata of each depth (only when there are at most 200,000 orbits).")
    boolean count;

    @Mixin
    FormatOption.TextJson formatOption = new FormatOption.TextJson();

    @Option(names = "--certificate", paramLabel = "FILE", description = "Write the smallest failure's certificate here.")
    Path certificateFile;

    @Option(names = "--m2", paramLabel = "FILE",
            description = "Write a Macaulay2 script that rechecks the smallest failure's certificate (M2 --script FILE).")
    Path m2File;

    @Mixin
    ProgressOption progress = new ProgressOption();

    @Option(names = "--data", defaultValue = "fixed", paramLabel = "fixed|all", description = DataNotion.HELP
            + " With all, --certificate writes the dominance certificate of the failing component.")
    DataNotion data;

    /** The search this command ran (with --data fixed), for callers that run it through the command line. */
    DepthSearch result;

    @Override
    public Integer call() throws IOException, InterruptedException {
        long seed = seedOption.value();
        Format format = formatOption.get();
        boolean noProgress = progress.noProgress;
        Checks.require(width >= Widths.MIN_WIDTH && width <= Widths.MAX_WIDTH, "--width", "an integer between 1 and 64", width);
        Checks.require(maxDepth >= 2 && maxDepth <= 64, "--max-depth", "an integer between 2 and 64", maxDepth);
        Checks.require(threads >= 0, "--threads", "0 or more", threads);
        int workers = ConjectureCommand.workers(threads);
        Checks.require(certificateDir == null || all, "--certificate-dir", "to be used with --all", certificateDir);
        if (certificateFile != null) {
            AtomicFiles.checkOutputFile("--certificate", certificateFile);
        }
        if (m2File != null) {
            AtomicFiles.checkOutputFile("--m2", m2File);
        }
        if (data == DataNotion.ALL) {
            Checks.require(!all && certificateDir == null, "--all", "--data fixed (with --data all the search stops at the first failure)",
                    "--data all");
            return AllDataCommands.search(spec.commandLine().getOut(), width, maxDepth, seed, workers, format, certificateFile, m2File,
                    noProgress);
        }
        if (certificateDir != null) {
            dlnkit.io.AtomicFiles.checkOutputDirectory("--certificate-dir", certificateDir);
        }
        long t0 = System.nanoTime();
        DepthSearch search;
        try (Progress bar = Progress.start("depths decided", maxDepth - 1, !noProgress)) {
            search = DepthSearch.run(width, maxDepth, all, seed, new ConjectureDecision.Options(workers, count), bar::stepTo);
        }
        result = search;
        List<ConjectureResult> results = search.verdicts();
        Integer smallestFailing = search.smallestFailingDepth();
        List<String> writtenFiles = new ArrayList<>();
        if (certificateDir != null) {
            for (ConjectureResult r : results) {
                if (r.verdict() == ConjectureResult.Verdict.FAILS && r.certificate().isPresent()) {
                    Path file = certificateDir.resolve("width" + width + "-depth" + r.widths().depth() + ".json");
                    dlnkit.io.AtomicFiles.writeString(file, CertificateFiles.toJson(r.certificate().get()) + System.lineSeparator());
                    writtenFiles.add(file.toString());
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        ConjectureResult first = search.smallestFailure().orElse(null);
        String written = first == null ? "" : ConjectureCommand.writeCertificate(first, certificateFile);
        written = first == null ? written : CertificateScripts.writeMacaulay2(written, first, m2File);
        boolean undecided = search.undecided();
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
                v.put("errorBound", r.verdict() == ConjectureResult.Verdict.HOLDS && !r.emptyHessianVariety() ? r.errorBound() : 0.0);
                v.put("secondRoute", ConjectureCommand.routesJson(r));
                v.put("strataTotal", r.strataTotal().orElse(null));
                verdicts.add(v);
            }
            out.println(new Json().put("width", width).put("maxDepth", maxDepth).put("smallestFailingDepth", smallestFailing)
                    .put("verdicts", verdicts).put("certificateNote", written.isEmpty() ? null : written)
                    .put("certificateFiles", writtenFiles).put("all", all).put("seed", seed)
                    .put("threads", workers).put("seconds", Math.round(seconds * 1000) / 1000.0));
        } else {
            out.printf(Locale.ROOT, "search: width %d, depths 2..%d%s, seed %d, %d threads%n", width, maxDepth,
                    all ? " (all)" : "", seed, workers);
            out.printf(Locale.ROOT, "  %5s %5s %14s %16s  %-8s %s%n", "depth", "T", "dim im delta", "dim delta(A_H)", "verdict", "evidence");
            for (ConjectureResult r : results) {
                String evidence = switch (r.verdict()) {
                    case HOLDS -> r.emptyHessianVariety() ? "A_H is empty"
                            : String.format(Locale.ROOT, "probabilistic, error <= %.0e; %d strata evaluated mod 2^61-1, %d of them again mod %s",
                                    r.errorBound(), r.strataEvaluated(), r.secondRoute().orElseThrow().strataChecked(),
                                    dlnkit.exact.PrimeField.forPrime(r.secondRoute().orElseThrow().secondPrime()).label());
                    case FAILS -> r.certificate().isPresent() ? "certified" : "no certificate found";
                    case UNDECIDED -> r.secondRoute().filter(route -> !route.agrees()).isPresent()
                            ? "the two exact routes disagree" : "exact and float disagree";
                };
                out.printf(Locale.ROOT, "  %5d %5d %14d %16s  %-8s %s%n", r.widths().depth(), r.target(), r.fullDimension(),
                        r.emptyHessianVariety() ? "empty" : Integer.toString(r.exactDimension()),
                        r.verdict().name().toLowerCase(Locale.ROOT), evidence);
            }
            out.println(smallestFailing == null ? "  no failing depth up to " + maxDepth
                    : "  smallest failing depth: " + smallestFailing + (written.isEmpty() ? "" : " (" + written + ")"));
            for (String f : writtenFiles) {
                out.println("  certificate written to " + f);
            }
            out.printf(Locale.ROOT, "  time %.2f s%n", seconds);
        }
        out.flush();
        return undecided ? Main.DISAGREE : Main.OK;
    }
}
