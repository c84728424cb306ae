package dlnkit.examples;

import dlnkit.image.ImageDimension;
import dlnkit.model.Data;
import dlnkit.model.Loss;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.hessian.HessianMembership;
import dlnkit.variety.ZeroConditions;
import java.io.PrintStream;
import java.util.Random;

/**
 * Depth 2. The seed slides claim {@code A_H = {0}}. dlnkit finds {@code A_H} empty: the cyclic pair
 * {@code {W_1, W_2}} has the empty arc (never zero) and the arc {@code M}, which is nonzero for full-rank
 * data; at {@code W = 0} the Hessian is the nonzero form {@code 4 <V_2 V_1 X, -Y>} (a strict saddle).
 */
public final class DepthTwo {
    private DepthTwo() {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, args.length > 0 ? Long.parseLong(args[0]) : 1) == 0 ? 0 : 1);
    }

    /** Prints the comparison; returns the number of findings that contradict dlnkit's expectation. */
    public static int run(PrintStream out, long seed) {
        int problems = 0;
        Widths w = Widths.constant(2, 2);
        Random rng = new Random(seed);
        Data data = Data.gaussian(w, 5, rng);
        Network zero = Network.zeros(w);
        Network v = Network.gaussian(w, 1.0, rng);
        double form = v.dot(Loss.hessianTimes(zero, data, v));
        double predicted = 4 * v.layer(2).times(v.layer(1)).times(data.x()).dot(data.y().scale(-1));
        boolean originInside = HessianMembership.of(w, ZeroConditions.parse("W2, W1", 2)).contained();
        out.println("Depth 2, widths " + w + ", seed " + seed);
        out.printf("  %-38s %-28s %s%n", "claim", "seed slides", "dlnkit");
        out.printf("  %-38s %-28s %s%n", "A_H", "{0}", originInside ? "contains 0" : "empty (0 is not in A_H)");
        out.printf("  %-38s %-28s %.6f (4<V2 V1 X, -Y> = %.6f)%n", "V . Hessian(0) V for a random V", "0 (claimed)", form, predicted);
        var dims = ImageDimension.dimension(w, seed, ImageDimension.FloatMethod.AUTO, dlnkit.numeric.Tolerances.DEFAULT);
        out.printf("  %-38s %-28s %d of %d (%s)%n", "dim closure(im delta)", "-", dims.dimension(), dims.target(),
                dims.exact().full() ? "proved" : "probable");
        out.println("  evidence: the cyclic pair {W_1, W_2} has arcs 'empty' and 'M'; neither can vanish when M has full rank,"
                + " so no point satisfies the pair rule; the Hessian form at 0 is nonzero (computed above).");
        problems += originInside ? 1 : 0;
        problems += Math.abs(form) < 1e-6 || Math.abs(form - predicted) > 1e-9 * Math.abs(predicted) ? 1 : 0;
        problems += dims.dimension() == 3 ? 0 : 1;
        return problems;
    }
}
