package dlnkit.report;

import dlnkit.conjecture.ConjectureResult;
import dlnkit.io.AtomicFiles;
import dlnkit.model.Checks;
import dlnkit.model.Widths;
import dlnkit.picture.MarginChart;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The data of the margin chart: for constant widths {@code 1..maxWidth} and depths {@code minDepth..maxDepth}, the
 * conjecture decided (by the caller's function, normally {@code ConjectureDecision.decide} at the run's seed), as
 * {@link MarginChart.Point}s of one notion of {@code A_H}; written as {@code margin.csv} (with the seed on every
 * row), {@code margin.svg} and {@code margin.png}. A second notion of {@code A_H} is another call with another
 * notion name and decision function, appended to the same list: another series in the chart, more rows in the CSV.
 */
public final class MarginData {
    /** The notion of {@code A_H} decided today: critical points with vanishing Hessian for the data fixed (full-rank {@code M}). */
    public static final String DATA_FIXED = "data-fixed";
    /** Defaults: small enough for the report's time budget. */
    public static final int DEFAULT_MAX_WIDTH = 3;
    public static final int DEFAULT_MIN_DEPTH = 2;
    public static final int DEFAULT_MAX_DEPTH = 8;
    /** The files {@link #write} writes. */
    public static final List<String> FILES = List.of("margin.csv", "margin.svg", "margin.png");

    private MarginData() {
    }

    /** The points, width by width and depth by depth. */
    public static List<MarginChart.Point> compute(String notion, int maxWidth, int minDepth, int maxDepth,
            Function<Widths, ConjectureResult> decide) {
        Checks.require(maxWidth >= 1 && maxWidth <= 6, "margin widths", "a largest width between 1 and 6", maxWidth);
        Checks.require(minDepth >= 2 && minDepth <= maxDepth && maxDepth <= 16, "margin depths", "2 <= first <= last <= 16",
                minDepth + "-" + maxDepth);
        List<MarginChart.Point> out = new ArrayList<>();
        for (int w = 1; w <= maxWidth; w++) {
            for (int n = minDepth; n <= maxDepth; n++) {
                ConjectureResult r = decide.apply(Widths.constant(n, w));
                out.add(new MarginChart.Point(notion, w, n, r.target(), r.fullDimension(),
                        r.emptyHessianVariety() ? OptionalInt.empty() : OptionalInt.of(r.exactDimension()),
                        r.verdict().name().toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    /** The CSV: one row per point, the seed on every row. */
    public static Csv csv(List<MarginChart.Point> points, long seed) {
        Csv csv = new Csv("notion", "width", "depth", "target_T", "dim_im_delta", "dim_delta_A_H", "margin", "A_H_empty", "verdict", "seed");
        for (MarginChart.Point p : points) {
            csv.row(p.notion(), p.width(), p.depth(), p.target(), p.imageDimension(),
                    p.hessianDimension().isPresent() ? (Object) p.hessianDimension().getAsInt() : null,
                    p.margin().isPresent() ? (Object) p.margin().getAsInt() : null, p.hessianDimension().isEmpty(), p.verdict(), seed);
        }
        return csv;
    }

    /** Writes {@code dir/margin.csv}, {@code dir/margin.svg} and {@code dir/margin.png}. */
    public static void write(Path dir, List<MarginChart.Point> points, long seed) throws IOException {
        AtomicFiles.writeString(dir.resolve("margin.csv"), csv(points, seed).toString());
        MarginChart.write(dir.resolve("margin.svg"), points, "The margin dim closure(im delta) - dim closure(delta(A_H)) (seed " + seed + ")");
    }
}
