package dlnkit.picture;

import java.awt.Color;

/**
 * The drawing primitives every picture uses, in pixels of a {@code width x height} page with the origin at the
 * top left and {@code y} pointing down. Two implementations: {@link SvgCanvas} (text) and {@link RasterCanvas}
 * (Java2D), so a picture is drawn by one piece of code and comes out the same in both formats.
 */
public interface Canvas {
    /** Line styles. */
    enum Line {
        SOLID, DASHED, DOTTED
    }

    /** Horizontal placement of a text relative to its anchor point. */
    enum Anchor {
        START, MIDDLE, END
    }

    /** A stroked open polyline (round caps and joins); the colour's alpha is its opacity. */
    void polyline(double[] xs, double[] ys, Color stroke, double width, Line style);

    /** A filled closed polygon. */
    void polygon(double[] xs, double[] ys, Color fill);

    /** A circle; {@code fill} or {@code stroke} may be null for none. */
    void circle(double cx, double cy, double r, Color fill, Color stroke, double strokeWidth);

    /** A rectangle with corner radius {@code rx}; {@code fill} or {@code stroke} may be null for none. */
    void rect(double x, double y, double w, double h, double rx, Color fill, Color stroke, double strokeWidth);

    /** One line of text whose baseline starts, is centred or ends at {@code (x, y)}, rotated by {@code degrees} (clockwise). */
    void text(double x, double y, String text, double size, Anchor anchor, Color color, boolean bold, double degrees);

    default void text(double x, double y, String text, double size, Anchor anchor, Color color, boolean bold) {
        text(x, y, text, size, anchor, color, bold, 0);
    }

    default void line(double x1, double y1, double x2, double y2, Color stroke, double width, Line style) {
        polyline(new double[] {x1, x2}, new double[] {y1, y2}, stroke, width, style);
    }
}
