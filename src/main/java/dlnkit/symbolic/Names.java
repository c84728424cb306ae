package dlnkit.symbolic;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Variable names of the symbolic module: one spelling that is a valid identifier in Symja, Macaulay2
 * and Singular alike (letters and digits, lower case, no underscore), and its LaTeX form. Rows and
 * columns count from 1, as in mathematics.
 *
 * <table>
 * <caption>Names</caption>
 * <tr><th>name</th><th>meaning</th><th>LaTeX</th></tr>
 * <tr><td>{@code w2r1c3}</td><td>entry (1,3) of layer {@code W_2}</td><td>{@code w_{2,1,3}}</td></tr>
 * <tr><td>{@code v2r1c3}</td><td>entry (1,3) of a direction {@code V_2}</td><td>{@code v_{2,1,3}}</td></tr>
 * <tr><td>{@code xr1c2}, {@code yr1c2}</td><td>entries of the data {@code X}, {@code Y}</td><td>{@code x_{1,2}}</td></tr>
 * <tr><td>{@code mr1c2}</td><td>entry of {@code M = X Y^T}</td><td>{@code m_{1,2}}</td></tr>
 * <tr><td>{@code d1r1c2}</td><td>coordinate (1,2) of {@code Delta_1}</td><td>{@code \delta_{1,1,2}}</td></tr>
 * <tr><td>{@code eta}</td><td>a gradient-descent step size</td><td>{@code \eta}</td></tr>
 * </table>
 *
 * <p>The Symja symbols are created once per name ({@link F#Dummy(String)}: not parsed, so no name can
 * collide with a Symja built-in such as {@code E}, {@code I} or {@code D}).
 */
public final class Names {
    static {
        QuietLogging.apply();
    }

    private static final Map<String, ISymbol> SYMBOLS = new ConcurrentHashMap<>();
    private static final Pattern LAYERED = Pattern.compile("([wvd])(\\d+)r(\\d+)c(\\d+)");
    private static final Pattern DATA = Pattern.compile("([xym])r(\\d+)c(\\d+)");

    private Names() {
    }

    /** Entry {@code (r, c)} of {@code W_t}, all counting from 1. */
    public static String w(int t, int r, int c) {
        return "w" + t + "r" + r + "c" + c;
    }

    /** Entry {@code (r, c)} of a direction {@code V_t}. */
    public static String v(int t, int r, int c) {
        return "v" + t + "r" + r + "c" + c;
    }

    /** Entry {@code (r, c)} of the data matrix {@code X}. */
    public static String x(int r, int c) {
        return "xr" + r + "c" + c;
    }

    /** Entry {@code (r, c)} of the data matrix {@code Y}. */
    public static String y(int r, int c) {
        return "yr" + r + "c" + c;
    }

    /** Entry {@code (r, c)} of {@code M = X Y^T}. */
    public static String m(int r, int c) {
        return "mr" + r + "c" + c;
    }

    /** Coordinate {@code (i, j)}, {@code i <= j}, of {@code Delta_t}. */
    public static String delta(int t, int i, int j) {
        return "d" + t + "r" + i + "c" + j;
    }

    /** The step size of one gradient-descent step. */
    public static final String ETA = "eta";

    /** The Symja symbol of a name (one object per name). */
    public static ISymbol symbol(String name) {
        return SYMBOLS.computeIfAbsent(name, F::Dummy);
    }

    /** The LaTeX form of a name, e.g. {@code w_{2,1,3}}; unknown names are set in {@code \mathit}. */
    public static String latex(String name) {
        Matcher m = LAYERED.matcher(name);
        if (m.matches()) {
            String letter = m.group(1).equals("d") ? "\\delta" : m.group(1);
            return letter + "_{" + m.group(2) + "," + m.group(3) + "," + m.group(4) + "}";
        }
        m = DATA.matcher(name);
        if (m.matches()) {
            return m.group(1) + "_{" + m.group(2) + "," + m.group(3) + "}";
        }
        if (name.equals(ETA)) {
            return "\\eta";
        }
        return "\\mathit{" + name + "}";
    }

    /** What a name stands for, in words, e.g. "entry (1,3) of W_2". */
    public static String meaning(String name) {
        Matcher m = LAYERED.matcher(name);
        if (m.matches()) {
            String what = switch (m.group(1)) {
                case "w" -> "W_";
                case "v" -> "V_";
                default -> "Delta_";
            };
            return "entry (" + m.group(3) + "," + m.group(4) + ") of " + what + m.group(2);
        }
        m = DATA.matcher(name);
        if (m.matches()) {
            return "entry (" + m.group(2) + "," + m.group(3) + ") of " + m.group(1).toUpperCase(java.util.Locale.ROOT);
        }
        return name.equals(ETA) ? "the step size" : name;
    }
}
