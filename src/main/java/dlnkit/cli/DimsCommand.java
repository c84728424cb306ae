package dlnkit.cli;

import dlnkit.image.DimensionResult;
import dlnkit.image.ExactRank;
import dlnkit.image.ImageDimension;
import dlnkit.image.UpperBound;
import dlnkit.model.Widths;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.Tolerances;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dlnkit dims}: parameter count, target dimension and dim closure(im delta) by two routes. */
@Command(name = "dims", mixinStandardHelpOptions = true,
        description = {"Prints the parameter count, the target dimension T of the delta map and dim closure(im delta), "
                + "computed twice: exactly (Jacobian rank mod p = 2^61-1 at a random integer point, by block elimination) "
                + "and in floating point (SVD at a random Gaussian point). Full rank mod p is a proof that delta is dominant; "
                + "a smaller exact rank is a proven lower bound that is the true dimension except with the printed probability.",
            "It also prints a proven upper bound U = T - sum_t u_t (u_t + 1) / 2, u_t = max(0, d_t - d_{t-1} - d_{t+1}) "
                + "(proofs-notes/10-upper-bounds.md), and says 'exact (lower = upper bound)' when the exact rank reaches it: "
                + "then the dimension is proved.",
            "If the two routes disagree, or the float gap is too narrow to trust, it says so and exits 1."},
        exitCodeList = {"0:both routes agree", "1:the routes disagree or the float rank is inconclusive"})
final class DimsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WidthsOptions widthsOptions = new WidthsOptions();

    @Mixin
    SeedOption seedOption = new SeedOption();

    @Mixin
    FormatOption.TextJson formatOption = new FormatOption.TextJson();

    @Option(names = "--float-method", defaultValue = "auto",
            description = "Float route: auto (dense SVD up to " + ImageDimension.DENSE_LIMIT
                    + " parameters, block SVD above), dense or block (default: ${DEFAULT-VALUE}).")
    ImageDimension.FloatMethod floatMethod;

    @Mixin
    ProgressOption progress = new ProgressOption();

    @Override
    public Integer call() {
        Widths widths = widthsOptions.resolve();
        long seed = seedOption.value();
        Tolerances tol = Tolerances.DEFAULT;
        int stages = Math.max(widths.depth() - 1, 0);
        boolean showProgress = widths.depth() > 200 || widths.parameterCount() > 2000;
        long t0 = System.nanoTime();
        ExactRank exact;
        try (Progress bar = progress.start("exact rank", stages, showProgress)) {
            exact = ImageDimension.exactRank(widths, ImageDimension.randomExactPoint(widths, seed), seed, bar);
        }
        long t1 = System.nanoTime();
        FloatRank fr;
        // the float route reports nothing while it runs: beyond a few thousand parameters it takes seconds to
        // minutes (one SVD per block), so show the elapsed time
        try (Progress bar = progress.indeterminate("float route (SVD)", widths.parameterCount() > 2000)) {
            fr = ImageDimension.floatRank(ImageDimension.randomFloatPoint(widths, seed), floatMethod, tol);
        }
        long t2 = System.nanoTime();
        DimensionResult result = new DimensionResult(widths, exact, fr, tol, seed);
        PrintWriter out = spec.commandLine().getOut();
        if (formatOption.get() == Format.JSON) {
            out.println(json(result, (t1 - t0) / 1e6, (t2 - t1) / 1e6));
        } else {
            out.print(text(result, (t1 - t0) / 1e9, (t2 - t1) / 1e9));
        }
        out.flush();
        return result.agree() ? Main.OK : Main.DISAGREE;
    }

    static String text(DimensionResult r, double exactSeconds, double floatSeconds) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "widths %s  (depth %d)  seed %d%n", WidthsOptions.describe(r.widths()),
                r.widths().depth(), r.seed()));
        sb.append(String.format(Locale.ROOT, "  parameters              %d%n", r.parameters()));
        sb.append(String.format(Locale.ROOT, "  target dimension T      %d%n", r.target()));
        sb.append(String.format(Locale.ROOT, "  exact route             %s  [%.2f s]%n", r.exact().summary(), exactSeconds));
        sb.append(String.format(Locale.ROOT, "  float route             %s  [%.2f s]%n", r.floatRank().summary(), floatSeconds));
        if (r.agree()) {
            String verdict = r.dimension() == r.target() ? "delta is dominant" : "the image is smaller than its target";
            sb.append(String.format(Locale.ROOT, "  dim closure(im delta)   %d of %d (exact and float agree; %s)%n",
                    r.dimension(), r.target(), verdict));
        } else if (r.exact().rank() != r.floatRank().rank()) {
            sb.append(String.format(Locale.ROOT, "  dim closure(im delta)   UNDECIDED: exact rank %d and float rank %d DISAGREE%n",
                    r.exact().rank(), r.floatRank().rank()));
        } else {
            sb.append(String.format(Locale.ROOT, "  dim closure(im delta)   UNDECIDED: the ranks are equal (%d) but the float gap %.2e "
                    + "is below the required %.0e%n", r.exact().rank(), r.floatRank().gap(), r.tolerances().minRankGap()));
        }
        UpperBound bound = UpperBound.of(r.widths());
        sb.append(String.format(Locale.ROOT, "  proven upper bound      %s: %s%n", bound.summary(), bound.meets(r.exact().rank())
                ? "exact (lower = upper bound)"
                : "the exact rank " + r.exact().rank() + " is a proven lower bound, the dimension lies between"));
        return sb.toString();
    }

    static Json json(DimensionResult r, double exactMillis, double floatMillis) {
        return new Json()
                .put("widths", r.widths().values())
                .put("depth", r.widths().depth())
                .put("parameters", r.parameters())
                .put("target", r.target())
                .put("dimension", r.agree() ? r.dimension() : null)
                .put("agree", r.agree())
                .put("exactRank", r.exact().rank())
                .put("exactMethod", r.exact().method())
                .put("prime", r.exact().prime())
                .put("exactProvesDominance", r.exact().full())
                .put("exactErrorBound", r.exact().errorBound())
                .put("upperBound", UpperBound.of(r.widths()).value())
                .put("exact", UpperBound.of(r.widths()).meets(r.exact().rank()))
                .put("floatRank", r.floatRank().rank())
                .put("floatMethod", r.floatRank().method())
                .put("floatThreshold", r.floatRank().threshold())
                .put("floatSmallestKept", r.floatRank().smallestKept())
                .put("floatLargestDropped", r.floatRank().largestDropped())
                .put("floatGap", r.floatRank().gap())
                .put("floatConclusive", r.floatRank().conclusive(r.tolerances()))
                .put("singularValues", r.floatRank().singularValues())
                .put("seed", r.seed())
                .put("exactMillis", Math.round(exactMillis))
                .put("floatMillis", Math.round(floatMillis));
    }
}
