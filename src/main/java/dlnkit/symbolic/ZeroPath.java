package dlnkit.symbolic;

import dlnkit.model.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path-zero condition {@code W_{top:bottom} = W_top ... W_bottom = 0}, {@code top >= bottom >= 1}.
 * Written {@code W3W2W1} (consecutive indices, descending, as the product is written) or {@code W3}.
 *
 * @param top the index of the leftmost (last applied) layer
 * @param bottom the index of the rightmost (first applied) layer
 */
public record ZeroPath(int top, int bottom) {
    private static final Pattern FACTOR = Pattern.compile("[Ww](\\d{1,6})");

    public ZeroPath {
        Checks.require(bottom >= 1 && top >= bottom, "zero path", "1 <= bottom <= top", "W_{" + top + ":" + bottom + "}");
    }

    /**
     * Parses a comma-separated list such as {@code "W2W1, W3"} for a network of the given depth. A
     * token that is not a product of consecutive layers in descending order, or names a layer outside
     * {@code 1..depth}, is rejected with a message naming it.
     */
    public static List<ZeroPath> parseList(String text, int depth) {
        Checks.require(text != null && !text.isBlank(), "--zero", "a comma-separated list of products such as W3W2, W1",
                "\"" + text + "\"");
        List<ZeroPath> out = new ArrayList<>();
        for (String raw : text.split(",", -1)) {
            ZeroPath p = parse(raw.trim(), depth, text);
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static ZeroPath parse(String token, int depth, String whole) {
        String expected = "products of consecutive layers in descending order between W" + depth + " and W1, such as W"
                + Math.min(2, depth) + (depth >= 2 ? "W1" : "") + " or W1";
        Checks.require(!token.isEmpty(), "--zero", expected, "an empty entry in \"" + whole + "\"");
        Matcher m = FACTOR.matcher(token);
        List<Integer> indices = new ArrayList<>();
        int at = 0;
        while (at < token.length()) {
            if (!m.find(at) || m.start() != at) {
                throw Checks.failure("--zero", expected, "\"" + token + "\" in \"" + whole + "\"");
            }
            indices.add(Integer.parseInt(m.group(1)));
            at = m.end();
        }
        for (int i = 0; i < indices.size(); i++) {
            int t = indices.get(i);
            Checks.require(t >= 1 && t <= depth, "--zero", "layer indices between 1 and " + depth,
                    "\"" + token + "\" (W" + t + ") in \"" + whole + "\"");
            if (i > 0) {
                Checks.require(t == indices.get(i - 1) - 1, "--zero", expected, "\"" + token + "\" in \"" + whole + "\"");
            }
        }
        return new ZeroPath(indices.get(0), indices.get(indices.size() - 1));
    }

    /** True when this condition implies {@code other}: its product is a factor of the other's. */
    public boolean implies(ZeroPath other) {
        return other.bottom <= bottom && top <= other.top;
    }

    /** {@code W3W2W1}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int t = top; t >= bottom; t--) {
            sb.append('W').append(t);
        }
        return sb.toString();
    }
}
