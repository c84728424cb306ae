package dlnkit.variety;

import dlnkit.model.Checks;

/**
 * The condition {@code W_{top:bottom} = W_top ... W_bottom = 0} ({@code top >= bottom}). The path runs
 * from vertex {@code bottom - 1} to vertex {@code top} of the quiver {@code 0 -> 1 -> ... -> N} (arrow
 * {@code t} is {@code W_t}); it vanishes on an orbit iff no interval module of the orbit covers the
 * vertex span {@code [bottom - 1, top]}.
 *
 * @param top the highest layer index
 * @param bottom the lowest layer index
 */
public record PathCondition(int top, int bottom) {
    public PathCondition {
        Checks.require(bottom >= 1 && top >= bottom, "path condition", "layers 1 <= bottom <= top",
                "W_{" + top + ":" + bottom + "}");
    }

    /** First vertex of the span: {@code bottom - 1}. */
    public int spanStart() {
        return bottom - 1;
    }

    /** Last vertex of the span: {@code top}. */
    public int spanEnd() {
        return top;
    }

    /** True when this path contains {@code other}'s path, so that {@code other = 0} implies {@code this = 0}. */
    public boolean contains(PathCondition other) {
        return bottom <= other.bottom && other.top <= top;
    }

    /** {@code "W4W3W2"}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int t = top; t >= bottom; t--) {
            sb.append('W').append(t);
        }
        return sb.toString();
    }
}
