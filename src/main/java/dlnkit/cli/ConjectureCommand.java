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
            "A `holds` rests on two independent exact routes: every stratum that decides it (the best one and every one "
                + "whose bound reaches dim closure(im delta)) is ranked again at a second random point, modulo the second prime "
                + "2^31-1; both ranks must agree. A `holds` is a probabilistic statement about exact ranks: it is wrong with "
                + "probability at most the printed bound, the product of the two routes' Schwartz-Zippel bounds. A `fails` is "
                + "certified: --certificate writes an exact certificate that `dlnkit verify` rechecks.",
            "Prints `holds` (the largest stratum dimension, the stratum, both routes and the error bound) or `fails` (the stratum "
                + "and the certificate)."},
        exitCodeList = {"0:decided (holds or fails)", "1:undecided: exact and float ranks disagree at the best stratum, or the two "
            + "exact routes (mod 2^61-1 and mod 2^31-1) disagree at a stratum"})
final class ConjectureCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WidthsOptions widthsOptions = new WidthsOptions();

    @Mixin
    SeedOption seedOption = new SeedOption();

    @Mixin
    FormatOption.TextJson formatOption = new FormatOption.TextJson();

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

    @Mixin
    ProgressOption progress = new ProgressOption();

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
        long seed = seedOption.value();
        Format format = formatOption.get();
        boolean noProgress = progress.noProgress;
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
            r = ConjectureDecision.decide(widths, seed, Tolerances.DEFAULT, bar, new ConjectureDecision.Options(workers, count));
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
                    : String.format(Locale.ROOT, "holds: dim closure(delta(A_H)) = %d < %d (probabilistic, two independent exact routes "
                            + "agree: wrong with probability <= %.1e)", r.exactDimension(), r.fullDimension(), r.errorBound());
            case FAILS -> String.format(Locale.ROOT, "fails: dim closure(delta(A_H)) = %d = dim closure(im delta)%s", r.exactDimension(),
                    r.certificate().isPresent()
                            ? ", CERTIFIED" + r.certificate().get().upperBound().map(b -> " (with the proven upper bound dim closure(im delta) <= U = "
                                    + b.value() + " < T = " + r.target() + ")").orElse("")
                            : r.fullDimension() < UpperBound.of(r.widths()).value()
                                    ? " (probabilistic: dim closure(delta(A_H)) >= " + r.exactDimension() + " is proved, but dim closure(im delta) = "
                                            + r.fullDimension() + " is only probable: the proven upper bound is U = " + UpperBound.of(r.widths()).value()
                                            + ", so no certificate can prove this)"
                                    : " (no certificate found)");
            case UNDECIDED -> r.secondRoute().flatMap(ConjectureResult.SecondRoute::disagreement)
                    .map(d -> disagreementText(r, d))
                    .orElseGet(() -> "undecided: exact rank " + r.exactDimension() + " and float rank "
                            + r.floatRank().map(f -> f.rank() + (f.conclusive(r.tolerances()) ? "" : " (inconclusive gap)")).orElse("-")
                            + " disagree");
        };
    }

    /** The two exact routes disagree at a stratum: the larger rank is a proven lower bound, said plainly. */
    static String disagreementText(ConjectureResult r, ConjectureResult.Disagreement d) {
        ConjectureResult.SecondRoute route = r.secondRoute().orElseThrow();
        return String.format(Locale.ROOT, "undecided: the two exact routes disagree at stratum %s: rank %d mod %s, rank %d mod %s at a second "
                + "point; a rank mod p at a point never exceeds the rank over Q, so the stratum's rank is at least %d%s", d.stratum(),
                d.firstRank(), dlnkit.exact.PrimeField.forPrime(route.firstPrime()).label(), d.secondRank(),
                dlnkit.exact.PrimeField.forPrime(route.secondPrime()).label(), d.lowerBound(),
                d.lowerBound() >= r.fullDimension() ? " = dim closure(im delta): a FAILURE CANDIDATE (not certified; try "
                        + "another --seed, or certify the stratum)" : " (below dim closure(im delta): the holds is not confirmed)");
    }

    /**
     * What the routes behind a verdict were, in one line: both routes and their bounds for a holds of a nonempty A_H,
     * empty otherwise.
     */
    static String routesText(ConjectureResult r) {
        return r.secondRoute().map(route -> String.format(Locale.ROOT,
                "mod 2^61-1 at %d strata (bound %.1e); again mod %s, each at a second point, at the %d strata that decide, the best "
                        + "and those whose proven bound reaches %d (%d) (bound %.1e): %s",
                r.strataEvaluated(), r.firstRouteBound(), dlnkit.exact.PrimeField.forPrime(route.secondPrime()).label(),
                route.strataChecked(), r.fullDimension(), route.reachingFull(), r.secondRouteBound(),
                route.agrees() ? String.format(Locale.ROOT, "agree; error <= %.1e x %.1e = %.1e", r.firstRouteBound(),
                        r.secondRouteBound(), r.errorBound()) : "DISAGREE")).orElse("");
    }

    /** What the verdict proves, one line. */
    static String meaningText(ConjectureResult r) {
        return switch (r.verdict()) {
            case HOLDS -> r.emptyHessianVariety() ? "exact: the enumeration finds no stratum, no rank involved"
                    : r.secondRoute().orElseThrow().reachingFull() == 0
                            ? "no stratum's proven bound dim O - |Z| reaches dim closure(im delta), so the holds follows from the "
                                    + "bounds; the dimension printed is a rank at a random point (a lower bound, exact but for the "
                                    + "probability above)"
                            : "a holds is probabilistic: exact ranks at random points by two independent routes; it is wrong with "
                                    + "probability at most the bound above (no certificate can prove a holds)";
            case FAILS -> r.certificate().isPresent() ? "a certified fails is a proof: `dlnkit verify` rechecks the certificate in "
                    + "exact integer arithmetic" : "not certified (see the verdict)";
            case UNDECIDED -> "nothing is claimed";
        };
    }

    /** The second route for JSON: primes, strata checked, both bounds and the disagreement, or null. */
    static java.util.Map<String, Object> routesJson(ConjectureResult r) {
        return r.secondRoute().map(route -> {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("firstPrime", route.firstPrime());
            m.put("secondPrime", route.secondPrime());
            m.put("strataChecked", route.strataChecked());
            m.put("strataReachingFull", route.reachingFull());
            m.put("agree", route.agrees());
            m.put("firstRouteBound", r.firstRouteBound());
            m.put("secondRouteBound", r.secondRouteBound());
            m.put("disagreement", route.disagreement().map(d -> {
                java.util.Map<String, Object> dm = new java.util.LinkedHashMap<>();
                dm.put("stratum", d.stratum().toString());
                dm.put("firstRank", d.firstRank());
                dm.put("secondRank", d.secondRank());
                dm.put("lowerBound", d.lowerBound());
                return dm;
            }).orElse(null));
            return m;
        }).orElse(null);
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
        String routes = routesText(r);
        if (!routes.isEmpty()) {
            sb.append("  exact routes            ").append(routes).append(System.lineSeparator());
        }
        sb.append("  what it proves          ").append(meaningText(r)).append(System.lineSeparator());
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
                .put("secondRoute", routesJson(r))
                .put("proves", meaningText(r))
                .put("certificateNote", written.isEmpty() ? null : written)
                .put("seed", r.seed())
                .put("seconds", Math.round(seconds * 1000) / 1000.0);
    }
}
