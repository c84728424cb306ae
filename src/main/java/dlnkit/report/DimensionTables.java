package dlnkit.report;

import dlnkit.conjecture.ConjectureDecision;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.conjecture.RestrictedDimension;
import dlnkit.conjecture.RestrictionResult;
import dlnkit.image.StratumTangent;
import dlnkit.exact.ModMatrix;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.hessian.HessianMembership;
import dlnkit.variety.SeedSubvarieties;
import dlnkit.variety.StrataEnumerator;
import dlnkit.variety.ZeroConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The LaTeX tables of dimensions: per widths, the conjecture's numbers and verdict; the seed's depth-4
 * subvarieties; the histogram of stratum image dimensions of a failing case. Every number is computed here,
 * at the given seed.
 */
public final class DimensionTables {
    private DimensionTables() {
    }

    /** Conjecture table: parameters, T, dim im delta, dim delta(A_H), verdict, evidence kind. */
    public static String conjecture(List<Widths> cases, long seed) {
        return conjecture(cases, seed, w -> ConjectureDecision.decide(w, seed, Tolerances.DEFAULT));
    }

    /** As {@link #conjecture(List, long)}, with the decisions from {@code decide} (e.g. shared with the margin chart). */
    public static String conjecture(List<Widths> cases, long seed, java.util.function.Function<Widths, ConjectureResult> decide) {
        List<List<String>> rows = new ArrayList<>();
        for (Widths w : cases) {
            ConjectureResult r = decide.apply(w);
            rows.add(conjectureRow(w, r.verdict(), r.emptyHessianVariety(), "$A_H = \\emptyset$", r.exactDimension(),
                    r.fullDimension(), r.errorBound(), r.certificate().isPresent()));
        }
        return Latex.table("Dimensions of the image of $\\delta$ and of $\\delta(A_H)$ (dlnkit, seed " + seed + ").",
                "tab:dlnkit-conjecture", "rlrrrrll",
                List.of("$N$", "widths", "params", "$T$", "$\\dim\\overline{\\operatorname{im}\\delta}$",
                    "$\\dim\\overline{\\delta(A_H)}$", "verdict", "evidence"),
                rows, "Certified: exact certificate checked by \\texttt{dlnkit verify}; probabilistic: exact ranks mod "
                        + "$p = 2^{61}-1$, wrong with at most the probability shown.");
    }

    /** The seed's depth-4 subvarieties for widths all 2 and all 3. */
    public static String depthFour(long seed) {
        List<List<String>> rows = new ArrayList<>();
        for (int width : new int[] {2, 3}) {
            Widths w = Widths.constant(4, width);
            for (String zero : SeedSubvarieties.depthFour()) {
                ZeroConditions v = ZeroConditions.parse(zero, 4);
                RestrictionResult r = RestrictedDimension.compute(w, v, seed, Tolerances.DEFAULT);
                HessianMembership m = HessianMembership.of(w, v);
                rows.add(List.of(Integer.toString(width), "$\\{" + zero.replace("W", "W_").replace(", ", " = ") + " = 0\\}$",
                        r.agree() ? Long.toString(r.dimension()) : "undecided", Integer.toString(r.fullDimension()),
                        r.agree() && r.dimension() < r.fullDimension() ? "yes" : "no",
                        m.contained() ? "yes" : "no (" + Latex.escape(m.failingPair().orElseThrow()) + ")",
                        r.orbitsTotal().map(Object::toString).orElse("--")));
            }
        }
        return Latex.table("The seed's depth-4 subvarieties $V$: $\\dim\\overline{\\delta(V)}$ against the full dimension "
                        + "(dlnkit, seed " + seed + ").", "tab:dlnkit-depth4", "rlrrlll",
                List.of("width", "$V$", "$\\dim\\overline{\\delta(V)}$", "full", "strict drop", "$V \\subseteq A_H$", "orbits in $V$"),
                rows, "Products are written $W_iW_{i-1}$ for $W_i W_{i-1}$; pair: a pair of the cyclic rule with no arc "
                        + "forced to vanish on $V$.");
    }


    /** Histogram of the image dimensions of all strata of {@code A_H} (every stratum evaluated, no pruning). */
    public static TreeMap<Integer, Integer> strataHistogram(Widths w, long seed) {
        TreeMap<Integer, Integer> histogram = new TreeMap<>();
        SplittableRandom rng = new SplittableRandom(seed);
        new StrataEnumerator(w, false).forEach(s -> {
            histogram.merge(ModMatrix.rank(StratumTangent.exactComposite(s, rng, false)), 1, Integer::sum);
            return true;
        });
        return histogram;
    }

    public static String histogram(Widths w, long seed) {
        TreeMap<Integer, Integer> h = strataHistogram(w, seed);
        List<List<String>> rows = new ArrayList<>();
        h.forEach((dim, count) -> rows.add(List.of(Integer.toString(dim), Integer.toString(count))));
        return Latex.table("Strata of $A_H$ by the dimension of their image under $\\delta$, widths " + Latex.escape(w.toString())
                        + " ($T = " + w.targetDimension() + "$; dlnkit, seed " + seed + ").", "tab:dlnkit-strata", "rr",
                List.of("$\\dim\\overline{\\delta(S)}$", "strata $S$"), rows, "");
    }

    /**
     * One row of a conjecture table (either notion of {@code A_H}): depth, widths, parameters, T, dim im delta,
     * dim delta(A_H), verdict, evidence.
     */
    static List<String> conjectureRow(Widths w, ConjectureResult.Verdict verdict, boolean empty, String emptyLatex, int exactDimension,
            int fullDimension, double errorBound, boolean certified) {
        String dim = empty ? "$\\emptyset$" : Integer.toString(exactDimension);
        String evidence = switch (verdict) {
            case HOLDS -> empty ? "exact (" + emptyLatex + ")"
                    : String.format(Locale.ROOT, "probabilistic ($\\le %s$)", sci(errorBound));
            case FAILS -> certified ? "certified" : "not certified";
            case UNDECIDED -> "routes disagree";
        };
        return List.of(Integer.toString(w.depth()), Latex.escape(w.toString()), Long.toString(w.parameterCount()),
                Long.toString(w.targetDimension()), Integer.toString(fullDimension), dim,
                verdict.name().toLowerCase(Locale.ROOT), evidence);
    }

    static String sci(double x) {
        if (x == 0) {
            return "0";
        }
        int e = (int) Math.floor(Math.log10(x));
        return String.format(Locale.ROOT, "10^{%d}", e + 1);
    }
}
