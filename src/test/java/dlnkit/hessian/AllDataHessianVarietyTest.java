package dlnkit.hessian;

import dlnkit.variety.Orbit;
import dlnkit.variety.PathCondition;
import dlnkit.variety.ZeroConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Widths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The combinatorics of A_H^all: the greedy three-blocks cut against brute force over pairs and triples. */
class AllDataHessianVarietyTest {

    /** Every nonempty path of depth n, as a condition. */
    private static List<PathCondition> paths(int n) {
        List<PathCondition> out = new ArrayList<>();
        for (int top = 1; top <= n; top++) {
            for (int bottom = 1; bottom <= top; bottom++) {
                out.add(new PathCondition(top, bottom));
            }
        }
        return out;
    }

    /** The pair form of the definition (proofs-notes/11): for every k < j some vanishing path avoids layers k and j. */
    private static boolean pairForm(ZeroConditions v) {
        int n = v.depth();
        if (n == 1) {
            return false; // the gradient condition for j = 1: two empty (identity) paths
        }
        for (int k = 1; k <= n; k++) {
            for (int j = k + 1; j <= n; j++) {
                boolean found = false;
                for (PathCondition p : paths(n)) {
                    boolean avoids = !(p.bottom() <= k && k <= p.top()) && !(p.bottom() <= j && j <= p.top());
                    found |= avoids && v.impliesZero(p.top(), p.bottom());
                }
                if (!found) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Three pairwise disjoint conditions, by brute force over triples. */
    private static boolean threeDisjoint(ZeroConditions v) {
        List<PathCondition> c = v.conditions();
        for (int a = 0; a < c.size(); a++) {
            for (int b = 0; b < c.size(); b++) {
                for (int d = 0; d < c.size(); d++) {
                    if (c.get(a).top() < c.get(b).bottom() && c.get(b).top() < c.get(d).bottom()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * For every set of path conditions up to depth 4 and random ones up to depth 9: the greedy cut, the pair form and
     * "three pairwise disjoint conditions" agree; the witness orbit lies in V and outside A_H^all.
     */
    @Test
    void greedyCutAgreesWithPairFormAndDisjointTriples() {
        int inside = 0;
        int outside = 0;
        List<ZeroConditions> cases = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            List<PathCondition> all = paths(n);
            for (int mask = 0; mask < (1 << all.size()); mask++) {
                List<PathCondition> chosen = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    if ((mask >> i & 1) == 1) {
                        chosen.add(all.get(i));
                    }
                }
                cases.add(new ZeroConditions(n, chosen));
            }
        }
        Random rng = new Random(11);
        for (int i = 0; i < 3000; i++) {
            int n = 5 + rng.nextInt(5);
            List<PathCondition> chosen = new ArrayList<>();
            for (PathCondition p : paths(n)) {
                if (rng.nextInt(3 * n) == 0 && p.top() - p.bottom() < 4) {
                    chosen.add(p);
                }
            }
            cases.add(new ZeroConditions(n, chosen));
        }
        for (ZeroConditions v : cases) {
            boolean greedy = AllDataHessianVariety.contains(v);
            assertEquals(pairForm(v), greedy, v.toString());
            assertEquals(threeDisjoint(v), greedy, v.toString());
            Widths w = Widths.constant(v.depth(), 2);
            if (greedy) {
                inside++;
                assertTrue(AllDataHessianVariety.witnessOutside(w, v).isEmpty());
            } else {
                outside++;
                Orbit witness = AllDataHessianVariety.witnessOutside(w, v).orElseThrow();
                assertTrue(witness.liesIn(v), v + ": witness " + witness);
                assertFalse(AllDataHessianVariety.contains(witness), v + ": witness " + witness);
            }
        }
        assertTrue(inside > 300 && outside > 500, inside + " inside, " + outside + " outside");
    }

    /** (N-1 choose 2) components, none for N <= 2, each inside A_H^all and inside the fixed-data A_H. */
    @Test
    void componentsAreTheThreeBlockCutsAndLieInBothNotions() {
        for (int n = 1; n <= 9; n++) {
            List<ZeroConditions> comps = AllDataHessianVariety.components(n);
            assertEquals((n - 1) * (n - 2) / 2, comps.size(), "depth " + n);
            assertEquals(comps.size(), comps.stream().distinct().count());
            for (ZeroConditions v : comps) {
                assertEquals(3, v.conditions().size());
                assertTrue(AllDataHessianVariety.contains(v), v.toString());
                assertTrue(HessianMembership.of(Widths.constant(n, 2), v).contained(), v.toString());
            }
        }
    }

    /**
     * Every path-zero subvariety inside A_H^all lies in some component (the components are the maximal ones), and
     * orbit membership is the greedy cut on path ranks: an orbit is inside iff it lies in a component.
     */
    @Test
    void componentsCoverEveryOrbitInside() {
        Random rng = new Random(5);
        int inside = 0;
        for (int i = 0; i < 4000; i++) {
            int n = 3 + rng.nextInt(5);
            Widths w = Widths.of(randomWidths(n, rng));
            Orbit o = Orbit.random(w, rng.nextDouble(), rng);
            boolean inSome = AllDataHessianVariety.components(n).stream().anyMatch(o::liesIn);
            assertEquals(inSome, AllDataHessianVariety.contains(o), o.toString());
            inside += inSome ? 1 : 0;
        }
        assertTrue(inside > 200 && inside < 3800, inside + " of 4000 inside");
    }

    private static int[] randomWidths(int n, Random rng) {
        int[] d = new int[n + 1];
        for (int t = 0; t <= n; t++) {
            d[t] = 1 + rng.nextInt(3);
        }
        return d;
    }
}
