package dlnkit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The widths {@code d_0, ..., d_N} of a deep linear network of depth {@code N}: layer {@code t}
 * ({@code 1 <= t <= N}) is a {@code d_t x d_{t-1}} matrix. At least two entries, each in
 * {@code [MIN_WIDTH, MAX_WIDTH]}.
 *
 * @param values the widths, copied into an unmodifiable list
 */
public record Widths(List<Integer> values) {
    public static final int MIN_WIDTH = 1;
    public static final int MAX_WIDTH = 64;
    /** The largest depth accepted; far beyond anything the dense routes can handle. */
    public static final int MAX_DEPTH = 100_000;

    public Widths {
        Checks.require(values != null, "widths", "a list of integers", "null");
        values = List.copyOf(values);
        Checks.require(values.size() >= 2, "widths", "at least 2 entries", values);
        Checks.require(values.size() <= MAX_DEPTH + 1, "widths",
                "at most " + (MAX_DEPTH + 1) + " entries", values.size() + " entries");
        for (int i = 0; i < values.size(); i++) {
            int d = values.get(i);
            Checks.require(d >= MIN_WIDTH && d <= MAX_WIDTH, "widths",
                    "each entry between " + MIN_WIDTH + " and " + MAX_WIDTH,
                    d + " at position " + i + " of " + values);
        }
    }

    public static Widths of(int... widths) {
        List<Integer> list = new ArrayList<>(widths.length);
        for (int w : widths) {
            list.add(w);
        }
        return new Widths(list);
    }

    /** All {@code depth + 1} widths equal to {@code width}. */
    public static Widths constant(int depth, int width) {
        Checks.require(depth >= 1 && depth <= MAX_DEPTH, "depth", "an integer between 1 and " + MAX_DEPTH, depth);
        Checks.require(width >= MIN_WIDTH && width <= MAX_WIDTH, "width",
                "an integer between " + MIN_WIDTH + " and " + MAX_WIDTH, width);
        return new Widths(Collections.nCopies(depth + 1, width));
    }

    /**
     * Every widths vector of the given depth with entries in {@code 1..maxWidth}, in lexicographic order with the
     * first entry varying fastest: {@code maxWidth^(depth+1)} vectors.
     */
    public static List<Widths> allWithEntriesUpTo(int depth, int maxWidth) {
        Checks.require(depth >= 1 && depth <= 20, "depth", "an integer between 1 and 20", depth);
        Checks.require(maxWidth >= MIN_WIDTH && maxWidth <= MAX_WIDTH, "maxWidth", "an integer between 1 and 64", maxWidth);
        Checks.require(Math.pow(maxWidth, depth + 1) <= 10_000_000, "widths vectors", "at most 10^7 of them",
                maxWidth + "^" + (depth + 1));
        List<Widths> out = new ArrayList<>();
        int[] w = new int[depth + 1];
        java.util.Arrays.fill(w, 1);
        while (true) {
            out.add(of(w.clone()));
            int i = 0;
            while (i <= depth && w[i] == maxWidth) {
                w[i] = 1;
                i++;
            }
            if (i > depth) {
                return out;
            }
            w[i]++;
        }
    }

    /** Parses {@code "2,2,2"}; spaces around entries are allowed. */
    public static Widths parse(String text) {
        Checks.require(text != null && !text.isBlank(), "widths", "a comma-separated list of integers", "\"\"");
        String[] parts = text.split(",", -1);
        List<Integer> list = new ArrayList<>(parts.length);
        for (String part : parts) {
            String p = part.strip();
            if (!p.matches("[0-9]{1,9}")) {
                throw Checks.failure("widths", "a comma-separated list of integers (ASCII digits)", "\"" + text + "\" (entry \"" + p + "\")");
            }
            try {
                list.add(Integer.parseInt(p));
            } catch (NumberFormatException e) {
                throw Checks.failure("widths", "a comma-separated list of integers", "\"" + text + "\" (entry \"" + p + "\")");
            }
        }
        return new Widths(list);
    }

    /** The depth {@code N}: the number of layers. */
    public int depth() {
        return values.size() - 1;
    }

    /** {@code d_t} for {@code 0 <= t <= N}. */
    public int d(int t) {
        return values.get(t);
    }

    /** Number of entries of layer {@code t} ({@code 1 <= t <= N}): {@code d_t d_{t-1}}. */
    public int layerSize(int t) {
        return d(t) * d(t - 1);
    }

    /** Offset of layer {@code t}'s first entry in the flattened parameter vector (layers in order, row-major). */
    public int layerOffset(int t) {
        int offset = 0;
        for (int s = 1; s < t; s++) {
            offset += layerSize(s);
        }
        return offset;
    }

    /** Dimension of parameter space, {@code sum_t d_t d_{t-1}}. */
    public long parameterCount() {
        long sum = 0;
        for (int t = 1; t <= depth(); t++) {
            sum += layerSize(t);
        }
        return sum;
    }

    /** Number of upper-triangle coordinates of {@code Delta_t}: {@code d_t (d_t + 1) / 2}. */
    public int deltaSize(int t) {
        return d(t) * (d(t) + 1) / 2;
    }

    /** Target dimension {@code T = sum_{t=1}^{N-1} d_t (d_t + 1) / 2} of the delta map. */
    public long targetDimension() {
        long sum = 0;
        for (int t = 1; t < depth(); t++) {
            sum += deltaSize(t);
        }
        return sum;
    }

    /** The widths of the reversed network {@code W_t -> W_{N+1-t}^T}. */
    public Widths reversed() {
        List<Integer> list = new ArrayList<>(values);
        Collections.reverse(list);
        return new Widths(list);
    }

    /** {@code "2,2,2"}: the form {@link #parse} reads. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(values.get(i));
        }
        return sb.toString();
    }
}
