package dlnkit.hessian;

import dlnkit.variety.Orbit;
import dlnkit.variety.PathCondition;
import dlnkit.variety.ZeroConditions;

import dlnkit.model.Widths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The vanishing-Hessian variety for all data, {@code A_H^all}: the points {@code W} where the gradient and the
 * Hessian of {@code L(W) = ||W_{N:1} X - Y||_F^2} vanish for <b>every</b> data {@code X, Y} (any number of samples).
 * It does not depend on the data and is stable under the whole group {@code prod GL(d_t)}.
 *
 * <p>Theorem (proofs-notes/11-all-data-notion.md): {@code W} lies in {@code A_H^all} iff three pairwise disjoint
 * products of consecutive layers vanish at {@code W}; equivalently, iff the chain can be cut into three consecutive
 * blocks each composing to zero. Hence {@code A_H^all} is the union of the {@code (N-1 choose 2)} path-zero
 * subvarieties
 * <pre>  V(b1, b2) = { W_{b1:1} = 0, W_{b2:b1+1} = 0, W_{N:b2+1} = 0 },   1 &lt;= b1 &lt; b2 &lt;= N - 1,</pre>
 * and is empty for {@code N <= 2}.
 *
 * <p>Membership is decided by the greedy cut: {@code b1} is the smallest index with {@code W_{b1:1} = 0},
 * {@code b2} the smallest index above {@code b1} with {@code W_{b2:b1+1} = 0}, and the point is in the set iff
 * then {@code W_{N:b2+1} = 0}. When it is not, every vanishing path contains layer {@code b1} or layer {@code b2}
 * (the "hitting pair"), and the mixed second derivative along those two layers does not vanish for some data.
 */
public final class AllDataHessianVariety {
    private AllDataHessianVariety() {
    }

    /** Decides whether the path {@code W_{top:bottom}} vanishes ({@code 1 <= bottom <= top <= N}). */
    @FunctionalInterface
    public interface ZeroPaths {
        boolean isZero(int top, int bottom);
    }

    /**
     * The outcome of the greedy cut.
     *
     * @param contained true when three disjoint vanishing paths exist
     * @param cuts the blocks' right ends {@code b1 < b2} when contained (the third block ends at {@code N})
     * @param hittingPair when not contained: two layers {@code k < j} such that every vanishing path contains one of
     *     them (empty for {@code N = 1}, where the single layer is its own obstruction)
     */
    public record Membership(boolean contained, Optional<int[]> cuts, Optional<int[]> hittingPair) {
        public Membership {
            cuts = cuts.map(int[]::clone);
            hittingPair = hittingPair.map(int[]::clone);
        }

        /** The three blocks as conditions, e.g. {@code "W2W1, W4W3, W5"}, when contained. */
        public Optional<String> blocks(int depth) {
            return cuts.map(c -> new PathCondition(c[0], 1) + ", " + new PathCondition(c[1], c[0] + 1) + ", "
                    + new PathCondition(depth, c[1] + 1));
        }
    }

    /** The greedy cut for the vanishing paths given by {@code zero}. */
    public static Membership cut(int depth, ZeroPaths zero) {
        int b1 = firstZero(depth, 1, zero);
        int b2 = b1 < 0 ? -1 : firstZero(depth, b1 + 1, zero);
        if (b2 >= 0 && b2 < depth && zero.isZero(depth, b2 + 1)) {
            return new Membership(true, Optional.of(new int[] {b1, b2}), Optional.empty());
        }
        if (depth == 1) {
            return new Membership(false, Optional.empty(), Optional.empty());
        }
        int k = b1 < 0 ? 1 : b1;
        int j = b2 >= 0 && b2 != k ? b2 : (k == depth ? depth - 1 : k + 1);
        return new Membership(false, Optional.empty(), Optional.of(new int[] {Math.min(k, j), Math.max(k, j)}));
    }

    /** The smallest {@code b >= start} with {@code W_{b:start} = 0}, or -1. */
    private static int firstZero(int depth, int start, ZeroPaths zero) {
        for (int b = start; b <= depth; b++) {
            if (zero.isZero(b, start)) {
                return b;
            }
        }
        return -1;
    }

    /** Whether the orbit lies in {@code A_H^all} (the set is a union of orbits). */
    public static boolean contains(Orbit orbit) {
        return cut(orbit.widths().depth(), (top, bottom) -> orbit.pathRank(top, bottom) == 0).contained();
    }

    /**
     * Whether the whole path-zero subvariety {@code V} lies in {@code A_H^all}, with a witness orbit in {@code V}
     * outside it when not. A path vanishes on all of {@code V} iff it contains a condition
     * ({@link ZeroConditions#impliesZero}); if the greedy cut fails, the orbit made of the intervals
     * {@code [0, k-1]}, {@code [k, j-1]}, {@code [j, N]} (the hitting pair {@code k < j}) and one-vertex intervals lies
     * in {@code V} and has exactly the paths through layer {@code k} or {@code j} vanishing, so it is outside.
     */
    public static Optional<Orbit> witnessOutside(Widths widths, ZeroConditions v) {
        int n = widths.depth();
        Membership m = cut(n, v::impliesZero);
        if (m.contained()) {
            return Optional.empty();
        }
        if (n == 1) {
            return Optional.of(Orbit.zero(widths));
        }
        int k = m.hittingPair().orElseThrow()[0];
        int j = m.hittingPair().orElseThrow()[1];
        int[][] mult = new int[n + 1][n + 1];
        int[][] spans = {{0, k - 1}, {k, j - 1}, {j, n}};
        for (int[] s : spans) {
            mult[s[0]][s[1]]++;
        }
        for (int t = 0; t <= n; t++) {
            mult[t][t] += widths.d(t) - 1;
        }
        return Optional.of(new Orbit(widths, mult));
    }

    /** Whether {@code V} lies in {@code A_H^all}. */
    public static boolean contains(ZeroConditions v) {
        return cut(v.depth(), v::impliesZero).contained();
    }

    /** The component {@code V(b1, b2)}. */
    public static ZeroConditions component(int depth, int b1, int b2) {
        dlnkit.model.Checks.require(1 <= b1 && b1 < b2 && b2 < depth, "component cuts", "1 <= b1 < b2 <= N - 1 = " + (depth - 1),
                b1 + ", " + b2);
        return new ZeroConditions(depth, List.of(new PathCondition(b1, 1), new PathCondition(b2, b1 + 1),
                new PathCondition(depth, b2 + 1)));
    }

    /**
     * The maximal components {@code V(b1, b2)}, {@code 1 <= b1 < b2 <= N - 1} (none for {@code N <= 2}), the most
     * balanced cuts first (the longest block shortest): they tend to have the largest image.
     */
    public static List<ZeroConditions> components(int depth) {
        List<int[]> cuts = new ArrayList<>();
        for (int b1 = 1; b1 < depth; b1++) {
            for (int b2 = b1 + 1; b2 < depth; b2++) {
                cuts.add(new int[] {b1, b2});
            }
        }
        cuts.sort(Comparator.<int[]>comparingInt(c -> Math.max(c[0], Math.max(c[1] - c[0], depth - c[1])))
                .thenComparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
        List<ZeroConditions> out = new ArrayList<>();
        for (int[] c : cuts) {
            out.add(component(depth, c[0], c[1]));
        }
        return List.copyOf(out);
    }
}
