package dlnkit.picture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/** A {@link Canvas} that paints into a {@link BufferedImage} with Java2D (antialiased), scaled by a factor for sharp PNGs. */
public final class RasterCanvas implements Canvas {
    private final BufferedImage image;
    private final Graphics2D g;

    /** A white {@code width x height} page rendered at {@code scale} pixels per unit. Sets {@code java.awt.headless}. */
    public RasterCanvas(int width, int height, double scale) {
        System.setProperty("java.awt.headless", "true");
        image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale), BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(scale, scale);
    }

    /** The image drawn so far; releases the graphics context. */
    public BufferedImage finish() {
        g.dispose();
        return image;
    }

    @Override
    public void polyline(double[] xs, double[] ys, Color stroke, double width, Line style) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        g.setColor(stroke);
        g.setStroke(stroke(width, style));
        g.draw(p);
    }

    @Override
    public void polygon(double[] xs, double[] ys, Color fill) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        g.setColor(fill);
        g.fill(p);
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill, Color stroke, double strokeWidth) {
        Ellipse2D.Double e = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        if (fill != null) {
            g.setColor(fill);
            g.fill(e);
        }
        if (stroke != null) {
            g.setColor(stroke);
            g.setStroke(stroke(strokeWidth, Line.SOLID));
            g.draw(e);
        }
    }

    @Override
    public void rect(double x, double y, double w, double h, double rx, Color fill, Color stroke, double strokeWidth) {
        RoundRectangle2D.Double r = new RoundRectangle2D.Double(x, y, w, h, 2 * rx, 2 * rx);
        if (fill != null) {
            g.setColor(fill);
            g.fill(r);
        }
        if (stroke != null) {
            g.setColor(stroke);
            g.setStroke(stroke(strokeWidth, Line.SOLID));
            g.draw(r);
        }
    }

    @Override
    public void text(double x, double y, String text, double size, Anchor anchor, Color color, boolean bold, double degrees) {
        Font font = new Font("DejaVu Sans", bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
        g.setFont(font);
        double w = g.getFontMetrics().getStringBounds(text, g).getWidth();
        double dx = switch (anchor) {
            case START -> 0;
            case MIDDLE -> -w / 2;
            case END -> -w;
        };
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(Math.toRadians(degrees));
        g.setColor(color);
        g.drawString(text, (float) dx, 0f);
        g.setTransform(saved);
    }

    private static Stroke stroke(double width, Line style) {
        float w = (float) width;
        return switch (style) {
            case SOLID -> new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            case DASHED -> new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4 * w, 3 * w}, 0f);
            case DOTTED -> new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {0.1f, 2.5f * w}, 0f);
        };
    }
}
