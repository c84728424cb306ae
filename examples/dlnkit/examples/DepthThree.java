package dlnkit.examples;

import dlnkit.conjecture.RestrictedDimension;
import dlnkit.conjecture.RestrictionResult;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.hessian.HessianMembership;
import dlnkit.variety.ZeroConditions;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Depth 3. The seed claims that on {@code A_H} the middle layer vanishes, so the main conjecture holds
 * trivially. dlnkit checks every path-zero subvariety: each one inside {@code A_H} forces
 * {@code W_2 = 0}, and its delta-image dimension stays strictly below the full one.
 */
public final class DepthThree {
    private DepthThree() {
    }

    /**
     * One path-zero subvariety inside {@code A_H}.
     *
     * @param conditions the subvariety
     * @param middleLayerZero whether its conditions force {@code W_2 = 0}
     * @param restriction {@code dim closure(delta(V))} with its evidence
     */
    public record Subvariety(ZeroConditions conditions, boolean middleLayerZero, RestrictionResult restriction) {
        /** The exact and float routes agree on a dimension strictly below the full one. */
        public boolean strictDrop() {
            return restriction.agree() && restriction.dimension() < restriction.fullDimension();
        }
    }

    /**
     * What the example found: every distinct path-zero subvariety of the widths that lies in {@code A_H}.
     *
     * @param seed the seed of the random points
     * @param widths the widths (constant 2, depth 3)
     * @param inside the subvarieties inside {@code A_H}
     */
    public record Result(long seed, Widths widths, List<Subvariety> inside) {
        public Result {
            inside = List.copyOf(inside);
        }

        /** The largest {@code dim closure(delta(V))} among them ({@code -1} when there is none). */
        public long largestDimension() {
            return inside.stream().mapToLong(s -> s.restriction().dimension()).max().orElse(-1);
        }

        /** {@code dim closure(im delta)} (exact route), from the first subvariety's evidence ({@code -1} when there is none). */
        public long fullDimension() {
            return inside.isEmpty() ? -1 : inside.get(0).restriction().fullDimension();
        }

        /** Subvarieties without W_2 = 0 or without a strict drop, plus one when none lies in A_H. */
        public int problems() {
            return (int) inside.stream().filter(s -> !(s.middleLayerZero() && s.strictDrop())).count() + (inside.isEmpty() ? 1 : 0);
        }
    }

    public static void main(String[] args) {
        System.exit(run(System.out, args.length > 0 ? Long.parseLong(args[0]) : 1) == 0 ? 0 : 1);
    }

    public static int run(PrintStream out, long seed) {
        Result r = check(seed);
        print(out, r);
        return r.problems();
    }

    /** Computes the example's findings at this seed. */
    public static Result check(long seed) {
        Widths w = Widths.constant(3, 2);
        String[] paths = {"W1", "W2", "W3", "W2W1", "W3W2", "W3W2W1"};
        List<Subvariety> inside = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int mask = 1; mask < (1 << paths.length); mask++) {
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < paths.length; i++) {
                if ((mask >> i & 1) == 1) {
                    chosen.add(paths[i]);
                }
            }
            ZeroConditions v = ZeroConditions.parse(String.join(", ", chosen), 3);
            if (seen.contains(v.toString()) || !HessianMembership.of(w, v).contained()) {
                continue;
            }
            seen.add(v.toString());
            inside.add(new Subvariety(v, v.impliesZero(2, 2), RestrictedDimension.compute(w, v, seed, Tolerances.DEFAULT)));
        }
        return new Result(seed, w, inside);
    }

    /** Prints the table from the findings. */
    public static void print(PrintStream out, Result r) {
        out.println("Depth 3, widths " + r.widths() + ", seed " + r.seed());
        out.printf("  %-28s %-10s %-8s %-12s %s%n", "V (inside A_H)", "W2 = 0?", "dim", "full", "seed claim: conjecture holds");
        for (Subvariety s : r.inside()) {
            out.printf("  %-28s %-10s %-8d %-12d %s%n", s.conditions(), s.middleLayerZero() ? "yes" : "NO", s.restriction().dimension(),
                    s.restriction().fullDimension(), s.strictDrop() ? "holds (strict drop)" : "FAILS");
        }
        out.println("  " + r.inside().size() + " distinct path-zero subvarieties lie in A_H; the largest delta-image among them has dimension "
                + r.largestDimension() + (r.largestDimension() < r.fullDimension() ? " < " : " >= ") + r.fullDimension()
                + " = dim closure(im delta).");
        out.println("  evidence: pair rule decided combinatorially (exact); dimensions by exact rank mod p, confirmed in floating point.");
    }
}
