package dlnkit.examples;

import dlnkit.image.DimensionResult;
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

    /**
     * What the example found.
     *
     * @param seed the seed of the data, the direction and the dimension
     * @param widths the widths (constant 2, depth 2)
     * @param originInHessianVariety whether {@code {W_1 = W_2 = 0}} lies in {@code A_H} by the cyclic pair rule
     * @param hessianForm {@code V . Hessian(0) V} for a random direction {@code V}, computed from the loss
     * @param predictedForm {@code 4 <V_2 V_1 X, -Y>}, the closed form of the same number
     * @param dimension {@code dim closure(im delta)} (exact and float routes)
     */
    public record Result(long seed, Widths widths, boolean originInHessianVariety, double hessianForm, double predictedForm,
            DimensionResult dimension) {
        /** The Hessian form at 0 is nonzero and matches its closed form: 0 is a strict saddle (the form is indefinite). */
        public boolean strictSaddleAtZero() {
            return Math.abs(hessianForm) >= 1e-6 && Math.abs(hessianForm - predictedForm) <= 1e-9 * Math.abs(predictedForm);
        }

        /** The number of findings that contradict dlnkit's expectation (A_H empty, a strict saddle at 0, full image). */
        public int problems() {
            return (originInHessianVariety ? 1 : 0) + (strictSaddleAtZero() ? 0 : 1)
                    + (dimension.agree() && dimension.dimension() == dimension.target() ? 0 : 1);
        }
    }

    public static void main(String[] args) {
        System.exit(run(System.out, args.length > 0 ? Long.parseLong(args[0]) : 1) == 0 ? 0 : 1);
    }

    /** Prints the comparison; returns the number of findings that contradict dlnkit's expectation. */
    public static int run(PrintStream out, long seed) {
        Result r = check(seed);
        print(out, r);
        return r.problems();
    }

    /** Computes the example's findings at this seed. */
    public static Result check(long seed) {
        Widths w = Widths.constant(2, 2);
        Random rng = new Random(seed);
        Data data = Data.gaussian(w, 5, rng);
        Network zero = Network.zeros(w);
        Network v = Network.gaussian(w, 1.0, rng);
        double form = v.dot(Loss.hessianTimes(zero, data, v));
        double predicted = 4 * v.layer(2).times(v.layer(1)).times(data.x()).dot(data.y().scale(-1));
        boolean originInside = HessianMembership.of(w, ZeroConditions.parse("W2, W1", 2)).contained();
        DimensionResult dims = ImageDimension.dimension(w, seed, ImageDimension.FloatMethod.AUTO, dlnkit.numeric.Tolerances.DEFAULT);
        return new Result(seed, w, originInside, form, predicted, dims);
    }

    /** Prints the comparison from the findings. */
    public static void print(PrintStream out, Result r) {
        out.println("Depth 2, widths " + r.widths() + ", seed " + r.seed());
        out.printf("  %-38s %-28s %s%n", "claim", "seed slides", "dlnkit");
        out.printf("  %-38s %-28s %s%n", "A_H", "{0}", r.originInHessianVariety() ? "contains 0" : "empty (0 is not in A_H)");
        out.printf("  %-38s %-28s %.6f (4<V2 V1 X, -Y> = %.6f)%n", "V . Hessian(0) V for a random V", "0 (claimed)", r.hessianForm(),
                r.predictedForm());
        out.printf("  %-38s %-28s %d of %d (%s)%n", "dim closure(im delta)", "-", r.dimension().dimension(), r.dimension().target(),
                r.dimension().exact().full() ? "proved" : "probable");
        out.println("  evidence: the cyclic pair {W_1, W_2} has arcs 'empty' and 'M'; neither can vanish when M has full rank,"
                + " so no point satisfies the pair rule; the Hessian form at 0 is nonzero (computed above).");
    }
}
