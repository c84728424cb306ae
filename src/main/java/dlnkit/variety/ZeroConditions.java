package dlnkit.variety;

import dlnkit.model.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path-zero subvariety {@code V} of parameter space for networks of depth {@code N}: a list of
 * conditions {@code W_{a:b} = 0}. {@code V} is stable under the group {@code prod GL(d_t)} acting by
 * {@code W_t -> g_t W_t g_{t-1}^{-1}}, since {@code W_{a:b} -> g_a W_{a:b} g_{b-1}^{-1}}.
 *
 * <p>Written as {@code "W4W3W2, W1"}: comma-separated products of consecutive, descending layers.
 * The canonical form drops conditions implied by others (a path containing a vanishing path vanishes)
 * and orders the rest by their top layer, descending.
 *
 * @param depth the depth {@code N}
 * @param conditions the conditions, canonical
 */
public record ZeroConditions(int depth, List<PathCondition> conditions) {
    private static final Pattern FACTOR = Pattern.compile("W(\\d+)");

    public ZeroConditions {
        Checks.require(depth >= 1, "depth", "at least 1", depth);
        for (PathCondition c : conditions) {
            Checks.require(c.top() <= depth, "condition " + c, "layers between 1 and the depth " + depth, c);
        }
        conditions = canonical(conditions);
    }

    /** No conditions: all of parameter space. */
    public static ZeroConditions none(int depth) {
        return new ZeroConditions(depth, List.of());
    }

    /**
     * Parses {@code "W4W3W2, W1"}. Each token is a product of layers with consecutive, descending
     * indices between 1 and {@code depth}; an empty token, a gap, an ascending or repeated index, an
     * index out of range, or anything that is not {@code W<k>} is rejected with a message naming
     * the token.
     */
    public static ZeroConditions parse(String text, int depth) {
        Checks.require(text != null && !text.isBlank(), "--zero", "conditions such as \"W4W3W2, W1\"", "\"\"");
        List<PathCondition> list = new ArrayList<>();
        for (String raw : text.split(",", -1)) {
            String token = raw.strip();
            Checks.require(!token.isEmpty(), "--zero", "a product of layers such as W3W2 between commas",
                    "an empty product in \"" + text + "\"");
            Checks.require(token.chars().noneMatch(Character::isWhitespace), "--zero token \"" + token + "\"",
                    "a product written without spaces, such as W4W3 (a space is not a product)", "a space");
            Matcher m = FACTOR.matcher(token);
            int pos = 0;
            List<Integer> indices = new ArrayList<>();
            while (m.find()) {
                Checks.require(m.start() == pos, "--zero token \"" + token + "\"", "layers written W<k>",
                        "\"" + token.substring(pos, m.start()) + "\"");
                String digits = m.group(1);
                Checks.require(digits.length() <= 9, "--zero token \"" + token + "\"",
                        "layer indices between 1 and the depth " + depth, "W" + digits);
                indices.add(Integer.parseInt(digits));
                pos = m.end();
            }
            Checks.require(pos == token.length() && !indices.isEmpty(), "--zero token \"" + token + "\"",
                    "layers written W<k>", "\"" + token.substring(pos) + "\"");
            for (int i = 0; i < indices.size(); i++) {
                int k = indices.get(i);
                Checks.require(k >= 1 && k <= depth, "--zero token \"" + token + "\"",
                        "layer indices between 1 and the depth " + depth, "W" + k);
                if (i > 0) {
                    int prev = indices.get(i - 1);
                    Checks.require(k == prev - 1, "--zero token \"" + token + "\"",
                            "consecutive descending layers (like W4W3W2)", "W" + prev + " followed by W" + k);
                }
            }
            list.add(new PathCondition(indices.get(0), indices.get(indices.size() - 1)));
        }
        return new ZeroConditions(depth, list);
    }

    private static List<PathCondition> canonical(List<PathCondition> input) {
        List<PathCondition> kept = new ArrayList<>();
        for (PathCondition c : input) {
            boolean implied = false;
            for (PathCondition d : input) {
                if (!d.equals(c) && c.contains(d)) {
                    implied = true;
                    break;
                }
            }
            if (!implied && !kept.contains(c)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(PathCondition::top).reversed().thenComparingInt(PathCondition::bottom));
        return List.copyOf(kept);
    }

    /**
     * True when the path {@code W_{top:bottom}} vanishes on all of {@code V}: exactly when it contains
     * one of the conditions (otherwise the orbit made of the interval {@code [bottom-1, top]} and
     * one-vertex intervals lies in {@code V} and has that path nonzero).
     */
    public boolean impliesZero(int top, int bottom) {
        if (top < bottom) {
            return false; // an empty product is the identity
        }
        PathCondition path = new PathCondition(top, bottom);
        for (PathCondition c : conditions) {
            if (path.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last vertex an interval starting at vertex {@code start} may reach on {@code V}: an interval
     * {@code [start, end]} is allowed iff it covers no condition's span.
     */
    public int deadline(int start) {
        int deadline = depth;
        for (PathCondition c : conditions) {
            if (c.spanStart() >= start) {
                deadline = Math.min(deadline, c.spanEnd() - 1);
            }
        }
        return deadline;
    }

    /** The reversed conditions for the reversed network {@code W'_t = W_{N+1-t}^T}. */
    public ZeroConditions reversed() {
        List<PathCondition> list = new ArrayList<>();
        for (PathCondition c : conditions) {
            list.add(new PathCondition(depth + 1 - c.bottom(), depth + 1 - c.top()));
        }
        return new ZeroConditions(depth, list);
    }

    /** The canonical form, e.g. {@code "W4W3W2, W1"}; {@code "(none)"} without conditions. */
    @Override
    public String toString() {
        if (conditions.isEmpty()) {
            return "(none)";
        }
        StringBuilder sb = new StringBuilder();
        for (PathCondition c : conditions) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
