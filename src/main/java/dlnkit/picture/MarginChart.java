package dlnkit.picture;

import dlnkit.model.Checks;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * The margin chart: for each constant width one panel with {@code dim closure(im delta)} and
 * {@code dim closure(delta(A_H))} against the depth, one series per notion of {@code A_H}, failing depths
 * ({@code dim closure(delta(A_H)) = dim closure(im delta)}) ringed in red, undecided ones marked {@code ?}; a depth
 * where {@code A_H} is empty has no {@code A_H} point. Drawn on a {@link Canvas}: SVG and PNG alike.
 */
public final class MarginChart {
    static final Color IMAGE = new Color(0x1f, 0x4e, 0x8c);
    static final Color[] NOTION = {new Color(0xe0, 0x7b, 0x00), new Color(0x2c, 0x8c, 0x2c), new Color(0x80, 0x40, 0xa0)};
    static final Color FAIL = new Color(0xd0, 0x10, 0x10);
    static final int PANEL_W = 290;
    static final int PANEL_H = 270;
    static final int COLUMNS = 3;

    /**
     * One decision: widths all {@code width}, depth {@code depth}, under one notion of {@code A_H}.
     *
     * @param notion the notion of {@code A_H} (e.g. "data-fixed"), one series each
     * @param width the constant width
     * @param depth the depth {@code N}
     * @param target {@code T}
     * @param imageDimension {@code dim closure(im delta)}
     * @param hessianDimension {@code dim closure(delta(A_H))}, empty when {@code A_H} is empty
     * @param verdict {@code holds}, {@code fails} or {@code undecided}
     */
    public record Point(String notion, int width, int depth, long target, int imageDimension, OptionalInt hessianDimension,
            String verdict) {
        public Point {
            Checks.require(verdict.equals("holds") || verdict.equals("fails") || verdict.equals("undecided"), "verdict",
                    "holds, fails or undecided", verdict);
        }

        /** {@code dim closure(im delta) - dim closure(delta(A_H))}, empty when {@code A_H} is empty. */
        public OptionalInt margin() {
            return hessianDimension.isPresent() ? OptionalInt.of(imageDimension - hessianDimension.getAsInt()) : OptionalInt.empty();
        }
    }

    private MarginChart() {
    }

    /** The chart of the points (any order), titled. */
    public static Figure of(List<Point> points, String title) {
        Checks.require(!points.isEmpty(), "margin chart", "at least one point", "none");
        List<Integer> widths = new ArrayList<>(new TreeSet<>(points.stream().map(Point::width).toList()));
        List<String> notions = points.stream().map(Point::notion).distinct().toList();
        int columns = Math.min(COLUMNS, widths.size());
        int rows = (widths.size() + columns - 1) / columns;
        int width = 30 + columns * (PANEL_W + 40);
        int height = 76 + rows * (PANEL_H + 60) + 24 * (1 + notions.size()) + 20;
        List<Point> copy = List.copyOf(points);
        return new Figure(title, width, height, c -> draw(c, copy, widths, notions, columns, rows, title));
    }

    /** Writes the chart to {@code svg} and the PNG beside it; returns the PNG's path. */
    public static Path write(Path svg, List<Point> points, String title) throws IOException {
        return of(points, title).write(svg);
    }

    private static void draw(Canvas c, List<Point> points, List<Integer> widths, List<String> notions, int columns, int rows,
            String title) {
        c.text(24, 30, title, 17, Canvas.Anchor.START, StratumDiagram.INK, true);
        c.text(24, 52, "dim closure(im delta) and dim closure(delta(A_H)) against the depth N, one panel per constant width; "
                + "red rings: the conjecture fails", 12.5, Canvas.Anchor.START, StratumDiagram.GREY, false);
        for (int i = 0; i < widths.size(); i++) {
            int w = widths.get(i);
            double x0 = 30 + (i % columns) * (PANEL_W + 40) + 46;
            double y0 = 76 + (i / columns) * (PANEL_H + 60) + 24;
            panel(c, points.stream().filter(p -> p.width() == w).toList(), notions, w, x0, y0, PANEL_W - 46, PANEL_H - 40);
        }
        double ly = 76 + rows * (PANEL_H + 60) + 8;
        legendLine(c, 40, ly, IMAGE, Canvas.Line.SOLID, true, "dim closure(im delta)");
        for (int k = 0; k < notions.size(); k++) {
            legendLine(c, 40, ly + 24 * (k + 1), NOTION[k % NOTION.length], k == 0 ? Canvas.Line.DASHED : Canvas.Line.DOTTED, false,
                    "dim closure(delta(A_H)), A_H " + notions.get(k) + " (no point where A_H is empty)");
        }
        double fx = 560;
        c.circle(fx, ly - 4, 9, null, FAIL, 2.2);
        c.text(fx + 16, ly, "fails: dim closure(delta(A_H)) = dim closure(im delta)", 12.5, Canvas.Anchor.START,
                StratumDiagram.INK, false);
        c.text(fx - 4, ly + 28, "?", 14, Canvas.Anchor.START, FAIL, true);
        c.text(fx + 16, ly + 24, "undecided (routes disagree or inconclusive)", 12.5, Canvas.Anchor.START, StratumDiagram.INK, false);
    }

    private static void legendLine(Canvas c, double x, double y, Color col, Canvas.Line style, boolean circle, String label) {
        c.line(x, y - 4, x + 40, y - 4, col, 2.2, style);
        marker(c, x + 20, y - 4, col, circle);
        c.text(x + 50, y, label, 12.5, Canvas.Anchor.START, StratumDiagram.INK, false);
    }

    private static void marker(Canvas c, double x, double y, Color col, boolean circle) {
        if (circle) {
            c.circle(x, y, 4, col, null, 0);
        } else {
            c.rect(x - 3.6, y - 3.6, 7.2, 7.2, 0, col, null, 0);
        }
    }

    private static void panel(Canvas c, List<Point> pts, List<String> notions, int width, double x0, double y0, double pw, double ph) {
        int dMin = pts.stream().mapToInt(Point::depth).min().orElse(0);
        int dMax = pts.stream().mapToInt(Point::depth).max().orElse(1);
        if (dMax == dMin) {
            dMax = dMin + 1;
        }
        int yMax = pts.stream().mapToInt(Point::imageDimension).max().orElse(1);
        int tick = niceStep(yMax);
        int top = Math.max(tick, ((yMax + tick - 1) / tick) * tick);
        c.text(x0 + pw / 2, y0 - 10, "constant width " + width, 14, Canvas.Anchor.MIDDLE, StratumDiagram.INK, true);
        c.rect(x0, y0, pw, ph, 0, null, new Color(0xbb, 0xbb, 0xbb), 1);
        final int fMin = dMin;
        final int fMax = dMax;
        java.util.function.DoubleUnaryOperator xs = d -> x0 + 14 + (pw - 28) * (d - fMin) / (fMax - fMin);
        java.util.function.DoubleUnaryOperator ys = v -> y0 + ph - 8 - (ph - 16) * v / top;
        for (int v = 0; v <= top; v += tick) {
            double y = ys.applyAsDouble(v);
            c.line(x0, y, x0 + pw, y, new Color(0xee, 0xee, 0xee), 1, Canvas.Line.SOLID);
            c.text(x0 - 6, y + 4, Integer.toString(v), 11, Canvas.Anchor.END, StratumDiagram.INK, false);
        }
        for (int d = dMin; d <= dMax; d++) {
            double x = xs.applyAsDouble(d);
            c.line(x, y0 + ph, x, y0 + ph + 4, StratumDiagram.INK, 1, Canvas.Line.SOLID);
            c.text(x, y0 + ph + 17, Integer.toString(d), 11, Canvas.Anchor.MIDDLE, StratumDiagram.INK, false);
        }
        c.text(x0 + pw / 2, y0 + ph + 34, "depth N", 12, Canvas.Anchor.MIDDLE, StratumDiagram.GREY, false);
        c.text(x0 - 34, y0 + ph / 2, "dimension", 12, Canvas.Anchor.MIDDLE, StratumDiagram.GREY, false, -90);
        List<Point> image = pts.stream().filter(p -> p.notion().equals(pts.get(0).notion())).sorted((a, b) -> a.depth() - b.depth()).toList();
        series(c, image.stream().map(p -> new double[] {xs.applyAsDouble(p.depth()), ys.applyAsDouble(p.imageDimension())}).toList(),
                IMAGE, Canvas.Line.SOLID, true);
        for (int k = 0; k < notions.size(); k++) {
            String notion = notions.get(k);
            List<Point> ah = pts.stream().filter(p -> p.notion().equals(notion) && p.hessianDimension().isPresent())
                    .sorted((a, b) -> a.depth() - b.depth()).toList();
            series(c, ah.stream().map(p -> new double[] {xs.applyAsDouble(p.depth()), ys.applyAsDouble(p.hessianDimension().getAsInt())})
                    .toList(), NOTION[k % NOTION.length], k == 0 ? Canvas.Line.DASHED : Canvas.Line.DOTTED, false);
            for (Point p : ah) {
                double x = xs.applyAsDouble(p.depth());
                double y = ys.applyAsDouble(p.hessianDimension().getAsInt());
                if (p.verdict().equals("fails")) {
                    c.circle(x, y, 9, null, FAIL, 2.2);
                } else if (p.verdict().equals("undecided")) {
                    c.text(x + 8, y - 6, "?", 14, Canvas.Anchor.START, FAIL, true);
                }
            }
        }
    }

    private static void series(Canvas c, List<double[]> xy, Color col, Canvas.Line style, boolean circle) {
        if (xy.size() >= 2) {
            c.polyline(xy.stream().mapToDouble(p -> p[0]).toArray(), xy.stream().mapToDouble(p -> p[1]).toArray(), col, 2, style);
        }
        for (double[] p : xy) {
            marker(c, p[0], p[1], col, circle);
        }
    }

    /** 1, 2, 5, 10, ... so that about five ticks cover {@code 0..max}. */
    static int niceStep(int max) {
        int[] steps = {1, 2, 5};
        int scale = 1;
        while (true) {
            for (int s : steps) {
                if (max / (s * scale) <= 6) {
                    return s * scale;
                }
            }
            scale *= 10;
        }
    }
}
