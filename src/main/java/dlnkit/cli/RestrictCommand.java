package dlnkit.cli;

import dlnkit.io.AtomicFiles;
import dlnkit.certificate.CertificateExport;
import dlnkit.certificate.CertificateFiles;
import dlnkit.hessian.HessianCheck;
import dlnkit.conjecture.RestrictedDimension;
import dlnkit.conjecture.RestrictionResult;
import dlnkit.model.Loss;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.hessian.HessianMembership;
import dlnkit.variety.ZeroConditions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dlnkit restrict}: dim closure(delta(V)) for a path-zero subvariety V, by the orbit method. */
@Command(name = "restrict", mixinStandardHelpOptions = true,
        description = {"Computes dim closure(delta(V)) for the subvariety V of parameter space given by --zero, by the orbit "
                + "method: V is a finite union of orbits of prod GL(d_t); the orbits inside V are enumerated (pruned by "
                + "orbit dimension, stopping early once the full dimension is reached) and the rank of delta along each "
                + "orbit is computed exactly mod p = 2^61-1 at a random point; the best orbit's rank is recomputed in "
                + "floating point. When delta is dominant on V, a certificate (an integer point of V and T tangent "
                + "directions) proves it; --certificate writes it, `dlnkit verify` rechecks it.",
            "Also says whether V lies in the vanishing-Hessian variety A_H (cyclic pair rule) and checks that at a "
                + "sample point with random full-rank data."},
        exitCodeList = {"0:exact and float ranks agree (and the sampling route, with --cross-check)",
            "1:they disagree, or the float gap is inconclusive, or the sampling route disagrees"})
final class RestrictCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WidthsOptions widthsOptions = new WidthsOptions();

    @Option(names = "--zero", required = true, paramLabel = "CONDITIONS",
            description = "Path-zero conditions, e.g. \"W4W3W2, W1\" for W_4 W_3 W_2 = 0 and W_1 = 0: products of "
                    + "consecutive, descending layers, separated by commas.")
    String zero;

    @Mixin
    SeedOption seedOption = new SeedOption();

    @Mixin
    FormatOption.TextJson formatOption = new FormatOption.TextJson();

    @Option(names = "--certificate", paramLabel = "FILE",
            description = "Write the dominance certificate (JSON) here, when delta is dominant on V.")
    Path certificateFile;

    @Option(names = "--m2", paramLabel = "FILE",
            description = "Write a Macaulay2 script that rechecks the certificate (M2 --script FILE).")
    Path m2File;

    @Option(names = "--cross-check", paramLabel = "K", defaultValue = "0",
            description = "Also run the independent sampling route with K samples (Gauss-Newton projections onto V, numerical "
                    + "tangent spaces) and report whether it agrees, and why not when it does not (default: 0, off).")
    int crossCheck;

    @Option(names = "--draw", paramLabel = "FILE.svg",
            description = "Draw the best orbit of V with V's zero conditions as a diagram: the cycle of arrows W_1..W_N, M "
                    + "with each condition as a band over the arrows it covers, and the orbit's interval modules. FILE must "
                    + "end in .svg; a PNG is written beside it (FILE with .png).")
    Path drawFile;

    @Mixin
    ProgressOption progress = new ProgressOption();

    /** What this run computed, for callers that run the command through the command line. */
    RestrictionResult result;

    /** Whether V lies in A_H (cyclic pair rule), as printed. */
    HessianMembership membership;

    @Override
    public Integer call() throws IOException {
        Widths widths = widthsOptions.resolve();
        long seed = seedOption.value();
        if (certificateFile != null) {
            AtomicFiles.checkOutputFile("--certificate", certificateFile);
        }
        if (m2File != null) {
            AtomicFiles.checkOutputFile("--m2", m2File);
        }
        ZeroConditions v = ZeroConditions.parse(zero, widths.depth());
        Drawing.check("--draw", drawFile);
        Tolerances tol = Tolerances.DEFAULT;
        long t0 = System.nanoTime();
        RestrictionResult r;
        try (Progress bar = progress.indeterminate("orbits visited", widths.depth() >= 8)) {
            r = RestrictedDimension.compute(widths, v, seed, tol, bar);
        }
        dlnkit.model.Checks.require(crossCheck >= 0 && crossCheck <= 10_000, "--cross-check", "an integer between 0 and 10000",
                crossCheck);
        dlnkit.sampling.SampledDimensionResult sampled = crossCheck == 0 ? null
                : dlnkit.sampling.SampledDimension.compute(widths, v, crossCheck, seed, tol, r, dlnkit.progress.ProgressListener.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        HessianMembership membership = HessianMembership.of(widths, v);
        this.result = r;
        this.membership = membership;
        HessianCheck sample = widths.parameterCount() <= Loss.DENSE_HESSIAN_LIMIT
                ? HessianCheck.atOrbitPoint(membership.witness().orElse(r.bestOrbit()), seed, tol) : null;
        String written = "";
        if (r.certificate().isPresent()) {
            if (certificateFile != null) {
                CertificateFiles.write(r.certificate().get(), certificateFile);
                written = "certificate written to " + certificateFile;
            }
            if (m2File != null) {
                AtomicFiles.writeString(m2File, CertificateExport.macaulay2(r.certificate().get()));
                written += (written.isEmpty() ? "" : "; ") + "Macaulay2 check written to " + m2File;
            }
        } else if (certificateFile != null || m2File != null) {
            written = "no certificate: delta is not dominant on V (certificates prove dominance only)";
        }
        String drawn = Drawing.orbit(drawFile, r);
        PrintWriter out = spec.commandLine().getOut();
        if (formatOption.get() == Format.JSON) {
            Json j = json(r, membership, sample, written, seconds).put("diagram", drawn.isEmpty() ? null : drawn);
            if (sampled != null) {
                j.put("crossCheck", java.util.Map.of("samples", sampled.samples().size(), "converged", sampled.convergedCount(),
                        "maxRank", sampled.maxRank(), "agrees", sampled.agrees(), "verdict", sampled.verdict().name(),
                        "explanation", sampled.explanation()));
            }
            out.println(j);
        } else {
            out.print(text(r, membership, sample, written, seconds));
            if (!drawn.isEmpty()) {
                out.println("  diagram                 " + drawn);
            }
            if (sampled != null) {
                out.println("  sampling route          " + sampled.summary());
                out.println("                          " + sampled.explanation());
            }
        }
        out.flush();
        return r.agree() && (sampled == null || sampled.agrees()) ? Main.OK : Main.DISAGREE;
    }

    static String text(RestrictionResult r, HessianMembership membership, HessianCheck sample, String written,
            double seconds) {
        StringBuilder sb = new StringBuilder();
        Widths w = r.widths();
        sb.append(String.format(Locale.ROOT, "widths %s  (depth %d)  V = {%s}  seed %d%n", WidthsOptions.describe(w),
                w.depth(), r.conditions(), r.seed()));
        sb.append(String.format(Locale.ROOT, "  target dimension T      %d%n", r.target()));
        sb.append(String.format(Locale.ROOT, "  dim closure(im delta)   %d (all of parameter space, exact route)%n", r.fullDimension()));
        sb.append(String.format(Locale.ROOT, "  orbits in V             %s; visited %d, rank computed on %d, subtrees pruned %d%s%n",
                r.orbitsTotal().map(n -> n + " (counted exactly)").orElse("more than can be counted"), r.orbitsVisited(),
                r.orbitsEvaluated(), r.subtreesPruned(), r.stoppedEarly() ? "; stopped early: the full dimension was reached" : ""));
        sb.append(String.format(Locale.ROOT, "  best orbit              %s (orbit dimension %d)%n", r.bestOrbit(), r.bestOrbit().dimension()));
        sb.append(String.format(Locale.ROOT, "  exact route             rank %d mod p = %d: a proven lower bound; the dimension unless "
                + "an orbit's rank was underestimated (probability <= %.1e)%n", r.exactDimension(), dlnkit.exact.ModP.P, r.errorBound()));
        sb.append(String.format(Locale.ROOT, "  float route             %s%n", r.floatRank().summary()));
        if (r.agree()) {
            String verdict = r.dimension() == r.target()
                    ? "delta is dominant on V" + (r.certified() ? ", CERTIFIED" : "")
                    : (r.dimension() < r.fullDimension() ? "strictly below the full dimension " + r.fullDimension()
                            : "equal to the full dimension");
            sb.append(String.format(Locale.ROOT, "  dim closure(delta(V))   %d of %d (%s)%n", r.dimension(), r.target(), verdict));
        } else {
            sb.append(String.format(Locale.ROOT, "  dim closure(delta(V))   UNDECIDED: exact %d, float %d (%s)%n", r.exactDimension(),
                    r.floatRank().rank(), r.exactDimension() != r.floatRank().rank() ? "they DISAGREE" : "the float gap is too narrow"));
        }
        if (!written.isEmpty()) {
            sb.append("  certificate             ").append(written).append(System.lineSeparator());
        } else if (r.certified()) {
            sb.append("  certificate             available: rerun with --certificate FILE, check with dlnkit verify FILE")
                    .append(System.lineSeparator());
        }
        sb.append("  Hessian variety         ").append(membership.summary()).append(System.lineSeparator());
        if (sample != null) {
            sb.append("  sample point            ").append(membership.contained() ? "on the best orbit: " : "on the witness orbit: ")
                    .append(sample.summary())
                    .append(sample.inHessianVariety() == membership.contained() ? " (as the rule says)" : " (CONTRADICTS the rule)")
                    .append(System.lineSeparator());
        }
        sb.append(String.format(Locale.ROOT, "  time                    %.2f s%n", seconds));
        return sb.toString();
    }

    static Json json(RestrictionResult r, HessianMembership membership, HessianCheck sample, String written, double seconds) {
        Map<String, Object> hessian = new LinkedHashMap<>();
        hessian.put("contained", membership.contained());
        hessian.put("failingPair", membership.failingPair().orElse(null));
        hessian.put("witnessOrbit", membership.witness().map(Object::toString).orElse(null));
        if (sample != null) {
            hessian.put("sampleGradientMax", sample.gradientMax());
            hessian.put("sampleHessianMax", sample.hessianMax());
            hessian.put("sampleScale", sample.scale());
            hessian.put("sampleInHessianVariety", sample.inHessianVariety());
        }
        return new Json()
                .put("widths", r.widths().values())
                .put("zero", r.conditions().toString())
                .put("dimension", r.agree() ? r.dimension() : null)
                .put("fullDimension", r.fullDimension())
                .put("target", r.target())
                .put("exactRank", r.exactDimension())
                .put("floatRank", r.floatRank().rank())
                .put("floatGap", r.floatRank().gap())
                .put("agree", r.agree())
                .put("orbitsTotal", r.orbitsTotal().orElse(null))
                .put("orbitsVisited", r.orbitsVisited())
                .put("orbitsEvaluated", r.orbitsEvaluated())
                .put("subtreesPruned", r.subtreesPruned())
                .put("stoppedEarly", r.stoppedEarly())
                .put("certified", r.certified())
                .put("witness", r.bestOrbit().toString())
                .put("witnessOrbitDimension", r.bestOrbit().dimension())
                .put("errorBound", r.errorBound())
                .put("certificateNote", written.isEmpty() ? null : written)
                .put("hessianVariety", hessian)
                .put("seed", r.seed())
                .put("seconds", Math.round(seconds * 1000) / 1000.0);
    }
}
