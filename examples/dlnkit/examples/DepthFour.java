package dlnkit.examples;

import dlnkit.conjecture.RestrictedDimension;
import dlnkit.conjecture.RestrictionResult;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.hessian.HessianMembership;
import dlnkit.variety.SeedSubvarieties;
import dlnkit.variety.ZeroConditions;
import java.io.PrintStream;

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

    public static void main(String[] args) {
        System.exit(run(System.out, args.length > 0 ? Long.parseLong(args[0]) : 1) == 0 ? 0 : 1);
    }

    public static int run(PrintStream out, long seed) {
        int problems = 0;
        out.println("Depth 4, seed " + seed + ": the seed claims a strict drop on each subvariety");
        out.printf("  %-7s %-14s %-10s %-6s %-9s %-22s %s%n", "widths", "V", "dim", "full", "drop?", "in A_H (pair rule)", "orbits in V");
        for (int width : new int[] {2, 3}) {
            Widths w = Widths.constant(4, width);
            for (String text : SeedSubvarieties.depthFour()) {
                ZeroConditions v = ZeroConditions.parse(text, 4);
                RestrictionResult r = RestrictedDimension.compute(w, v, seed, Tolerances.DEFAULT);
                boolean drop = r.agree() && r.dimension() < r.fullDimension();
                HessianMembership m = HessianMembership.of(w, v);
                out.printf("  all %-3d %-14s %-10d %-6d %-9s %-22s %s%n", width, "{" + v + "}", r.dimension(), r.fullDimension(),
                        drop ? "yes" : "NO", m.contained() ? "yes" : "no, pair " + m.failingPair().orElseThrow(),
                        r.orbitsTotal().map(Object::toString).orElse("?"));
                problems += drop ? 0 : 1;
            }
        }
        out.println("  evidence: exact rank mod p at random points of every orbit not excluded by its dimension, the best one"
                + " confirmed in floating point; drops are certain only up to the printed Schwartz-Zippel bound (see restrict).");
        return problems;
    }
}
