package dlnkit.examples;

import dlnkit.image.DimensionResult;
import dlnkit.image.ImageDimension;
import dlnkit.image.ImageDimension.FloatMethod;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import java.io.PrintStream;

/**
 * dim closure(im delta) for a few widths, each with its two routes, next to what the mathematics
 * predicts: full ({@code T}) for constant widths, and {@code r n - r(r-1)/2} for depth 2 with narrow
 * ends ({@code r = d_0 + d_2 <= n = d_1}). Run: {@code java -cp target/dlnkit.jar dlnkit.examples.ImageDimensions}.
 */
public final class ImageDimensions {
    private ImageDimensions() {
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        print(System.out, seed);
    }

    /** Prints the table; returns the number of rows where the computed dimension differs from the prediction. */
    public static int print(PrintStream out, long seed) {
        String[][] cases = {
            {"2,2,2", "T (constant widths)"},
            {"2,2,2,2,2", "T (constant widths)"},
            {"3,3,3,3", "T (constant widths)"},
            {"1,3,1", "2*3 - 1 = 5 (r = 2, n = 3)"},
            {"2,6,2", "4*6 - 6 = 18 (r = 4, n = 6)"},
            {"1,5,3", "4*5 - 6 = 14 (r = 4, n = 5)"},
        };
        long[] predicted = {3, 9, 12, 5, 18, 14};
        out.printf("%-12s %6s %6s %6s %6s %-28s %s%n", "widths", "params", "T", "exact", "float", "predicted", "evidence");
        int mismatches = 0;
        for (int i = 0; i < cases.length; i++) {
            Widths w = Widths.parse(cases[i][0]);
            DimensionResult d = ImageDimension.dimension(w, seed, FloatMethod.AUTO, Tolerances.DEFAULT);
            boolean ok = d.agree() && d.dimension() == predicted[i];
            mismatches += ok ? 0 : 1;
            out.printf("%-12s %6d %6d %6d %6d %-28s %s%n", w, d.parameters(), d.target(), d.exact().rank(),
                    d.floatRank().rank(), cases[i][1], d.exact().full() ? "proved full" : "lower bound, p-error <= "
                            + String.format("%.0e", d.exact().errorBound()));
        }
        out.println("seed " + seed + "; mismatches with the prediction: " + mismatches);
        return mismatches;
    }
}
