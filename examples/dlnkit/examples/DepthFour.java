package dlnkit.examples;

import dlnkit.conjecture.RestrictedDimension;
import dlnkit.conjecture.RestrictionResult;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.hessian.HessianMembership;
import dlnkit.variety.SeedSubvarieties;
import dlnkit.variety.ZeroConditions;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Depth 4. The seed's lemmas: on each of the subvarieties {@code {W_i = W_j = 0}} ({@code i > j}),
 * {@code {W_i = W_{i-1} W_{i-2} = 0}} and {@code {W_i W_{i-1} = W_{i-2} = 0}} ({@code i = 3, 4}) the
 * delta-image dimension drops strictly below the full one (the first family by the telescoping trace
 * identity). dlnkit computes each dimension for widths all 2 and all 3 and says whether each lies in
 * {@code A_H}.
 */
public final class DepthFour {
    private DepthFour() {
    }

    /** The constant widths the example checks. */
    static final int[] WIDTHS = {2, 3};

    /**
     * One subvariety of the seed at one constant width.
     *
     * @param width the constant width
     * @param restriction {@code dim closure(delta(V))} with its evidence
     * @param membership whether {@code V} lies in {@code A_H} (cyclic pair rule)
     */
    public record Drop(int width, RestrictionResult restriction, HessianMembership membership) {
        /** The exact and float routes agree on a dimension strictly below the full one. */
        public boolean strict() {
            return restriction.agree() && restriction.dimension() < restriction.fullDimension();
        }
    }

    /**
     * What the example found.
     *
     * @param seed the seed of the random points
     * @param drops one entry per width and subvariety
     */
    public record Result(long seed, List<Drop> drops) {
        public Result {
            drops = List.copyOf(drops);
        }

        /** The number of strict drops. */
        public long strictDrops() {
            return drops.stream().filter(Drop::strict).count();
        }

        /** The constant widths checked, in order. */
        public List<Integer> widths() {
            return drops.stream().map(Drop::width).distinct().toList();
        }

        /** The subvarieties without a strict drop. */
        public int problems() {
            return (int) (drops.size() - strictDrops());
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
        List<Drop> drops = new ArrayList<>();
        for (int width : WIDTHS) {
            Widths w = Widths.constant(4, width);
            for (String text : SeedSubvarieties.depthFour()) {
                ZeroConditions v = ZeroConditions.parse(text, 4);
                drops.add(new Drop(width, RestrictedDimension.compute(w, v, seed, Tolerances.DEFAULT), HessianMembership.of(w, v)));
            }
        }
        return new Result(seed, drops);
    }

    /** Prints the table from the findings. */
    public static void print(PrintStream out, Result r) {
        out.println("Depth 4, seed " + r.seed() + ": the seed claims a strict drop on each subvariety");
        out.printf("  %-7s %-14s %-10s %-6s %-9s %-22s %s%n", "widths", "V", "dim", "full", "drop?", "in A_H (pair rule)", "orbits in V");
        for (Drop d : r.drops()) {
            RestrictionResult x = d.restriction();
            out.printf("  all %-3d %-14s %-10d %-6d %-9s %-22s %s%n", d.width(), "{" + x.conditions() + "}", x.dimension(), x.fullDimension(),
                    d.strict() ? "yes" : "NO", d.membership().contained() ? "yes" : "no, pair " + d.membership().failingPair().orElseThrow(),
                    x.orbitsTotal().map(Object::toString).orElse("?"));
        }
        out.println("  evidence: exact rank mod p at random points of every orbit not excluded by its dimension, the best one"
                + " confirmed in floating point; drops are certain only up to the printed Schwartz-Zippel bound (see restrict).");
    }
}
