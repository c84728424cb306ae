package dlnkit.cli;

import dlnkit.io.AtomicFiles;
import dlnkit.certificate.CertificateFiles;
import dlnkit.conjecture.ConjectureDecision;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.image.UpperBound;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dlnkit conjecture}: decides dim closure(delta(A_H)) < dim closure(im delta) for given widths. */
@Command(name = "conjecture", mixinStandardHelpOptions = true,
        description = {"Decides the main conjecture dim closure(delta(A_H)) < dim closure(im delta) for the given widths, over "
                + "the whole vanishing-Hessian variety A_H. A_H is the union of its strata: an orbit of prod GL(d_t) together "
                + "with the zero pattern the cyclic pair rule imposes on C = g_0^{-1} M g_N. Each stratum's image dimension is "
                + "the exact rank mod p = 2^61-1 of delta along its tangent space at a random point (generic data). Strata are "
                + "evaluated largest first by the proven bound dim O - |Z| (orbit dimension minus forced zeros of C); the search "
                + "stops when no stratum left can beat the best rank, or at once on a full-dimensional stratum. Reversal halves "
                + "the work for palindromic widths. The result does not depend on --threads. dim closure(im delta) is the exact rank of delta; the "
                + "output says when it meets the proven upper bound U = T - sum u_t (u_t + 1) / 2, "
                + "u_t = max(0, d_t - d_{t-1} - d_{t+1}) (then it is proved), and a failure below T is certified with U.",
            "Prints `holds` (the largest stratum dimension, the stratum, and the error bound of the probabilistic exact rank) "
                + "or `fails` (the stratum; --certificate writes an exact certificate that `dlnkit verify` rechecks)."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  decided (holds or fails)", "  1  undecided: exact and float ranks disagree at the best stratum",
            "  2  bad input"})
final class ConjectureCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WidthsOptions widthsOptions = new WidthsOptions();

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random points (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", defaultValue = "text", description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--certificate", paramLabel = "FILE", description = "Write the failure certificate (JSON) here, when it fails.")
    Path certificateFile;

    @Option(names = "--m2", paramLabel = "FILE",
            description = "Write a Macaulay2 script that rechecks the failure certificate (M2 --script FILE), when it fails.")
    Path m2File;

    @Option(names = "--draw", paramLabel = "FILE.svg",
            description = "Draw the best stratum (for a failure: the failing one) as a stratum diagram: the cycle of arrows "
                    + "W_1..W_N, M with its minimal zero arcs as bands, the zero pattern of C and the orbit's interval modules. "
                    + "FILE must end in .svg; a PNG is written beside it (FILE with .png). Nothing is drawn when A_H is empty.")
    Path drawFile;

    @Option(names = "--no-progress", description = "Do not draw a progress bar on standard error.")
    boolean noProgress;

    @Option(names = "--data", defaultValue = "fixed", paramLabel = "fixed|all", description = DataNotion.HELP
            + " With all, --certificate writes the dominance certificate of the failing component (dlnkit-dominance-certificate-1).")
    DataNotion data;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads for the strata; 0 means one per core (default).")
    int threads;

    @Option(names = "--count", description = "Also count all strata of A_H (a full enumeration, only when there are at most "
            + "200,000 orbits); information only, not needed for the decision.")
    boolean count;

    static int workers(int threads) {
        dlnkit.model.Checks.require(threads >= 0, "--threads", "0 or more", threads);
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** The decision of this run (with --data fixed), for callers that run the command through the command line. */
    ConjectureResult result;

    @Override
    public Integer call() throws IOException {
        Widths widths = widthsOptions.resolve();
        int workers = workers(threads);
        if (certificateFile != null) {
            AtomicFiles.checkOutputFile("--certificate", certificateFile);
        }
        if (m2File != null) {
            dlnkit.io.AtomicFiles.checkOutputFile("--m2", m2File);
        }
        Drawing.check("--draw", drawFile);
        if (data == DataNotion.ALL) {
            dlnkit.model.Checks.require(drawFile == null, "--draw", "--data fixed (a stratum diagram draws a stratum of the data-fixed A_H)",
                    "--data all");
            return AllDataCommands.conjecture(spec.commandLine().getOut(), widths, seed, format, certificateFile, m2File, noProgress);
        }
        long t0 = System.nanoTime();
        ConjectureResult r;
        // the number of strata to evaluate is not known in advance: the bar counts the strata evaluated and shows the
        // elapsed time, for every case that can take more than a moment (deep, or wide: a rank at width 64 takes minutes)
        boolean show = !noProgress && (widths.depth() >= 7 || widths.parameterCount() > 500);
        try (Progress bar = Progress.indeterminate("strata of A_H evaluated", show)) {
            r = ConjectureDecision.decide(widths, seed, Tolerances.DEFAULT,
                    (done, total, evaluated) -> bar.stepTo(evaluated),
                    new ConjectureDecision.Options(workers, count));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        result = r;
        String written = CertificateScripts.writeMacaulay2(writeCertificate(r, certificateFile), r, m2File);
        String drawn = Drawing.stratum(drawFile, r);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(json(r, written, seconds).put("diagram", drawn.isEmpty() ? null : drawn));
        } else {
            out.print(text(r, written, seconds));
            if (!drawn.isEmpty()) {
                out.println("  diagram                 " + drawn);
            }
        }
        out.flush();
        return r.verdict() == ConjectureResult.Verdict.UNDECIDED ? Main.DISAGREE : Main.OK;
    }

    static String writeCertificate(ConjectureResult r, Path file) throws IOException {
        if (file == null) {
            return "";
        }
        if (r.certificate().isPresent()) {
            dlnkit.io.AtomicFiles.writeString(file, CertificateFiles.toJson(r.certificate().get()) + System.lineSeparator());
            return "certificate written to " + file;
        }
        return "no certificate written: " + (r.verdict() == ConjectureResult.Verdict.FAILS
                ? "none found (see the verdict)" : "certificates prove failures only");
    }

    static String verdictText(ConjectureResult r) {
        return switch (r.verdict()) {
            case HOLDS -> r.emptyHessianVariety()
                    ? "holds: A_H is empty"
                    : String.format(Locale.ROOT, "holds: dim closure(delta(A_H)) = %d < %d (probabilistic: wrong with probability <= %.1e)",
                            r.exactDimension(), r.fullDimension(), r.errorBound());
            case FAILS -> String.format(Locale.ROOT, "fails: dim closure(delta(A_H)) = %d = dim closure(im delta)%s", r.exactDimension(),
                    r.certificate().isPresent()
                            ? ", CERTIFIED" + r.certificate().get().upperBound().map(b -> " (with the proven upper bound dim closure(im delta) <= U = "
                                    + b.value() + " < T = " + r.target() + ")").orElse("")
                            : r.fullDimension() < UpperBound.of(r.widths()).value()
                                    ? " (probabilistic: dim closure(delta(A_H)) >= " + r.exactDimension() + " is proved, but dim closure(im delta) = "
                                            + r.fullDimension() + " is only probable: the proven upper bound is U = " + UpperBound.of(r.widths()).value()
                                            + ", so no certificate can prove this)"
                                    : " (no certificate found)");
            case UNDECIDED -> "undecided: exact rank " + r.exactDimension() + " and float rank "
                    + r.floatRank().map(f -> f.rank() + (f.conclusive(r.tolerances()) ? "" : " (inconclusive gap)")).orElse("-")
                    + " disagree";
        };
    }

    static String text(ConjectureResult r, String written, double seconds) {
        StringBuilder sb = new StringBuilder();
        Widths w = r.widths();
        sb.append(String.format(Locale.ROOT, "widths %s  (depth %d)  seed %d%n", WidthsOptions.describe(w), w.depth(), r.seed()));
        sb.append(String.format(Locale.ROOT, "  target dimension T      %d%n", r.target()));
        UpperBound bound = UpperBound.of(w);
        sb.append(String.format(Locale.ROOT, "  dim closure(im delta)   %d%s%n", r.fullDimension(),
                bound.meets(r.fullDimension()) ? " (exact: lower = upper bound " + bound.value() + ")"
                        : " (proven lower bound; proven upper bound " + bound.value() + ")"));
        sb.append(String.format(Locale.ROOT, "  strata of A_H           %s; orbits visited %d, strata visited %d, evaluated %d, "
                + "skipped by reversal %d%s%n", r.strataTotal().map(n -> n + " in all").orElse("not counted"),
                r.orbitsVisited(), r.strataVisited(), r.strataEvaluated(), r.skippedBySymmetry(),
                r.stoppedEarly() ? "; stopped at the first failure" : ""));
        r.bestStratum().ifPresent(s -> sb.append("  best stratum            ").append(s).append(System.lineSeparator()));
        r.floatRank().ifPresent(f -> sb.append(String.format(Locale.ROOT, "  exact / float           %d / %s%n", r.exactDimension(), f.summary())));
        r.bestStratum().filter(s -> w.parameterCount() <= dlnkit.model.Loss.DENSE_HESSIAN_LIMIT).ifPresent(s -> sb
                .append("  sample point            ")
                .append(dlnkit.hessian.HessianCheck.atStratumPoint(s, r.seed(), r.tolerances()).summary())
                .append(" (data with X Y^T = M of the stratum point)").append(System.lineSeparator()));
        if (w.depth() == 2) {
            sb.append("  note                    at depth 2, A_H is empty: the pair {W_1, W_2} has the arcs 'empty' and 'M', and "
                    + "neither vanishes for full-rank data; at W = 0 the Hessian is the nonzero form 4 <V_2 V_1 X, -Y>, so the "
                    + "slides' A_H = {0} is not right (0 is a strict saddle)").append(System.lineSeparator());
        }
        sb.append("  verdict                 ").append(verdictText(r)).append(System.lineSeparator());
        if (!written.isEmpty()) {
            sb.append("  certificate             ").append(written).append(System.lineSeparator());
        }
        sb.append(String.format(Locale.ROOT, "  time                    %.2f s%n", seconds));
        return sb.toString();
    }

    static Json json(ConjectureResult r, String written, double seconds) {
        return new Json()
                .put("widths", r.widths().values())
                .put("verdict", r.verdict().name().toLowerCase(Locale.ROOT))
                .put("dimension", r.emptyHessianVariety() ? null : r.exactDimension())
                .put("hessianVarietyEmpty", r.emptyHessianVariety())
                .put("fullDimension", r.fullDimension())
                .put("target", r.target())
                .put("upperBound", UpperBound.of(r.widths()).value())
                .put("floatRank", r.floatRank().map(f -> (Object) f.rank()).orElse(null))
                .put("strataTotal", r.strataTotal().orElse(null))
                .put("strataVisited", r.strataVisited())
                .put("strataEvaluated", r.strataEvaluated())
                .put("orbitsVisited", r.orbitsVisited())
                .put("skippedByReversal", r.skippedBySymmetry())
                .put("bestStratum", r.bestStratum().map(Object::toString).orElse(null))
                .put("certified", r.certificate().isPresent())
                .put("errorBound", r.verdict() == ConjectureResult.Verdict.HOLDS && !r.emptyHessianVariety() ? r.errorBound() : 0.0)
                .put("certificateNote", written.isEmpty() ? null : written)
                .put("seed", r.seed())
                .put("seconds", Math.round(seconds * 1000) / 1000.0);
    }
}
