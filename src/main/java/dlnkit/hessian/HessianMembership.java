package dlnkit.hessian;

import dlnkit.variety.Orbit;
import dlnkit.variety.ZeroConditions;

import dlnkit.model.Widths;
import java.util.Optional;

/**
 * Whether a path-zero subvariety {@code V} lies in the vanishing-Hessian variety {@code A_H}, for
 * data with {@code X} of full row rank and {@code M = X Y^T} of full rank, by the cyclic pair rule
 * (docs/math.md section 3): close the chain into the cycle {@code W_1, ..., W_N, M}; a point is in
 * {@code A_H} iff for every pair of distinct arrows one of the two arcs between them composes to zero.
 *
 * <p>On {@code V} the rule becomes exact and combinatorial. For the pair {@code {W_k, W_j}}
 * ({@code k < j}) the arcs are the inner path {@code W_{j-1:k+1}} (span {@code [k, j-1]}) and the outer
 * arc {@code W_{k-1:1} M W_{N:j+1}}; for {@code {W_j, M}} they are {@code W_{j-1:1}} and
 * {@code W_{N:j+1}}. On one orbit, {@code g_0^{-1} M g_N} runs over all full-rank matrices, so the outer
 * arc vanishes on the orbit iff {@code W_{k-1:1}} or {@code W_{N:j+1}} does. A path vanishes on all of
 * {@code V} iff it contains a condition ({@link ZeroConditions#impliesZero}). The spans
 * {@code [0, k-1]}, {@code [k, j-1]}, {@code [j, N]} are disjoint, so if none of the three paths is
 * implied zero, the orbit of those three intervals plus one-vertex intervals lies in {@code V} and breaks
 * the rule at every point. Hence: {@code V} lies in {@code A_H} iff every pair has an arc (for the outer
 * arc: one of its two paths) implied zero; otherwise that orbit is a witness.
 *
 * @param contained true when {@code V} lies in {@code A_H} for all full-rank data
 * @param failingPair the first pair whose arcs are not forced to vanish, e.g. {@code "{W_2, W_4}"}
 * @param witness an orbit in {@code V} outside {@code A_H}, when not contained
 */
public record HessianMembership(boolean contained, Optional<String> failingPair, Optional<Orbit> witness) {

    public static HessianMembership of(Widths widths, ZeroConditions v) {
        int n = widths.depth();
        // arrows 1..N are the layers; index n + 1 stands for M
        for (int k = 1; k <= n; k++) {
            for (int j = k + 1; j <= n + 1; j++) {
                boolean isM = j == n + 1;
                // inner arc between W_k and (W_j or M): W_{j-1:k+1}; empty when j = k + 1
                boolean innerZero = v.impliesZero(j - 1, k + 1);
                // outer arc: W_{k-1:1} M W_{N:j+1}; for j = M it is W_{k-1:1} alone on the other side
                boolean left = v.impliesZero(k - 1, 1);
                boolean right = !isM && v.impliesZero(n, j + 1);
                if (!(innerZero || left || right)) {
                    String pair = "{W_" + k + ", " + (isM ? "M" : "W_" + j) + "}";
                    return new HessianMembership(false, Optional.of(pair), Optional.of(witness(widths, k, isM ? n + 1 : j)));
                }
            }
        }
        return new HessianMembership(true, Optional.empty(), Optional.empty());
    }

    /** Intervals {@code [0, k-1]}, {@code [k, j-1]}, {@code [j, N]} (the non-empty ones) plus one-vertex intervals. */
    private static Orbit witness(Widths widths, int k, int j) {
        int n = widths.depth();
        int[][] m = new int[n + 1][n + 1];
        int[][] spans = {{0, k - 1}, {k, j - 1}, {j, n}};
        int[] used = new int[n + 1];
        for (int[] s : spans) {
            if (s[0] <= s[1] && s[0] >= 0 && s[1] <= n) {
                m[s[0]][s[1]]++;
                for (int t = s[0]; t <= s[1]; t++) {
                    used[t]++;
                }
            }
        }
        for (int t = 0; t <= n; t++) {
            m[t][t] += widths.d(t) - used[t];
        }
        return new Orbit(widths, m);
    }

    public String summary() {
        return contained ? "V lies in A_H (cyclic pair rule: every pair has an arc that vanishes on V)"
                : "V does not lie in A_H: the pair " + failingPair.orElseThrow()
                        + " has no arc forced to vanish; witness orbit " + witness.orElseThrow();
    }
}
