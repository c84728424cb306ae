package dlnkit.variety;

import dlnkit.model.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * An arc of the cycle of {@code N + 1} arrows {@code M, W_1, ..., W_N} (docs/math.md section 3): arrow {@code 0} is
 * {@code M : R^{d_N} -> R^{d_0}}, arrow {@code t} is {@code W_t : R^{d_{t-1}} -> R^{d_t}}; the arc applies arrows
 * {@code first, first + 1, ..., first + length - 1} (mod {@code N + 1}) in this order and is written from the last
 * arrow to the first: {@code W4W3W2}, or {@code W1 M W7} for {@code W_1 M W_7} at depth 7.
 *
 * <p>On a stratum (an orbit with the zero pattern of {@code C = g_0^{-1} M g_N}) an arc without {@code M},
 * {@code W_{a:b}}, vanishes iff no interval module covers the vertices {@code b-1..a}; an arc through {@code M},
 * {@code W_{k-1:1} M W_{N:j+1}}, vanishes at the stratum's generic point iff {@code C} is forced to vanish on the
 * rows of the intervals {@code [0, b]} with {@code b >= k - 1} and the columns of the intervals {@code [a, N]} with
 * {@code a <= j} (docs/math.md section 4). A vanishing arc forces every longer arc containing it to vanish, so
 * {@link #minimalZeroArcs} lists the vanishing arcs none of whose shorter sub-arcs vanishes.
 *
 * @param depth the depth {@code N}
 * @param first the first arrow applied, {@code 0..N}
 * @param length the number of arrows, {@code 1..N} (the whole cycle is not an arc)
 */
public record CycleArc(int depth, int first, int length) {
    public CycleArc {
        Checks.require(depth >= 1, "depth", "at least 1", depth);
        Checks.require(first >= 0 && first <= depth && length >= 1 && length <= depth, "arc",
                "0 <= first <= " + depth + " and 1 <= length <= " + depth, first + "/" + length);
    }

    /** The arc of a path-zero condition {@code W_{top:bottom}}. */
    public static CycleArc of(int depth, PathCondition c) {
        return new CycleArc(depth, c.bottom(), c.top() - c.bottom() + 1);
    }

    /** The arcs of a subvariety's conditions, in their canonical order. */
    public static List<CycleArc> of(ZeroConditions v) {
        List<CycleArc> out = new ArrayList<>();
        for (PathCondition c : v.conditions()) {
            out.add(of(v.depth(), c));
        }
        return List.copyOf(out);
    }

    /** The arrows in the order applied (0 is {@code M}). */
    public List<Integer> arrows() {
        List<Integer> out = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            out.add((first + i) % (depth + 1));
        }
        return out;
    }

    /** True when the arc passes through {@code M}. */
    public boolean throughM() {
        return first == 0 || first + length > depth + 1;
    }

    /** True when the two arcs share an arrow. */
    public boolean overlaps(CycleArc other) {
        List<Integer> mine = arrows();
        return other.arrows().stream().anyMatch(mine::contains);
    }

    /** True when the arc vanishes at the generic point of the stratum. */
    public boolean vanishesOn(Stratum s) {
        Checks.require(s.orbit().widths().depth() == depth, "stratum", "depth " + depth, s.orbit().widths().depth());
        Orbit orbit = s.orbit();
        if (!throughM()) {
            return orbit.pathRank(first + length - 1, first) == 0;
        }
        // W_{k-1:1} M W_{N:j+1}: the part before M is W_{j+1}..W_N (j = N when M comes first), after it W_1..W_{k-1}
        int before = first == 0 ? 0 : depth + 1 - first;
        int j = depth - before;
        int k = length - before; // arrows after M: k - 1 of them
        List<int[]> rows = orbit.basis(0);
        List<int[]> cols = orbit.basis(depth);
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r)[1] < k - 1) {
                continue;
            }
            for (int c = 0; c < cols.size(); c++) {
                if (cols.get(c)[0] <= j && !s.isZero(r, c)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The vanishing arcs of the stratum none of whose proper sub-arcs vanishes, by first arrow then length. */
    public static List<CycleArc> minimalZeroArcs(Stratum s) {
        int n = s.orbit().widths().depth();
        List<CycleArc> out = new ArrayList<>();
        for (int first = 0; first <= n; first++) {
            for (int length = 1; length <= n; length++) {
                CycleArc a = new CycleArc(n, first, length);
                if (!a.vanishesOn(s)) {
                    continue;
                }
                boolean minimal = length == 1 || (!new CycleArc(n, (first + 1) % (n + 1), length - 1).vanishesOn(s)
                        && !new CycleArc(n, first, length - 1).vanishesOn(s));
                if (minimal) {
                    out.add(a);
                }
                break; // longer arcs from the same first arrow contain this one
            }
        }
        return List.copyOf(out);
    }

    /** The label of an arrow: {@code M} or {@code W3}. */
    public static String label(int arrow) {
        return arrow == 0 ? "M" : "W" + arrow;
    }

    /** {@code W4W3W2}, {@code W1 M W7}, {@code M W7}. */
    @Override
    public String toString() {
        List<Integer> a = arrows();
        StringBuilder sb = new StringBuilder();
        for (int i = a.size() - 1; i >= 0; i--) {
            boolean m = a.get(i) == 0;
            boolean previousM = i < a.size() - 1 && a.get(i + 1) == 0;
            if (i < a.size() - 1 && (m || previousM)) {
                sb.append(' ');
            }
            sb.append(label(a.get(i)));
        }
        return sb.toString();
    }
}
