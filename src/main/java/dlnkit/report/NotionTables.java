package dlnkit.report;

import dlnkit.conjecture.AllDataDecision;
import dlnkit.conjecture.AllDataResult;
import dlnkit.conjecture.ConjectureDecision;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Tables for the two notions of the vanishing-Hessian variety (docs/notions.md): the conjecture table for the
 * all-data notion {@code A_H^all}, and the smallest failing depth under both notions for constant widths. Every
 * number is computed here, at the given seed.
 */
public final class NotionTables {
    private NotionTables() {
    }

    /**
     * The smallest failing depth of one notion for constant width, searched depth by depth from 2 up to {@code maxDepth}.
     *
     * @param width the constant width
     * @param allData the notion: false for A_H (fixed data), true for A_H^all (all data)
     * @param maxDepth the largest depth searched
     * @param depth the smallest failing depth, or null when every depth up to {@code maxDepth} holds or is undecided
     * @param certified the failure at {@code depth} carries a certificate
     * @param undecided depths below {@code depth} (or up to {@code maxDepth}) whose verdict is UNDECIDED
     * @param seed the seed of every decision
     */
    public record SmallestFailure(int width, boolean allData, int maxDepth, Integer depth, boolean certified, List<Integer> undecided,
            long seed) {
        public SmallestFailure {
            undecided = List.copyOf(undecided);
            dlnkit.model.Checks.require(depth == null || (depth >= 2 && depth <= maxDepth), "depth", "null or 2..maxDepth", depth);
        }

        /** {@code "7 (certified)"}, or {@code "none up to 12"}. */
        public String text() {
            return depth == null ? "none up to " + maxDepth : depth + (certified ? " (certified)" : " (not certified)");
        }
    }

    /**
     * One width under both notions.
     *
     * @param fixedData the smallest failure for A_H
     * @param allData the smallest failure for A_H^all
     */
    public record NotionRow(SmallestFailure fixedData, SmallestFailure allData) {
        public NotionRow {
            dlnkit.model.Checks.require(fixedData.width() == allData.width() && !fixedData.allData() && allData.allData()
                    && fixedData.seed() == allData.seed(), "notion row", "the same width and seed, fixed data then all data",
                    fixedData + ", " + allData);
        }

        public int width() {
            return fixedData.width();
        }
    }

    /** The smallest failing depth under the fixed-data notion (A_H), depth by depth from 2. */
    public static SmallestFailure fixedData(int width, int maxDepth, long seed) {
        return fixedData(width, maxDepth, seed, w -> ConjectureDecision.decide(w, seed, Tolerances.DEFAULT));
    }

    /**
     * The smallest failing depth under the fixed-data notion (A_H), depth by depth from 2, with decisions from
     * {@code decide} (which must decide at {@code seed}; a caller's cache of decisions can be passed).
     */
    public static SmallestFailure fixedData(int width, int maxDepth, long seed, Function<Widths, ConjectureResult> decide) {
        List<Integer> undecided = new ArrayList<>();
        for (int n = 2; n <= maxDepth; n++) {
            ConjectureResult r = decide.apply(Widths.constant(n, width));
            dlnkit.model.Checks.require(r.seed() == seed, "decision seed", Long.toString(seed), r.seed());
            if (r.verdict() == ConjectureResult.Verdict.FAILS) {
                return new SmallestFailure(width, false, maxDepth, n, r.certificate().isPresent(), undecided, seed);
            }
            if (r.verdict() == ConjectureResult.Verdict.UNDECIDED) {
                undecided.add(n);
            }
        }
        return new SmallestFailure(width, false, maxDepth, null, false, undecided, seed);
    }

    /** The smallest failing depth under the all-data notion (A_H^all), depth by depth from 2. */
    public static SmallestFailure allData(int width, int maxDepth, long seed) {
        List<Integer> undecided = new ArrayList<>();
        for (int n = 2; n <= maxDepth; n++) {
            AllDataResult r = AllDataDecision.decide(Widths.constant(n, width), seed, Tolerances.DEFAULT);
            if (r.verdict() == ConjectureResult.Verdict.FAILS) {
                return new SmallestFailure(width, true, maxDepth, n, r.certificate().isPresent(), undecided, seed);
            }
            if (r.verdict() == ConjectureResult.Verdict.UNDECIDED) {
                undecided.add(n);
            }
        }
        return new SmallestFailure(width, true, maxDepth, null, false, undecided, seed);
    }

    /** Both notions for constant widths {@code 1..maxWidth}, each searched up to {@code maxDepth}; fixed data through {@code decide}. */
    public static List<NotionRow> smallestFailures(int maxWidth, int maxDepth, long seed, Function<Widths, ConjectureResult> decide) {
        List<NotionRow> rows = new ArrayList<>();
        for (int width = 1; width <= maxWidth; width++) {
            rows.add(new NotionRow(fixedData(width, maxDepth, seed, decide), allData(width, maxDepth, seed)));
        }
        return rows;
    }

    /** Smallest failing depth under both notions, constant widths {@code 1..maxWidth}, each searched up to {@code maxDepth}. */
    public static String smallestFailingDepths(int maxWidth, int maxDepth, long seed) {
        return smallestFailingDepths(smallestFailures(maxWidth, maxDepth, seed, w -> ConjectureDecision.decide(w, seed, Tolerances.DEFAULT)));
    }

    /** The table of {@link #smallestFailures}: one row per width (all rows at one seed). */
    public static String smallestFailingDepths(List<NotionRow> notions) {
        dlnkit.model.Checks.require(!notions.isEmpty() && notions.stream().map(r -> r.fixedData().seed()).distinct().count() == 1,
                "notion rows", "at least one row, all at one seed", notions.size());
        long seed = notions.get(0).fixedData().seed();
        List<List<String>> rows = new ArrayList<>();
        for (NotionRow r : notions) {
            rows.add(List.of(Integer.toString(r.width()), r.fixedData().text(), r.allData().text()));
        }
        return Latex.table("Smallest depth $N$ at which $\\dim\\overline{\\delta(A)} < \\dim\\overline{\\operatorname{im}\\delta}$ "
                        + "fails, constant width, for $A = A_H$ (fixed data) and $A = A_H^{\\mathrm{all}}$ (gradient and Hessian "
                        + "vanish for every data) (dlnkit, seed " + seed + ").", "tab:dlnkit-notions", "rll",
                List.of("width", "fixed data ($A_H$)", "all data ($A_H^{\\mathrm{all}}$)"), rows,
                "Fixed: failure certificates (\\texttt{dlnkit-hessian-certificate-1}); all data: dominance certificates on a "
                        + "component $\\{W_{b_1:1} = 0, W_{b_2:b_1+1} = 0, W_{N:b_2+1} = 0\\}$; both rechecked by \\texttt{dlnkit verify}.");
    }

    /** The conjecture table for the all-data notion: parameters, T, dim im delta, dim delta(A_H^all), verdict, evidence. */
    public static String conjectureAllData(List<Widths> cases, long seed) {
        List<List<String>> rows = new ArrayList<>();
        for (Widths w : cases) {
            AllDataResult r = AllDataDecision.decide(w, seed, Tolerances.DEFAULT);
            rows.add(DimensionTables.conjectureRow(w, r.verdict(), r.empty(), "$A_H^{\\mathrm{all}} = \\emptyset$",
                    r.exactDimension(), r.fullDimension(), r.errorBound(), r.certificate().isPresent()));
        }
        return Latex.table("Dimensions of the image of $\\delta$ and of $\\delta(A_H^{\\mathrm{all}})$, the points where gradient "
                        + "and Hessian vanish for every data (dlnkit, seed " + seed + ").",
                "tab:dlnkit-conjecture", "rlrrrrll",
                List.of("$N$", "widths", "params", "$T$", "$\\dim\\overline{\\operatorname{im}\\delta}$",
                    "$\\dim\\overline{\\delta(A_H^{\\mathrm{all}})}$", "verdict", "evidence"),
                rows, "Certified: dominance certificate on a component, checked by \\texttt{dlnkit verify}; probabilistic: exact "
                        + "ranks mod $p = 2^{61}-1$, wrong with at most the probability shown.");
    }
}
