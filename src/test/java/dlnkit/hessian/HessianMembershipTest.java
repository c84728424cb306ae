package dlnkit.hessian;

import dlnkit.variety.Orbit;
import dlnkit.variety.OrbitEnumerator;
import dlnkit.variety.ZeroConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.hessian.HessianCheck;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HessianMembershipTest {
    /** docs/math.md: three pairwise disjoint zero paths put every point in A_H. */
    @Test
    void threeDisjointZeroPathsGiveContainment() {
        Widths w = Widths.constant(16, 2);
        assertTrue(HessianMembership.of(w, ZeroConditions.parse("W16W15W14, W12W11W10, W8W7W6, W4W3W2", 16)).contained());
        assertTrue(HessianMembership.of(Widths.constant(5, 2), ZeroConditions.parse("W5, W3, W1", 5)).contained());
    }

    /**
     * Every path-zero subvariety for N = 2 and N = 3 (all sets of paths): for N = 2 none lies in A_H (A_H is
     * empty: at W = 0 the Hessian is the nonzero form 4 <V_2 V_1 X, -Y>); for N = 3, every one that lies in
     * A_H has W_2 = 0 (docs/math.md: on A_H, W_2 = 0 always), and {W_1 = W_2 = W_3 = 0} does lie in A_H.
     */
    @Test
    void depthTwoHasNoneInsideAndDepthThreeInsideForcesTheMiddleLayerToVanish() {
        for (int depth = 2; depth <= 3; depth++) {
            List<String> paths = new ArrayList<>();
            for (int top = 1; top <= depth; top++) {
                for (int bottom = 1; bottom <= top; bottom++) {
                    StringBuilder sb = new StringBuilder();
                    for (int t = top; t >= bottom; t--) {
                        sb.append('W').append(t);
                    }
                    paths.add(sb.toString());
                }
            }
            int inside = 0;
            for (int mask = 1; mask < (1 << paths.size()); mask++) {
                List<String> chosen = new ArrayList<>();
                for (int i = 0; i < paths.size(); i++) {
                    if ((mask >> i & 1) == 1) {
                        chosen.add(paths.get(i));
                    }
                }
                ZeroConditions v = ZeroConditions.parse(String.join(", ", chosen), depth);
                HessianMembership m = HessianMembership.of(Widths.constant(depth, 2), v);
                if (depth == 2) {
                    assertFalse(m.contained(), v.toString());
                } else if (m.contained()) {
                    inside++;
                    assertTrue(v.impliesZero(2, 2), v.toString());
                } else {
                    assertTrue(m.witness().orElseThrow().liesIn(v));
                }
            }
            if (depth == 3) {
                assertTrue(inside > 0);
                assertTrue(HessianMembership.of(Widths.constant(3, 2), ZeroConditions.parse("W3, W2, W1", 3)).contained());
                assertFalse(HessianMembership.of(Widths.constant(3, 2), ZeroConditions.parse("W2", 3)).contained());
            }
        }
    }

    /**
     * The combinatorial verdict against the numeric gradient and Hessian at a sample point of the witness
     * orbit (not contained) or of the orbit of largest dimension (contained), over random conditions.
     * Both answers must occur.
     */
    @Test
    void verdictAgreesWithTheNumericGradientAndHessian() {
        Random rng = new Random(71);
        int contained = 0;
        int notContained = 0;
        for (int trial = 0; trial < 60; trial++) {
            int depth = 3 + rng.nextInt(3);
            Widths w = Widths.constant(depth, 1 + rng.nextInt(2));
            List<String> tokens = new ArrayList<>();
            int count = 1 + rng.nextInt(depth);
            for (int c = 0; c < count; c++) {
                int top = 1 + rng.nextInt(depth);
                int bottom = Math.max(1, top - rng.nextInt(2));
                StringBuilder sb = new StringBuilder();
                for (int t = top; t >= bottom; t--) {
                    sb.append('W').append(t);
                }
                tokens.add(sb.toString());
            }
            ZeroConditions v = ZeroConditions.parse(String.join(", ", tokens), depth);
            HessianMembership m = HessianMembership.of(w, v);
            Orbit sample = m.witness().orElseGet(() -> largest(w, v));
            HessianCheck check = HessianCheck.atOrbitPoint(sample, trial, Tolerances.DEFAULT);
            assertEquals(m.contained(), check.inHessianVariety(), v + " at " + sample + ": " + check.summary());
            if (m.contained()) {
                contained++;
            } else {
                notContained++;
            }
        }
        assertTrue(contained >= 5 && notContained >= 5, "contained " + contained + ", not " + notContained);
    }

    static Orbit largest(Widths w, ZeroConditions v) {
        Orbit[] best = {null};
        new OrbitEnumerator(w, v).enumerate(new OrbitEnumerator.Visitor() {
            @Override
            public long threshold() {
                return best[0] == null ? -1 : best[0].dimension();
            }

            @Override
            public boolean visit(long dim, java.util.function.Supplier<Orbit> orbit) {
                best[0] = orbit.get();
                return true;
            }
        });
        return best[0];
    }
}
