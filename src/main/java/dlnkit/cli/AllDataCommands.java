package dlnkit.cli;

import dlnkit.conjecture.ConjectureResult;
import dlnkit.hessian.AllDataAgreement;
import dlnkit.conjecture.AllDataDecision;
import dlnkit.hessian.AllDataLoss;
import dlnkit.conjecture.AllDataResult;
import dlnkit.certificate.Certificate;
import dlnkit.certificate.CertificateExport;
import dlnkit.certificate.CertificateFiles;
import dlnkit.image.OrbitPoints;
import dlnkit.io.AtomicFiles;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.hessian.AllDataHessianVariety;
import dlnkit.variety.ZeroConditions;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The {@code --data all} branches of {@code conjecture}, {@code search}, {@code hessian} and {@code verify}: the
 * all-data notion {@code A_H^all} (docs/notions.md), kept apart from the commands' fixed-data code.
 */
final class AllDataCommands {
    /** The exact all-data check at a sample point is printed up to this many parameters. */
    static final long SAMPLE_PARAMETER_LIMIT = 400;

    private AllDataCommands() {
    }

    /** {@code conjecture --data all}. */
    static int conjecture(PrintWriter out, Widths widths, long seed, Format format, Path certificateFile, Path m2File,
            boolean noProgress) throws IOException {
        long t0 = System.nanoTime();
        AllDataResult r;
        try (Progress bar = Progress.start("components of A_H^all", Math.max(1, AllDataDecision.componentsToEnumerate(widths).size()),
                !noProgress && widths.depth() >= 8)) {
            r = AllDataDecision.decide(widths, seed, Tolerances.DEFAULT, bar);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String written = writeCertificate(r, certificateFile, m2File);
        String sample = samplePoint(r);
        if (format == Format.JSON) {
            out.println(json(r, sample, written, seconds));
        } else {
            out.print(text(r, sample, written, seconds));
        }
        out.flush();
        return r.verdict() == ConjectureResult.Verdict.UNDECIDED ? Main.DISAGREE : Main.OK;
    }

    static String writeCertificate(AllDataResult r, Path certificateFile, Path m2File) throws IOException {
        List<String> notes = new ArrayList<>();
        if (certificateFile != null || m2File != null) {
            if (r.certificate().isEmpty()) {
                notes.add("no certificate written: " + (r.verdict() == ConjectureResult.Verdict.FAILS
                        ? "none found (see the verdict)" : "certificates prove failures only"));
            }
            if (r.certificate().isPresent() && certificateFile != null) {
                CertificateFiles.write(r.certificate().get(), certificateFile);
                notes.add("dominance certificate on the component written to " + certificateFile + " (dlnkit verify "
                        + certificateFile + " rechecks it)");
            }
            if (r.certificate().isPresent() && m2File != null) {
                AtomicFiles.writeString(m2File, CertificateExport.macaulay2(r.certificate().get()));
                notes.add("Macaulay2 check written to " + m2File + " (run: M2 --script " + m2File + ")");
            }
        }
        return String.join("; ", notes);
    }

    /** The definition at an integer point of the best orbit: gradient and Hessian vanish for every data (exact). */
    static String samplePoint(AllDataResult r) {
        if (r.bestOrbit().isEmpty() || r.widths().parameterCount() > SAMPLE_PARAMETER_LIMIT) {
            return "";
        }
        BigInteger[][][] p = AllDataLoss.oneBased(OrbitPoints.integer(r.bestOrbit().get(), new SplittableRandom(r.seed())));
        boolean vanish = AllDataLoss.vanishForAllData(r.widths(), p);
        return "integer point of the best orbit (seed " + r.seed() + "): gradient and Hessian "
                + (vanish ? "vanish for every data" : "DO NOT vanish for every data (CONTRADICTS the rule)")
                + " (exact, on " + AllDataLoss.spanningFamily(r.widths()).size() + " data spanning all of (X X^T, Y X^T))";
    }

    static String verdictText(AllDataResult r) {
        return switch (r.verdict()) {
            case HOLDS -> r.empty() ? "holds: A_H^all is empty (depth <= 2)"
                    : String.format(Locale.ROOT, "holds: dim closure(delta(A_H^all)) = %d < %d (probabilistic, two independent exact routes "
                            + "mod 2^61-1 and 2^31-1 on %d deciding orbit(s): wrong with probability <= %.1e)",
                            r.exactDimension(), r.fullDimension(), r.secondRoute().map(AllDataResult.SecondRoute::orbitsChecked).orElse(0),
                            r.errorBound());
            case FAILS -> String.format(Locale.ROOT, "fails: dim closure(delta(A_H^all)) = %d = dim closure(im delta)%s", r.exactDimension(),
                    r.certificate().isPresent() ? ", CERTIFIED"
                            : r.fullDimension() < r.target()
                                    ? " (probabilistic: the lower bound " + r.exactDimension() + " is proved, but dim closure(im delta) = "
                                            + r.fullDimension() + " < T is only a probable upper bound, so no certificate can prove this)"
                                    : " (no certificate found)");
            case UNDECIDED -> r.secondRoute().flatMap(AllDataResult.SecondRoute::disagreement)
                    .map(d -> String.format(Locale.ROOT, "undecided: the two exact routes disagree at orbit %s: rank %d mod 2^61-1, rank %d mod "
                            + "2^31-1 at a second point; the larger, %d, is a proven lower bound on its rank", d.orbit(), d.firstRank(),
                            d.secondRank(), Math.max(d.firstRank(), d.secondRank())))
                    .orElse("undecided: exact rank " + r.exactDimension() + " and float rank "
                            + r.floatRank().map(f -> f.rank() + (f.conclusive(r.tolerances()) ? "" : " (inconclusive gap)")).orElse("-")
                            + " disagree");
        };
    }

    static String text(AllDataResult r, String sample, String written, double seconds) {
        StringBuilder sb = new StringBuilder();
        Widths w = r.widths();
        String nl = System.lineSeparator();
        sb.append(String.format(Locale.ROOT, "widths %s  (depth %d)  seed %d  data: all (A_H^all: gradient and Hessian vanish for every X, Y)%n",
                WidthsOptions.describe(w), w.depth(), r.seed()));
        sb.append(String.format(Locale.ROOT, "  target dimension T      %d%n", r.target()));
        sb.append(String.format(Locale.ROOT, "  dim closure(im delta)   %d%n", r.fullDimension()));
        sb.append(String.format(Locale.ROOT, "  components of A_H^all   %d: V(b1,b2) = {W_{b1:1} = 0, W_{b2:b1+1} = 0, W_{N:b2+1} = 0}; enumerated %d "
                + "(mirror images skipped), orbits visited %d, evaluated %d%s%n", r.components(), r.componentsEnumerated(),
                r.orbitsVisited(), r.orbitsEvaluated(), r.stoppedEarly() ? "; stopped at the first failure" : ""));
        r.bestComponent().ifPresent(v -> sb.append("  best component          {").append(v).append("}").append(nl));
        r.bestOrbit().ifPresent(o -> sb.append("  best orbit              ").append(o).append(nl));
        r.floatRank().ifPresent(f -> sb.append(String.format(Locale.ROOT, "  exact / float           %d / %s%n", r.exactDimension(), f.summary())));
        if (!sample.isEmpty()) {
            sb.append("  sample point            ").append(sample).append(nl);
        }
        sb.append("  verdict                 ").append(verdictText(r)).append(nl);
        if (!written.isEmpty()) {
            sb.append("  certificate             ").append(written).append(nl);
        }
        sb.append(String.format(Locale.ROOT, "  time                    %.2f s%n", seconds));
        return sb.toString();
    }

    static Json json(AllDataResult r, String sample, String written, double seconds) {
        return new Json()
                .put("widths", r.widths().values())
                .put("data", "all")
                .put("verdict", r.verdict().name().toLowerCase(Locale.ROOT))
                .put("dimension", r.empty() ? null : r.exactDimension())
                .put("hessianVarietyEmpty", r.empty())
                .put("fullDimension", r.fullDimension())
                .put("target", r.target())
                .put("floatRank", r.floatRank().map(f -> (Object) f.rank()).orElse(null))
                .put("components", r.components())
                .put("componentsEnumerated", r.componentsEnumerated())
                .put("orbitsVisited", r.orbitsVisited())
                .put("orbitsEvaluated", r.orbitsEvaluated())
                .put("bestComponent", r.bestComponent().map(Object::toString).orElse(null))
                .put("bestOrbit", r.bestOrbit().map(Object::toString).orElse(null))
                .put("certified", r.certificate().isPresent())
                .put("secondRoute", r.secondRoute().map(sr -> {
                    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
                    m.put("firstPrime", sr.firstPrime());
                    m.put("secondPrime", sr.secondPrime());
                    m.put("orbitsChecked", sr.orbitsChecked());
                    m.put("orbitsReachingFull", sr.reachingFull());
                    m.put("agree", sr.agrees());
                    m.put("disagreement", sr.disagreement().map(d -> d.orbit() + ": rank " + d.firstRank() + " mod 2^61-1, "
                            + d.secondRank() + " mod 2^31-1").orElse(null));
                    return m;
                }).orElse(null))
                .put("errorBound", r.verdict() == ConjectureResult.Verdict.HOLDS && !r.empty() ? r.errorBound() : 0.0)
                .put("samplePoint", sample.isEmpty() ? null : sample)
                .put("certificateNote", written.isEmpty() ? null : written)
                .put("seed", r.seed())
                .put("seconds", Math.round(seconds * 1000) / 1000.0);
    }

    /** The smallest failing depth for constant width, deciding depths 2..maxDepth in parallel (results up to it). */
    static List<AllDataResult> searchResults(int width, int maxDepth, long seed, int workers, Progress bar)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread t = new Thread(task, "dlnkit-search-all-data");
            t.setDaemon(true);
            return t;
        });
        List<Future<AllDataResult>> futures = new ArrayList<>();
        for (int depth = 2; depth <= maxDepth; depth++) {
            Widths w = Widths.constant(depth, width);
            futures.add(pool.submit(() -> AllDataDecision.decide(w, seed, Tolerances.DEFAULT)));
        }
        List<AllDataResult> results = new ArrayList<>();
        try {
            for (int i = 0; i < futures.size(); i++) {
                AllDataResult r = futures.get(i).get();
                results.add(r);
                if (bar != null) {
                    bar.stepTo(i + 1);
                }
                if (r.verdict() == ConjectureResult.Verdict.FAILS) {
                    break;
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    /** {@code search --data all}. */
    static int search(PrintWriter out, int width, int maxDepth, long seed, int workers, Format format, Path certificateFile,
            Path m2File, boolean noProgress) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        List<AllDataResult> results;
        try (Progress bar = Progress.start("depths decided", maxDepth - 1, !noProgress)) {
            results = searchResults(width, maxDepth, seed, workers, bar);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        AllDataResult last = results.get(results.size() - 1);
        Integer smallestFailing = last.verdict() == ConjectureResult.Verdict.FAILS ? last.widths().depth() : null;
        String written = smallestFailing == null ? "" : writeCertificate(last, certificateFile, m2File);
        boolean undecided = results.stream().anyMatch(r -> r.verdict() == ConjectureResult.Verdict.UNDECIDED);
        if (format == Format.JSON) {
            List<Map<String, Object>> verdicts = new ArrayList<>();
            for (AllDataResult r : results) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("depth", r.widths().depth());
                v.put("verdict", r.verdict().name().toLowerCase(Locale.ROOT));
                v.put("dimension", r.empty() ? null : r.exactDimension());
                v.put("fullDimension", r.fullDimension());
                v.put("target", r.target());
                v.put("orbitsEvaluated", r.orbitsEvaluated());
                v.put("bestComponent", r.bestComponent().map(Object::toString).orElse(null));
                v.put("certified", r.certificate().isPresent());
                verdicts.add(v);
            }
            out.println(new Json().put("width", width).put("maxDepth", maxDepth).put("data", "all")
                    .put("smallestFailingDepth", smallestFailing).put("verdicts", verdicts)
                    .put("certificateNote", written.isEmpty() ? null : written).put("seed", seed).put("threads", workers)
                    .put("seconds", Math.round(seconds * 1000) / 1000.0));
        } else {
            out.printf(Locale.ROOT, "search: width %d, depths 2..%d, seed %d, %d threads, data: all (A_H^all)%n", width, maxDepth, seed, workers);
            out.printf(Locale.ROOT, "  %5s %5s %14s %19s  %-8s %s%n", "depth", "T", "dim im delta", "dim delta(A_H^all)", "verdict", "evidence");
            for (AllDataResult r : results) {
                String evidence = switch (r.verdict()) {
                    case HOLDS -> r.empty() ? "A_H^all is empty"
                            : String.format(Locale.ROOT, "probabilistic, error <= %.0e; %d orbits evaluated", r.errorBound(), r.orbitsEvaluated());
                    case FAILS -> (r.certificate().isPresent() ? "certified" : "no certificate found") + " on {"
                            + r.bestComponent().map(Object::toString).orElse("?") + "}";
                    case UNDECIDED -> r.secondRoute().filter(sr -> !sr.agrees()).isPresent() ? "the two exact routes disagree"
                            : "exact and float disagree";
                };
                out.printf(Locale.ROOT, "  %5d %5d %14d %19s  %-8s %s%n", r.widths().depth(), r.target(), r.fullDimension(),
                        r.empty() ? "empty" : Integer.toString(r.exactDimension()), r.verdict().name().toLowerCase(Locale.ROOT), evidence);
            }
            out.println(smallestFailing == null ? "  no failing depth up to " + maxDepth
                    : "  smallest failing depth: " + smallestFailing + (written.isEmpty() ? "" : " (" + written + ")"));
            out.printf(Locale.ROOT, "  time %.2f s%n", seconds);
        }
        out.flush();
        return undecided ? Main.DISAGREE : Main.OK;
    }

    /** {@code hessian --data all}: the agreement table. */
    static int hessian(PrintWriter out, List<Widths> cases, int samples, long seed, Format format, boolean noProgress) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        long total = (long) samples * cases.size();
        try (Progress bar = Progress.start("points checked", total, !noProgress && total >= 200)) {
            long done = 0;
            for (Widths w : cases) {
                int inside = 0;
                int agree = 0;
                int missed = 0;
                Map<String, Integer> kinds = new LinkedHashMap<>();
                for (int k = 0; k < samples; k++) {
                    long s = seed * 1_000_003L + w.depth() * 10_007L + k;
                    AllDataAgreement.Sample sample = AllDataAgreement.check(w, s);
                    inside += sample.rule() ? 1 : 0;
                    agree += sample.agree() ? 1 : 0;
                    missed += sample.randomDataMissed() ? 1 : 0;
                    kinds.merge(sample.kind(), 1, Integer::sum);
                    if (!sample.agree() && disagreements.size() < 20) {
                        disagreements.add(String.format(Locale.ROOT, "widths %s, sample seed %d (%s): rule %b, definition %b, random data %b",
                                w, s, sample.kind(), sample.rule(), sample.definition(), sample.randomData()));
                    }
                    bar.stepTo(++done);
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("widths", w.values());
                row.put("samples", samples);
                row.put("inHessianVarietyAllData", inside);
                row.put("notInHessianVarietyAllData", samples - inside);
                row.put("agree", agree);
                row.put("disagree", samples - agree);
                row.put("randomDataMissed", missed);
                row.put("kinds", kinds);
                rows.add(row);
            }
        }
        boolean ok = disagreements.isEmpty();
        if (format == Format.JSON) {
            out.println(new Json().put("data", "all").put("rows", rows).put("disagreements", disagreements).put("agreement", ok)
                    .put("seed", seed));
        } else {
            out.printf(Locale.ROOT, "hessian: data all: three-blocks rule (exact) vs gradient and Hessian for every data (exact, on a "
                    + "spanning family of data) vs %d random integer data sets (exact), seed %d%n", AllDataAgreement.RANDOM_DATA, seed);
            out.printf(Locale.ROOT, "  %-20s %8s %10s %8s %8s %9s %19s%n", "widths", "samples", "in A_H^all", "not in", "agree", "disagree",
                    "random data missed");
            for (Map<String, Object> row : rows) {
                @SuppressWarnings("unchecked")
                List<Integer> values = (List<Integer>) row.get("widths");
                out.printf(Locale.ROOT, "  %-20s %8d %10d %8d %8d %9d %19d%n", WidthsOptions.describe(new Widths(values)), row.get("samples"),
                        row.get("inHessianVarietyAllData"), row.get("notInHessianVarietyAllData"), row.get("agree"), row.get("disagree"),
                        row.get("randomDataMissed"));
            }
            out.println("  (random data missed: outside A_H^all, yet gradient and Hessian vanished at each random data set: a nonzero "
                    + "polynomial of degree 2 in the data vanishing by chance; not a disagreement)");
            disagreements.forEach(d -> out.println("  DISAGREEMENT " + d));
            out.println(ok ? "  full agreement" : "  DISAGREEMENTS FOUND");
        }
        out.flush();
        return ok ? Main.OK : Main.DISAGREE;
    }

    /**
     * Extra lines of {@code verify} for a dominance certificate whose {@code V} lies in {@code A_H^all}: the point
     * satisfies the definition for every data (exact, on the spanning family), so the certificate proves that the
     * conjecture fails for the all-data notion.
     */
    static List<String> verifyNotes(Certificate c, boolean valid) {
        Widths w = c.widths();
        ZeroConditions v = c.zero().isBlank() ? ZeroConditions.none(w.depth()) : ZeroConditions.parse(c.zero(), w.depth());
        if (!AllDataHessianVariety.contains(v)) {
            return List.of();
        }
        BigInteger[][][] p = new BigInteger[w.depth() + 1][][];
        for (int t = 1; t <= w.depth(); t++) {
            p[t] = c.layer(t);
        }
        boolean vanish = AllDataLoss.vanishForAllData(w, p);
        List<String> lines = new ArrayList<>();
        lines.add((vanish ? "ok: " : "FAILED: ") + "gradient and Hessian of the loss " + (vanish ? "vanish" : "do not vanish")
                + " at the point for every data X, Y (exact, on " + AllDataLoss.spanningFamily(w).size()
                + " one-sample data spanning all of (X X^T, Y X^T))");
        if (valid && vanish) {
            lines.add("proved: V has three pairwise disjoint zero paths, so V lies in A_H^all (gradient and Hessian vanish for "
                    + "every data); hence dim closure(delta(A_H^all)) = T and the conjecture fails for the all-data notion");
        }
        return lines;
    }
}
