package dlnkit.picture;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import dlnkit.variety.CycleArc;
import dlnkit.variety.Orbit;
import dlnkit.variety.Stratum;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The picture of a stratum of {@code A_H} (or of an orbit inside a path-zero subvariety): the {@code N + 1}
 * vertices {@code 0..N} on a circle, clockwise from the top, with the arrows {@code W_t : t-1 -> t} and
 * {@code M : N -> 0} between them; each zero arc as a translucent band over the arrows it covers (one colour per
 * arc, overlapping arcs on separate rings, listed in a legend); for a stratum, the zero pattern of
 * {@code C = g_0^{-1} M g_N}; and under a vertex axis the orbit's interval modules {@code [a,b]}, one bar per copy,
 * with the zero arcs without {@code M} marked above the axis as brackets (no bar covers a bracket's span: that is why
 * the arc vanishes).
 */
public final class StratumDiagram {
    static final int WIDTH = 940;
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color GREY = new Color(0x88, 0x88, 0x88);
    static final Color M_COLOUR = new Color(0xb0, 0x30, 0x30);
    static final Color BAR = new Color(0x44, 0x54, 0x6a);
    static final Color[] PALETTE = {new Color(0x1f, 0x77, 0xb4), new Color(0xff, 0x7f, 0x0e), new Color(0x2c, 0xa0, 0x2c),
        new Color(0x94, 0x67, 0xbd), new Color(0xe3, 0x77, 0xc2), new Color(0x17, 0xbe, 0xcf), new Color(0xbc, 0xbd, 0x22),
        new Color(0x8c, 0x56, 0x4b), new Color(0xd6, 0x27, 0x28), new Color(0x7f, 0x7f, 0x7f)};

    private StratumDiagram() {
    }

    /** Draws the stratum: its minimal zero arcs ({@link CycleArc#minimalZeroArcs}), its {@code C} pattern and its orbit. */
    public static Figure of(Stratum stratum, String title) {
        return new Figure(title, WIDTH, layout(stratum.orbit(), CycleArc.minimalZeroArcs(stratum), stratum).height,
                c -> draw(c, stratum.orbit(), CycleArc.minimalZeroArcs(stratum), stratum, title));
    }

    /** Draws an orbit with given zero arcs (e.g. a subvariety's conditions, {@link CycleArc#of(dlnkit.variety.ZeroConditions)}). */
    public static Figure of(Orbit orbit, List<CycleArc> zeroArcs, String title) {
        for (CycleArc a : zeroArcs) {
            Checks.require(a.depth() == orbit.widths().depth(), "zero arc " + a, "depth " + orbit.widths().depth(), a.depth());
        }
        List<CycleArc> arcs = List.copyOf(zeroArcs);
        return new Figure(title, WIDTH, layout(orbit, arcs, null).height, c -> draw(c, orbit, arcs, null, title));
    }

    /** Writes the stratum's diagram to {@code svg} (ending in {@code .svg}) and the PNG beside it; returns the PNG's path. */
    public static Path write(Path svg, Stratum stratum, String title) throws IOException {
        return of(stratum, title).write(svg);
    }

    /** Writes the diagram of an orbit with given zero arcs to {@code svg} and the PNG beside it; returns the PNG's path. */
    public static Path write(Path svg, Orbit orbit, List<CycleArc> zeroArcs, String title) throws IOException {
        return of(orbit, zeroArcs, title).write(svg);
    }

    /** Where the parts go. */
    private record Layout(double cx, double cy, double radius, int[] lanes, double legendTop, double patternTop,
            double axisY, int[] bracketLanes, int bracketLaneCount, List<int[]> bars, double barsTop, int height) {
    }

    private static Layout layout(Orbit orbit, List<CycleArc> arcs, Stratum stratum) {
        int n = orbit.widths().depth();
        double radius = n <= 4 ? 130 : 170;
        double cx = 250;
        double cy = 84 + radius + 34;
        int[] lanes = lanes(arcs, CycleArc::overlaps);
        double legendTop = 92;
        double legendBottom = legendTop + 24 + 20 * Math.max(1, arcs.size());
        double patternTop = legendBottom + 26;
        double patternBottom = stratum == null ? legendBottom
                : patternTop + 40 + 26 * orbit.basis(0).size() + 10;
        double top = Math.max(cy + radius + 48, patternBottom + 16);
        List<CycleArc> plain = arcs.stream().filter(a -> !a.throughM()).toList();
        int[] bracketLanes = lanes(plain, StratumDiagram::shareAVertex);
        int bracketLaneCount = 0;
        for (int l : bracketLanes) {
            bracketLaneCount = Math.max(bracketLaneCount, l + 1);
        }
        double axisY = top + 40 + 12 * bracketLaneCount + 16;
        List<int[]> bars = new ArrayList<>();
        for (int a = 0; a <= n; a++) {
            for (int b = a; b <= n; b++) {
                for (int k = 0; k < orbit.multiplicity(a, b); k++) {
                    bars.add(new int[] {a, b, k, orbit.multiplicity(a, b)});
                }
            }
        }
        double barsTop = axisY + 16;
        int height = (int) Math.ceil(barsTop + 22 * bars.size() + 34);
        return new Layout(cx, cy, radius, lanes, legendTop, patternTop, axisY, bracketLanes, bracketLaneCount, bars, barsTop, height);
    }

    /** True when two arcs without M share a vertex: their brackets above the axis would touch. */
    private static boolean shareAVertex(CycleArc a, CycleArc b) {
        return a.first() - 1 <= b.first() + b.length() - 1 && b.first() - 1 <= a.first() + a.length() - 1;
    }

    /** Rings: the longest arcs first, each on the innermost-free ring where it overlaps no arc already placed. */
    private static int[] lanes(List<CycleArc> arcs, java.util.function.BiPredicate<CycleArc, CycleArc> conflict) {
        int[] lane = new int[arcs.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < arcs.size(); i++) {
            order.add(i);
        }
        order.sort((x, y) -> arcs.get(x).length() != arcs.get(y).length() ? arcs.get(y).length() - arcs.get(x).length() : x - y);
        List<Integer> placed = new ArrayList<>();
        for (int i : order) {
            int l = 0;
            boolean clash = true;
            while (clash) {
                clash = false;
                for (int j : placed) {
                    if (lane[j] == l && conflict.test(arcs.get(j), arcs.get(i))) {
                        clash = true;
                        l++;
                        break;
                    }
                }
            }
            lane[i] = l;
            placed.add(i);
        }
        return lane;
    }

    private static void draw(Canvas c, Orbit orbit, List<CycleArc> arcs, Stratum stratum, String title) {
        Widths w = orbit.widths();
        int n = w.depth();
        Layout l = layout(orbit, arcs, stratum);
        c.text(24, 32, title, 18, Canvas.Anchor.START, INK, true);
        c.text(24, 56, describe(w) + "; orbit dimension " + orbit.dimension(), 13, Canvas.Anchor.START, GREY, false);
        double step = 360.0 / (n + 1);
        // zero arcs: translucent bands over the arrows, ring 0 on the arrows themselves, further rings inside
        for (int i = 0; i < arcs.size(); i++) {
            CycleArc a = arcs.get(i);
            double start = segmentStart(a.first(), n) + 0.14 * step;
            double sweep = a.length() * step - 0.28 * step;
            double r = l.radius - 19 * l.lanes[i];
            Color col = colour(i);
            c.polyline(arcXs(l.cx, r, start, sweep), arcYs(l.cy, r, start, sweep), alpha(col, 110), 13, Canvas.Line.SOLID);
        }
        // arrows
        for (int arrow = 0; arrow <= n; arrow++) {
            double start = segmentStart(arrow, n);
            double gap = Math.toDegrees(17 / l.radius);
            double sweep = step - 2 * gap;
            Color col = arrow == 0 ? M_COLOUR : INK;
            double[] xs = arcXs(l.cx, l.radius, start + gap, sweep - 1.2);
            double[] ys = arcYs(l.cy, l.radius, start + gap, sweep - 1.2);
            c.polyline(xs, ys, col, 1.8, Canvas.Line.SOLID);
            arrowHead(c, l.cx, l.cy, l.radius, start + gap + sweep, col);
            double mid = Math.toRadians(start + step / 2);
            double lr = l.radius + 24;
            c.text(l.cx + lr * Math.cos(mid), l.cy + lr * Math.sin(mid) + 5, CycleArc.label(arrow), 14, Canvas.Anchor.MIDDLE, col,
                    arrow == 0);
        }
        // vertices
        for (int v = 0; v <= n; v++) {
            double t = Math.toRadians(-90 + v * step);
            double x = l.cx + l.radius * Math.cos(t);
            double y = l.cy + l.radius * Math.sin(t);
            c.circle(x, y, 12, Color.WHITE, INK, 1.4);
            c.text(x, y + 4.5, Integer.toString(v), v >= 10 ? 11 : 12.5, Canvas.Anchor.MIDDLE, INK, false);
        }
        c.text(l.cx, l.cy - 4, "d = " + widthsShort(w), n <= 8 ? 13 : 11, Canvas.Anchor.MIDDLE, GREY, false);
        c.text(l.cx, l.cy + 14, "M = X Y^T : vertex " + n + " -> 0", n <= 8 ? 13 : 11, Canvas.Anchor.MIDDLE, M_COLOUR, false);
        // legend of the zero arcs
        double lx = 530;
        c.text(lx, l.legendTop, stratum != null ? "Minimal zero arcs of the stratum"
                : "Zero conditions of the subvariety", 13, Canvas.Anchor.START, INK, true);
        if (arcs.isEmpty()) {
            c.text(lx, l.legendTop + 24, "none", 13, Canvas.Anchor.START, GREY, false);
        }
        for (int i = 0; i < arcs.size(); i++) {
            CycleArc a = arcs.get(i);
            double y = l.legendTop + 24 + 20 * i;
            c.rect(lx, y - 11, 26, 12, 3, alpha(colour(i), 140), null, 0);
            String kind = stratum == null ? "" : a.throughM() ? "   (through M: a zero block of C)" : "   (on the orbit)";
            c.text(lx + 34, y, a + " = 0" + kind, 13, Canvas.Anchor.START, INK, false);
        }
        if (stratum != null) {
            drawPattern(c, orbit, stratum, lx, l.patternTop);
        }
        drawIntervals(c, orbit, arcs, l);
    }

    private static void drawPattern(Canvas c, Orbit orbit, Stratum s, double x0, double y0) {
        int n = orbit.widths().depth();
        List<int[]> rows = orbit.basis(0);
        List<int[]> cols = orbit.basis(n);
        c.text(x0, y0, "C = g_0^-1 M g_N in normal-form coordinates", 13, Canvas.Anchor.START, INK, true);
        List<String> rowLabels = basisLabels(orbit, rows);
        List<String> colLabels = basisLabels(orbit, cols);
        int longest = java.util.stream.Stream.concat(colLabels.stream(), java.util.stream.Stream.of("[0,0]"))
                .mapToInt(String::length).max().orElse(5);
        double cell = Math.max(28, 6.6 * longest + 8);
        double rowLabelWidth = 6.6 * rowLabels.stream().mapToInt(String::length).max().orElse(5) + 10;
        double gx = x0 + Math.max(64, rowLabelWidth);
        double gy = y0 + 34;
        for (int j = 0; j < cols.size(); j++) {
            c.text(gx + cell * j + cell / 2, gy - 6, colLabels.get(j), 10.5, Canvas.Anchor.MIDDLE, GREY, false);
        }
        for (int i = 0; i < rows.size(); i++) {
            c.text(gx - 6, gy + 26 * i + 13 + 4, rowLabels.get(i), 10.5, Canvas.Anchor.END, GREY, false);
            for (int j = 0; j < cols.size(); j++) {
                boolean zero = s.isZero(i, j);
                c.rect(gx + cell * j, gy + 26 * i, cell, 26, 0, zero ? new Color(0xee, 0xee, 0xee) : Color.WHITE, GREY, 1);
                c.text(gx + cell * j + cell / 2, gy + 26 * i + 13 + 5, zero ? "0" : "*", 14, Canvas.Anchor.MIDDLE,
                        zero ? M_COLOUR : INK, zero);
            }
        }
        c.text(gx + cell * cols.size() + 12, gy + 14, "0: forced zero", 11, Canvas.Anchor.START, GREY, false);
        c.text(gx + cell * cols.size() + 12, gy + 30, "*: generic", 11, Canvas.Anchor.START, GREY, false);
    }

    /** {@code [a,b]}, with {@code #k} for the k-th copy when the interval has several. */
    private static List<String> basisLabels(Orbit orbit, List<int[]> basis) {
        List<String> out = new ArrayList<>();
        for (int[] iv : basis) {
            out.add("[" + iv[0] + "," + iv[1] + "]" + (orbit.multiplicity(iv[0], iv[1]) > 1 ? " #" + (iv[2] + 1) : ""));
        }
        return out;
    }

    private static void drawIntervals(Canvas c, Orbit orbit, List<CycleArc> arcs, Layout l) {
        int n = orbit.widths().depth();
        double left = 70;
        double right = WIDTH - 110;
        double colW = (right - left) / n;
        double top = l.axisY - 40 - 12 * l.bracketLaneCount - 16;
        c.text(24, top + 4, "Interval modules [a,b] of the orbit (one bar per copy) under the vertices 0..N", 13,
                Canvas.Anchor.START, INK, true);
        // brackets of the zero arcs without M: vertex span b-1..a of W_{a:b}
        int p = 0;
        for (int i = 0; i < arcs.size(); i++) {
            CycleArc a = arcs.get(i);
            if (a.throughM()) {
                continue;
            }
            int lane = l.bracketLanes[p++];
            double y = l.axisY - 22 - 12 * lane;
            double x1 = left + colW * (a.first() - 1);
            double x2 = left + colW * (a.first() + a.length() - 1);
            c.polyline(new double[] {x1, x1, x2, x2}, new double[] {y + 5, y, y, y + 5}, colour(i), 3, Canvas.Line.SOLID);
        }
        c.line(left - 12, l.axisY, right + 12, l.axisY, INK, 1.2, Canvas.Line.SOLID);
        double bottom = l.barsTop + 22 * l.bars.size();
        for (int v = 0; v <= n; v++) {
            double x = left + colW * v;
            c.line(x, l.axisY - 4, x, l.axisY + 4, INK, 1.2, Canvas.Line.SOLID);
            c.line(x, l.axisY + 6, x, bottom, new Color(0xcc, 0xcc, 0xcc), 0.8, Canvas.Line.DOTTED);
            c.text(x, bottom + 16, Integer.toString(v), 12, Canvas.Anchor.MIDDLE, INK, false);
        }
        c.text(right + 24, bottom + 16, "vertex", 12, Canvas.Anchor.START, GREY, false);
        double half = Math.min(16, colW * 0.4);
        for (int i = 0; i < l.bars.size(); i++) {
            int[] b = l.bars.get(i);
            double y = l.barsTop + 22 * i;
            double x1 = left + colW * b[0] - half;
            double x2 = left + colW * b[1] + half;
            c.rect(x1, y + 3, x2 - x1, 15, 4, BAR, null, 0);
            String label = "[" + b[0] + "," + b[1] + "]" + (b[3] > 1 ? "  copy " + (b[2] + 1) + " of " + b[3] : "");
            c.text(x2 + 6, y + 15, label, 12, Canvas.Anchor.START, INK, false);
        }
    }

    private static void arrowHead(Canvas c, double cx, double cy, double r, double angleDeg, Color col) {
        double t = Math.toRadians(angleDeg);
        double x = cx + r * Math.cos(t);
        double y = cy + r * Math.sin(t);
        double tx = -Math.sin(t);
        double ty = Math.cos(t); // clockwise tangent on screen
        double nx = Math.cos(t);
        double ny = Math.sin(t);
        double len = 10;
        double half = 4.5;
        c.polygon(new double[] {x, x - len * tx + half * nx, x - len * tx - half * nx},
                new double[] {y, y - len * ty + half * ny, y - len * ty - half * ny}, col);
    }

    /** Angle (degrees, clockwise from the x axis on screen) of the vertex where arrow {@code arrow} starts. */
    private static double segmentStart(int arrow, int n) {
        int vertex = Math.floorMod(arrow - 1, n + 1);
        return -90 + vertex * 360.0 / (n + 1);
    }

    private static double[] arcXs(double cx, double r, double start, double sweep) {
        int k = Math.max(2, (int) Math.ceil(Math.abs(sweep) / 3) + 1);
        double[] xs = new double[k];
        for (int i = 0; i < k; i++) {
            xs[i] = cx + r * Math.cos(Math.toRadians(start + sweep * i / (k - 1)));
        }
        return xs;
    }

    private static double[] arcYs(double cy, double r, double start, double sweep) {
        int k = Math.max(2, (int) Math.ceil(Math.abs(sweep) / 3) + 1);
        double[] ys = new double[k];
        for (int i = 0; i < k; i++) {
            ys[i] = cy + r * Math.sin(Math.toRadians(start + sweep * i / (k - 1)));
        }
        return ys;
    }

    static Color colour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    static Color alpha(Color c, int a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }

    /** {@code "constant width 2, depth 7"} or {@code "widths 2,1,2 (depth 2)"}. */
    static String describe(Widths w) {
        boolean constant = w.values().stream().distinct().count() == 1;
        return constant ? String.format(Locale.ROOT, "constant width %d, depth %d", w.d(0), w.depth())
                : String.format(Locale.ROOT, "widths %s (depth %d)", w, w.depth());
    }

    private static String widthsShort(Widths w) {
        boolean constant = w.values().stream().distinct().count() == 1;
        return constant ? w.d(0) + " at every vertex" : w.toString();
    }
}
