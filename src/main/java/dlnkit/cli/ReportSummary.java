package dlnkit.cli;

import dlnkit.examples.DepthFour;
import dlnkit.examples.DepthThree;
import dlnkit.examples.DepthTwo;
import dlnkit.experiment.E1StepSizes;
import dlnkit.experiment.E2LargestStep;
import dlnkit.experiment.E3Avoidance;
import dlnkit.experiment.E4Fibers;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.conjecture.RestrictionResult;
import dlnkit.model.Widths;
import dlnkit.report.IndexPage;
import dlnkit.report.NotionTables;
import dlnkit.hessian.HessianMembership;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The summary rows of {@code dlnkit report}, each computed from result records only: every number and verdict of a
 * finding is formatted from a record field, and each row's check compares record fields with what the seed's claim
 * says. The seed's claims are the statements under test; they are the only literals here ({@link #SEED_HOLDS_UP_TO},
 * {@link #SEED_COUNTEREXAMPLE_DEPTH}, {@link #SEED_COUNTEREXAMPLE_WIDTH} and the claim texts). Every row also checks
 * that its records were computed at the report's seed, and every certificate's verification that the certificate
 * records that seed.
 */
final class ReportSummary {
    /** The seed claims that the main conjecture holds for depths N up to this. */
    static final int SEED_HOLDS_UP_TO = 4;
    /** The seed's counterexample: this depth ... */
    static final int SEED_COUNTEREXAMPLE_DEPTH = 16;
    /** ... at this constant width. */
    static final int SEED_COUNTEREXAMPLE_WIDTH = 2;

    private ReportSummary() {
    }

    /** The seed slides: {@code A_H = {0}} at depth 2. */
    static IndexPage.Claim depthTwo(long seed, DepthTwo.Result r, String command) {
        String finding = String.format(Locale.ROOT, "A_H %s; V.Hess(0).V = %.3g (closed form %.3g)%s",
                r.originInHessianVariety() ? "contains 0" : "is empty", r.hessianForm(), r.predictedForm(),
                r.strictSaddleAtZero() ? ": 0 is a strict saddle" : "");
        boolean ok = r.seed() == seed && r.widths().depth() == 2 && !r.originInHessianVariety() && r.strictSaddleAtZero();
        return new IndexPage.Claim("N = 2: A_H = {0}", finding, "exact pair rule; Hessian form at 0 computed", ok, command);
    }

    /** The seed: at depth 3, on A_H the middle layer vanishes, so the conjecture holds. */
    static IndexPage.Claim depthThree(long seed, DepthThree.Result r, String command) {
        long middle = r.inside().stream().filter(DepthThree.Subvariety::middleLayerZero).count();
        long drops = r.inside().stream().filter(DepthThree.Subvariety::strictDrop).count();
        String finding = String.format(Locale.ROOT, "path-zero V in A_H: %d; W_2 = 0 on %d, strict drop on %d; largest dim %d of %d",
                r.inside().size(), middle, drops, r.largestDimension(), r.fullDimension());
        boolean ok = r.seed() == seed && r.widths().depth() == 3 && !r.inside().isEmpty() && middle == r.inside().size()
                && drops == r.inside().size();
        return new IndexPage.Claim("N = 3: W_2 = 0 on A_H, conjecture holds", finding, "pair rule (exact); exact and float ranks", ok,
                command);
    }

    /** The seed: the main conjecture holds for every depth up to {@link #SEED_HOLDS_UP_TO}. */
    static IndexPage.Claim smallDepths(long seed, List<ConjectureResult> scan, String command) {
        long holds = scan.stream().filter(r -> r.verdict() == ConjectureResult.Verdict.HOLDS).count();
        String finding = String.format(Locale.ROOT, "%d of %d widths with entries 1..%d hold at N = %s", holds, scan.size(),
                maxEntry(scan), range(depths(scan)));
        boolean ok = seedsAre(seed, scan) && holds == scan.size() && coversDepths(scan, 2, SEED_HOLDS_UP_TO);
        return new IndexPage.Claim("conjecture holds for N <= " + SEED_HOLDS_UP_TO, finding,
                "exact ranks, two routes (mod 2^61-1 and 2^31-1; probabilistic), every widths vector", ok, command);
    }

    /** The seed's depth-4 lemmas: a strict drop on each of its subvarieties. */
    static IndexPage.Claim depthFour(long seed, DepthFour.Result r, String command) {
        String finding = String.format(Locale.ROOT, "%d of %d strict drops (constant widths %s)", r.strictDrops(), r.drops().size(),
                r.widths().stream().map(String::valueOf).collect(Collectors.joining(" and ")));
        boolean ok = r.seed() == seed && !r.drops().isEmpty() && r.strictDrops() == r.drops().size()
                && r.drops().stream().allMatch(d -> d.restriction().widths().depth() == 4 && d.restriction().seed() == seed);
        return new IndexPage.Claim("N = 4 subvarieties: strict drops", finding, "exact and float ranks", ok, command);
    }

    /** The seed's counterexample: depth 16, width 2, delta dominant on A inside A_H. */
    static IndexPage.Claim counterexample(long seed, RestrictionResult r, HessianMembership m, Optional<VerifyCommand.Verdict> verify,
            String command) {
        String finding = String.format(Locale.ROOT, "dim delta(A) = %s of T = %d, A in A_H: %s, certificate %s",
                r.agree() ? Long.toString(r.dimension()) : "UNDECIDED", r.target(), m.contained() ? "yes" : "NO", certificate(seed, verify));
        boolean ok = r.seed() == seed && r.widths().equals(Widths.constant(SEED_COUNTEREXAMPLE_DEPTH, SEED_COUNTEREXAMPLE_WIDTH))
                && r.agree() && r.dimension() == r.target() && r.certified() && m.contained() && verified(seed, r.widths(), verify);
        return new IndexPage.Claim("N = " + SEED_COUNTEREXAMPLE_DEPTH + ", width " + SEED_COUNTEREXAMPLE_WIDTH + ": fails via A", finding,
                "certificate + verify", ok, command);
    }

    /**
     * dlnkit's own finding, checked against the seed's claims: the smallest failing depth for constant width lies above
     * {@link #SEED_HOLDS_UP_TO} and at most {@link #SEED_COUNTEREXAMPLE_DEPTH}, every depth below it holds, and its
     * certificate is valid.
     */
    static IndexPage.Claim smallestConstant(long seed, DepthSearch s, Optional<VerifyCommand.Verdict> verify, String command) {
        Optional<ConjectureResult> first = s.smallestFailure();
        List<ConjectureResult> below = s.belowFailure();
        String finding = first.isEmpty()
                ? String.format(Locale.ROOT, "no failing depth up to %d for width %d", s.maxDepth(), s.width())
                : String.format(Locale.ROOT, "smallest failing depth %d for width %d, depths %s %s, certificate %s",
                        first.get().widths().depth(), s.width(), range(depths(below)), allHold(below) ? "hold" : "do NOT all hold",
                        certificate(seed, verify));
        boolean ok = s.seed() == seed && seedsAre(seed, s.verdicts()) && first.isPresent() && allHold(below)
                && coversDepths(below, 2, first.get().widths().depth() - 1)
                && first.get().widths().depth() > SEED_HOLDS_UP_TO && first.get().widths().depth() <= SEED_COUNTEREXAMPLE_DEPTH
                && first.get().certificate().isPresent() && verified(seed, first.get().widths(), verify);
        return new IndexPage.Claim("(smallest failing depth, constant width " + s.width() + ")", finding,
                "certificate + verify (exact gradient/Hessian)", ok, command);
    }

    /**
     * dlnkit's own finding: a failure at depth {@code SEED_HOLDS_UP_TO + 1} with small entries, certified, while every widths
     * vector with entries up to the same bound holds at the depths of {@code scan}: so that depth is the smallest.
     */
    static IndexPage.Claim smallestMixed(long seed, ConjectureResult failure, Optional<VerifyCommand.Verdict> verify,
            List<ConjectureResult> scan, String command) {
        int depth = failure.widths().depth();
        boolean fails = failure.verdict() == ConjectureResult.Verdict.FAILS;
        String finding = String.format(Locale.ROOT, "%d: e.g. widths %s %s, certificate %s; N = %s: %d of %d hold", depth, failure.widths(),
                fails ? "fail" : "do NOT fail (" + failure.verdict().name().toLowerCase(Locale.ROOT) + ")", certificate(seed, verify),
                range(depths(scan)), scan.stream().filter(r -> r.verdict() == ConjectureResult.Verdict.HOLDS).count(), scan.size());
        int entries = failure.widths().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        boolean ok = failure.seed() == seed && fails && failure.certificate().isPresent() && verified(seed, failure.widths(), verify)
                && seedsAre(seed, scan) && allHold(scan) && coversDepths(scan, 2, depth - 1) && entries <= maxEntry(scan);
        return new IndexPage.Claim("(smallest failing depth, widths in {1.." + maxEntry(scan) + "})", finding,
                "certificate + verify; every widths vector below", ok, command);
    }

    /**
     * dlnkit's own finding under both notions of A_H: every failure found is certified and no depth is undecided; the
     * all-data failure never comes before the fixed-data one (A_H^all lies in A_H); and the fixed-data depth agrees with
     * the constant-width search.
     */
    static IndexPage.Claim notions(long seed, List<NotionTables.NotionRow> rows, DepthSearch search, String command) {
        String finding = rows.stream().map(r -> String.format(Locale.ROOT, "width %d: %s / %s", r.width(), depth(r.fixedData()),
                depth(r.allData()))).collect(Collectors.joining("; ")) + " (fixed / all data)";
        boolean ok = !rows.isEmpty();
        for (NotionTables.NotionRow r : rows) {
            for (NotionTables.SmallestFailure f : List.of(r.fixedData(), r.allData())) {
                ok &= f.seed() == seed && f.undecided().isEmpty() && (f.depth() == null || f.certified());
            }
            ok &= r.allData().depth() == null || (r.fixedData().depth() != null && r.fixedData().depth() <= r.allData().depth());
            if (r.width() == search.width()) {
                Integer searched = search.smallestFailingDepth();
                Integer fixed = r.fixedData().depth();
                ok &= fixed == null ? searched == null || searched > r.fixedData().maxDepth() : fixed.equals(searched);
            }
        }
        return new IndexPage.Claim("(smallest failing depth, both notions)", finding,
                "certificates (failure; dominance on a component)", ok, command);
    }

    /** The pair rule against the definition (gradient and Hessian vanish), on points of both kinds. */
    static IndexPage.Claim hessian(long seed, HessianTable t, String command) {
        String finding = String.format(Locale.ROOT, "%d of %d points agree (%d in A_H, %d not), depths %s", t.agree(), t.samples(),
                t.inside(), t.samples() - t.inside(), range(t.rows().stream().map(r -> r.widths().depth()).toList()));
        boolean ok = t.seed() == seed && t.fullAgreement() && t.inside() > 0 && t.inside() < t.samples();
        return new IndexPage.Claim("pair rule = critical point with vanishing Hessian", finding, "exact integer gradient/Hessian", ok,
                command);
    }

    static IndexPage.Claim e1(long seed, E1StepSizes.Summary s, String command) {
        boolean ok = s.seed() == seed && s.converged() > 0 && s.diverged() > 0;
        return new IndexPage.Claim("GD: small steps converge, a large one diverges", s.line(), "e1 (the eta^2 drift law: tests)", ok,
                command);
    }

    static IndexPage.Claim e2(long seed, E2LargestStep.Summary s, String command) {
        String finding = s.hasFits()
                ? String.format(Locale.ROOT, "rms of log eta*: power law %.3f %s exponential %.3f, N = %d..%d", s.powerLawRms(),
                        s.powerLawFitsBetter() ? "<" : ">=", s.exponentialRms(), s.firstDepth(), s.lastDepth())
                : s.verdict();
        return new IndexPage.Claim("largest safe step not exponentially small in N", finding, "e2 fits",
                s.seed() == seed && s.powerLawFitsBetter(), command);
    }

    static IndexPage.Claim e3(long seed, E3Avoidance.Summary s, String command) {
        String finding = String.format(Locale.ROOT, "limits in A_H: %d of %d (pair rule), %d of %d (Hessian)", s.inPairRule(),
                s.classified(), s.hessianVanishes(), s.classified());
        boolean ok = s.seed() == seed && s.classified() > 0 && s.testsAgree() && s.inPairRule() == 0;
        return new IndexPage.Claim("GD limits avoid A_H", finding, "e3: rule and Hessian agree", ok, command);
    }

    static IndexPage.Claim e4(long seed, E4Fibers.Summary s, String command) {
        String finding = String.format(Locale.ROOT, "largest drift of delta %.1e %s %.0e over %d flows; p in A_H: %s", s.worstDrift(),
                s.inFiber() ? "<=" : ">", s.driftLimit(), s.starts(), s.pointInHessianVariety() ? "yes" : "NO");
        return new IndexPage.Claim("flows in a fiber of the counterexample", finding, "e4", s.seed() == seed && s.checksHold(), command);
    }

    /** The summary table printed on standard output and written to summary.txt: the seed, then one line per row. */
    static String table(long seed, Path out, double seconds, List<IndexPage.Claim> rows, boolean allHeld) {
        int[] w = {"seed claim".length(), "dlnkit finding".length(), "evidence".length()};
        for (IndexPage.Claim c : rows) {
            w[0] = Math.max(w[0], c.claim().length());
            w[1] = Math.max(w[1], c.finding().length());
            w[2] = Math.max(w[2], c.evidence().length());
        }
        String format = "  %-" + w[0] + "s | %-" + w[1] + "s | %-" + w[2] + "s | %s%n";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "dlnkit report (seed %d), written to %s in %.1f s%n", seed, out, seconds));
        sb.append(String.format(Locale.ROOT, format, "seed claim", "dlnkit finding", "evidence", "check"));
        sb.append("  ").append("-".repeat(w[0] + w[1] + w[2] + 9 + "CHECK FAILED".length())).append(System.lineSeparator());
        for (IndexPage.Claim c : rows) {
            sb.append(String.format(Locale.ROOT, format, c.claim(), c.finding(), c.evidence(), c.ok() ? "ok" : "CHECK FAILED"));
        }
        sb.append(allHeld ? "  every check held (seed " + seed + ")\n" : "  SOME CHECKS FAILED (seed " + seed + "): see the files in " + out + "\n");
        return sb.toString();
    }

    /** {@code "VALID"}, {@code "INVALID"}, {@code "MISSING"}, with the recorded seed when it is not the report's. */
    private static String certificate(long seed, Optional<VerifyCommand.Verdict> verify) {
        return verify.map(v -> (v.valid() ? "VALID" : "INVALID") + (v.seed() == seed ? "" : " (recorded seed " + v.seed() + ")"))
                .orElse("MISSING");
    }

    /** The certificate was verified, is about {@code widths}, and records {@code seed}. */
    private static boolean verified(long seed, Widths widths, Optional<VerifyCommand.Verdict> verify) {
        return verify.isPresent() && verify.get().valid() && verify.get().seed() == seed && verify.get().widths().equals(widths);
    }

    private static String depth(NotionTables.SmallestFailure f) {
        return f.depth() == null ? "none <= " + f.maxDepth() : f.depth() + (f.certified() ? "" : " (uncertified)");
    }

    private static boolean seedsAre(long seed, List<ConjectureResult> results) {
        return results.stream().allMatch(r -> r.seed() == seed);
    }

    private static boolean allHold(List<ConjectureResult> results) {
        return results.stream().allMatch(r -> r.verdict() == ConjectureResult.Verdict.HOLDS);
    }

    private static List<Integer> depths(List<ConjectureResult> results) {
        return results.stream().map(r -> r.widths().depth()).distinct().sorted().toList();
    }

    private static int maxEntry(List<ConjectureResult> results) {
        return results.stream().flatMap(r -> r.widths().values().stream()).mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Every depth {@code from..to} occurs among the results (true when the range is empty). */
    private static boolean coversDepths(List<ConjectureResult> results, int from, int to) {
        List<Integer> have = depths(results);
        for (int n = from; n <= to; n++) {
            if (!have.contains(n)) {
                return false;
            }
        }
        return true;
    }

    /** {@code "2..6"}, {@code "4"}, {@code "none"}, or a list when the depths are not consecutive. */
    static String range(List<Integer> depths) {
        List<Integer> sorted = new ArrayList<>(depths.stream().distinct().sorted().toList());
        if (sorted.isEmpty()) {
            return "none";
        }
        int lo = sorted.get(0);
        int hi = sorted.get(sorted.size() - 1);
        if (hi - lo + 1 == sorted.size()) {
            return lo == hi ? Integer.toString(lo) : lo + ".." + hi;
        }
        return sorted.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
