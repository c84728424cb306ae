package dlnkit.examples;

import dlnkit.image.DimensionResult;
import dlnkit.image.ImageDimension;
import dlnkit.image.ImageDimension.FloatMethod;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * dim closure(im delta) for a few widths, each with its two routes, next to what the mathematics
 * predicts: full ({@code T}) for constant widths, and {@code r n - r(r-1)/2} for depth 2 with narrow
 * ends ({@code r = d_0 + d_2 <= n = d_1}). Run: {@code java -cp target/dlnkit.jar dlnkit.examples.ImageDimensions}.
 */
public final class ImageDimensions {
    private ImageDimensions() {
    }

    /**
     * One widths vector: the computed dimension beside the predicted one.
     *
     * @param dimension the exact and float routes
     * @param predicted the dimension the mathematics predicts
     * @param formula how the prediction is obtained
     */
    public record Row(DimensionResult dimension, long predicted, String formula) {
        /** Both routes agree on the predicted dimension. */
        public boolean matches() {
            return dimension.agree() && dimension.dimension() == predicted;
        }
    }

    /**
     * What the example found.
     *
     * @param seed the seed of the random points
     * @param rows one row per widths vector
     */
    public record Result(long seed, List<Row> rows) {
        public Result {
            rows = List.copyOf(rows);
        }

        /** Rows where the computed dimension differs from the prediction. */
        public int mismatches() {
            return (int) rows.stream().filter(r -> !r.matches()).count();
        }
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        print(System.out, seed);
    }

    /** Prints the table; returns the number of rows where the computed dimension differs from the prediction. */
    public static int print(PrintStream out, long seed) {
        Result r = check(seed);
        print(out, r);
        return r.mismatches();
    }

    /** Computes every row at this seed. */
    public static Result check(long seed) {
        String[][] cases = {
            {"2,2,2", "T (constant widths)"},
            {"2,2,2,2,2", "T (constant widths)"},
            {"3,3,3,3", "T (constant widths)"},
            {"1,3,1", "2*3 - 1 = 5 (r = 2, n = 3)"},
            {"2,6,2", "4*6 - 6 = 18 (r = 4, n = 6)"},
            {"1,5,3", "4*5 - 6 = 14 (r = 4, n = 5)"},
        };
        long[] predicted = {3, 9, 12, 5, 18, 14};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            Widths w = Widths.parse(cases[i][0]);
            rows.add(new Row(ImageDimension.dimension(w, seed, FloatMethod.AUTO, Tolerances.DEFAULT), predicted[i], cases[i][1]));
        }
        return new Result(seed, rows);
    }

    /** Prints the table from the rows. */
    public static void print(PrintStream out, Result r) {
        out.printf("%-12s %6s %6s %6s %6s %-28s %s%n", "widths", "params", "T", "exact", "float", "predicted", "evidence");
        for (Row row : r.rows()) {
            DimensionResult d = row.dimension();
            out.printf("%-12s %6d %6d %6d %6d %-28s %s%n", d.widths(), d.parameters(), d.target(), d.exact().rank(),
                    d.floatRank().rank(), row.formula(), d.exact().full() ? "proved full" : "lower bound, p-error <= "
                            + String.format("%.0e", d.exact().errorBound()));
        }
        out.println("seed " + r.seed() + "; mismatches with the prediction: " + r.mismatches());
    }
}
