package dlnkit.picture;

import java.awt.Color;
import java.util.Locale;

/**
 * A {@link Canvas} that writes SVG 1.1 text. Deterministic: coordinates with two decimals in the root locale,
 * colours as {@code #rrggbb} with a separate opacity, text escaped for XML.
 */
public final class SvgCanvas implements Canvas {
    static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";
    private final StringBuilder body = new StringBuilder();
    private final int width;
    private final int height;

    public SvgCanvas(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** The complete document, with {@code title} as its {@code <title>}. */
    public String document(String title) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\"" + FONT + "\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<rect x=\"0\" y=\"0\" width=\"" + width + "\" height=\"" + height + "\" fill=\"#ffffff\"/>\n"
                + body + "</svg>\n";
    }

    /** Escapes {@code & < > " '} for XML text and attribute values. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        sb.append(' '); // control characters are not allowed in XML 1.0
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    @Override
    public void polyline(double[] xs, double[] ys, Color stroke, double w, Line style) {
        body.append("<polyline points=\"").append(points(xs, ys)).append("\" fill=\"none\"").append(stroke("stroke", stroke))
                .append(" stroke-width=\"").append(num(w)).append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"")
                .append(dash(style, w)).append("/>\n");
    }

    @Override
    public void polygon(double[] xs, double[] ys, Color fill) {
        body.append("<polygon points=\"").append(points(xs, ys)).append('"').append(stroke("fill", fill)).append("/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill, Color stroke, double strokeWidth) {
        body.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r)).append('"')
                .append(fill == null ? " fill=\"none\"" : stroke("fill", fill)).append(strokeAttributes(stroke, strokeWidth)).append("/>\n");
    }

    @Override
    public void rect(double x, double y, double w, double h, double rx, Color fill, Color stroke, double strokeWidth) {
        body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append('"').append(rx > 0 ? " rx=\"" + num(rx) + "\"" : "")
                .append(fill == null ? " fill=\"none\"" : stroke("fill", fill)).append(strokeAttributes(stroke, strokeWidth)).append("/>\n");
    }

    @Override
    public void text(double x, double y, String text, double size, Anchor anchor, Color color, boolean bold, double degrees) {
        body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(num(size)).append('"')
                .append(switch (anchor) {
                    case START -> "";
                    case MIDDLE -> " text-anchor=\"middle\"";
                    case END -> " text-anchor=\"end\"";
                })
                .append(bold ? " font-weight=\"bold\"" : "").append(stroke("fill", color))
                .append(degrees != 0 ? " transform=\"rotate(" + num(degrees) + " " + num(x) + " " + num(y) + ")\"" : "")
                .append('>').append(escape(text)).append("</text>\n");
    }

    private static String strokeAttributes(Color stroke, double width) {
        return stroke == null ? "" : stroke("stroke", stroke) + " stroke-width=\"" + num(width) + "\"";
    }

    private static String stroke(String attribute, Color c) {
        String s = String.format(Locale.ROOT, " %s=\"#%02x%02x%02x\"", attribute, c.getRed(), c.getGreen(), c.getBlue());
        if (c.getAlpha() < 255) {
            s += String.format(Locale.ROOT, " %s-opacity=\"%.3f\"", attribute, c.getAlpha() / 255.0);
        }
        return s;
    }

    private static String dash(Line style, double w) {
        return switch (style) {
            case SOLID -> "";
            case DASHED -> " stroke-dasharray=\"" + num(4 * w) + " " + num(3 * w) + "\"";
            case DOTTED -> " stroke-dasharray=\"" + num(0.1) + " " + num(2.5 * w) + "\"";
        };
    }

    private static String points(double[] xs, double[] ys) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(num(xs[i])).append(',').append(num(ys[i]));
        }
        return sb.toString();
    }

    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "");
            s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        return s.equals("-0") ? "0" : s;
    }
}
