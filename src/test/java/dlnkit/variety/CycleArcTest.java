package dlnkit.variety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Widths;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CycleArcTest {
    /**
     * Independent route: at the point {@code W_t = N_t}, {@code M = C} with random nonzero integers off the stratum's
     * zero pattern, the product of an arc's matrices is a sub-block of {@code C} (normal forms are partial identities),
     * so it is zero exactly when the arc vanishes on the stratum.
     */
    @Test
    void vanishingOnAStratumMatchesTheProductAtANormalFormPoint() {
        SplittableRandom rng = new SplittableRandom(13);
        int strata = 0;
        for (String text : new String[] {"2,2,2,2", "2,1,2,2,1", "1,2,2,1,1", "2,2,2,2,2"}) {
            Widths w = Widths.parse(text);
            int n = w.depth();
            for (Orbit o : OrbitTest.all(w)) {
                var s = Stratum.of(o);
                if (s.isEmpty()) {
                    continue;
                }
                strata++;
                long[][][] arrows = new long[n + 1][][];
                long[][] c = new long[w.d(0)][w.d(n)];
                for (int r = 0; r < c.length; r++) {
                    for (int col = 0; col < c[r].length; col++) {
                        c[r][col] = s.get().isZero(r, col) ? 0 : 1 + rng.nextInt(9);
                    }
                }
                arrows[0] = c;
                for (int t = 1; t <= n; t++) {
                    int[][] nf = o.normalForm(t);
                    arrows[t] = new long[nf.length][];
                    for (int i = 0; i < nf.length; i++) {
                        arrows[t][i] = java.util.Arrays.stream(nf[i]).asLongStream().toArray();
                    }
                }
                for (int first = 0; first <= n; first++) {
                    for (int length = 1; length <= n; length++) {
                        CycleArc a = new CycleArc(n, first, length);
                        long[][] p = null;
                        for (int arrow : a.arrows()) {
                            p = p == null ? arrows[arrow] : multiply(arrows[arrow], p);
                        }
                        assertEquals(isZero(p), a.vanishesOn(s.get()), o + " arc " + a);
                    }
                }
            }
        }
        assertTrue(strata >= 30, "strata checked: " + strata);
    }

    /** On every stratum, every pair of distinct arrows has one of its two arcs containing a minimal zero arc (the cyclic pair rule). */
    @Test
    void minimalZeroArcsSatisfyThePairRuleAndAreMinimal() {
        for (String text : new String[] {"2,2,2,2", "2,2,2,2,2", "3,2,3,2"}) {
            Widths w = Widths.parse(text);
            int n = w.depth();
            for (Orbit o : OrbitTest.all(w)) {
                var s = Stratum.of(o);
                if (s.isEmpty()) {
                    continue;
                }
                List<CycleArc> arcs = CycleArc.minimalZeroArcs(s.get());
                for (CycleArc a : arcs) {
                    assertTrue(a.vanishesOn(s.get()));
                    if (a.length() > 1) {
                        assertFalse(new CycleArc(n, a.first(), a.length() - 1).vanishesOn(s.get()), a.toString());
                        assertFalse(new CycleArc(n, (a.first() + 1) % (n + 1), a.length() - 1).vanishesOn(s.get()), a.toString());
                    }
                }
                for (int p = 0; p <= n; p++) {
                    for (int q = p + 1; q <= n; q++) {
                        boolean inner = q - p - 1 >= 1 && containsZero(arcs, new CycleArc(n, p + 1, q - p - 1));
                        int outerLength = n + 1 - (q - p) - 1;
                        boolean outer = outerLength >= 1 && containsZero(arcs, new CycleArc(n, (q + 1) % (n + 1), outerLength));
                        assertTrue(inner || outer, o + ": pair " + CycleArc.label(p) + ", " + CycleArc.label(q));
                    }
                }
            }
        }
    }

    @Test
    void arcsAreWrittenAsProducts() {
        assertEquals("W4W3W2", new CycleArc(7, 2, 3).toString());
        assertEquals("W1 M W7", new CycleArc(7, 7, 3).toString());
        assertEquals("M W7", new CycleArc(7, 7, 2).toString());
        assertEquals("W2W1 M", new CycleArc(7, 0, 3).toString());
        assertTrue(new CycleArc(7, 7, 3).throughM());
        assertFalse(new CycleArc(7, 1, 7).throughM());
        assertEquals(List.of(new CycleArc(16, 14, 3), new CycleArc(16, 2, 3)),
                CycleArc.of(ZeroConditions.parse("W16W15W14, W4W3W2", 16)));
        assertThrows(IllegalArgumentException.class, () -> new CycleArc(7, 0, 8));
    }

    private static boolean containsZero(List<CycleArc> zeros, CycleArc arc) {
        int size = arc.depth() + 1;
        for (CycleArc z : zeros) {
            int offset = Math.floorMod(z.first() - arc.first(), size);
            if (offset + z.length() <= arc.length()) {
                return true;
            }
        }
        return false;
    }

    private static long[][] multiply(long[][] a, long[][] b) {
        int inner = b.length;
        long[][] out = new long[a.length][inner == 0 ? 0 : b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < inner; k++) {
                for (int j = 0; j < out[i].length; j++) {
                    out[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return out;
    }

    private static boolean isZero(long[][] m) {
        for (long[] row : m) {
            for (long v : row) {
                if (v != 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
