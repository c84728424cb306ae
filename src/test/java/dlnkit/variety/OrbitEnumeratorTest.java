package dlnkit.variety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Widths;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrbitEnumeratorTest {
    /** docs/math.md: width 2, depth 4 has 125 orbits. */
    @Test
    void widthTwoDepthFourHas125Orbits() {
        OrbitEnumerator e = new OrbitEnumerator(Widths.constant(4, 2), ZeroConditions.none(4));
        assertEquals(BigInteger.valueOf(125), e.count(1000).orElseThrow());
    }

    /**
     * Three independent counts agree: brute force over all multiplicity vectors, the unpruned depth-first
     * enumeration, and the dynamic-programming count. Every orbit visited is distinct, lies in V, and is
     * visited with its true dimension.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2,2,2,2,2|W4W3, W2", "2,2,2,2,2|W3", "1,2,2,1|W2W1", "3,2,3|W2W1",
        "2,3,2,2|W3W2, W1", "2,2,2,2,2|W4W3W2W1", "1,1,1,1,1,1|W5W4, W2W1", "2,2,2,2|W3W2W1"})
    void bruteForceDepthFirstAndDynamicProgrammingCountsAgree(String widths, String zero) {
        Widths w = Widths.parse(widths);
        ZeroConditions v = ZeroConditions.parse(zero, w.depth());
        long brute = bruteForce(w, v);
        Set<Orbit> seen = new HashSet<>();
        OrbitEnumerator e = new OrbitEnumerator(w, v);
        OrbitEnumerator.Stats stats = e.enumerate(new OrbitEnumerator.Visitor() {
            @Override
            public long threshold() {
                return -1;
            }

            @Override
            public boolean visit(long dim, Supplier<Orbit> orbit) {
                Orbit o = orbit.get();
                assertTrue(seen.add(o), "repeated " + o);
                assertTrue(o.liesIn(v), o + " not in " + v);
                assertEquals(o.dimension(), dim, o.toString());
                return true;
            }
        });
        assertEquals(brute, seen.size());
        assertEquals(brute, stats.orbitsVisited());
        assertEquals(BigInteger.valueOf(brute), e.count(100_000).orElseThrow());
    }

    /** Pruning skips only subtrees whose orbits are all at most the threshold: the survivors are exactly those above it. */
    @Test
    void pruningKeepsExactlyTheOrbitsAboveTheThreshold() {
        Widths w = Widths.parse("2,2,2,2,2");
        ZeroConditions v = ZeroConditions.parse("W3W2", 4);
        for (long threshold : new long[] {0, 5, 10, 14, 17}) {
            long expected = OrbitTest.all(w).stream().filter(o -> o.liesIn(v) && o.dimension() > threshold).count();
            long[] seen = {0};
            new OrbitEnumerator(w, v).enumerate(new OrbitEnumerator.Visitor() {
                @Override
                public long threshold() {
                    return threshold;
                }

                @Override
                public boolean visit(long dim, Supplier<Orbit> orbit) {
                    assertTrue(dim > threshold);
                    seen[0]++;
                    return true;
                }
            });
            assertEquals(expected, seen[0], "threshold " + threshold);
        }
    }

    /**
     * The stratum bound: {@link OrbitEnumerator#enumerateStrata} visits exactly the orbits of V with a non-empty
     * stratum ({@link Stratum#of}, whose matching is an augmenting-path search) and {@code dim O - |Z| > threshold}, {@code |Z|} counted here straight from the pair rule's blocks (rows
     * {@code [0, b]} with {@code b >= k - 1} times columns {@code [a, N]} with {@code a <= j}, for every pair
     * {@code k < j} whose inner path is nonzero). The kept completions serve several calls, in
     * decreasing and increasing threshold order, and the thresholds include ones that prune some orbits and not others.
     * With skipped splits {@code e}, the orbits in {@code V_e} (checked by path ranks) are left out too.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2,2,2,2,2|W2W1, W4W3|", "2,2,2,2,2|W1, W4W3W2|2", "3,3,3,3,3|W2W1, W4W3|",
        "2,1,2,2,1,1|W3W2W1, W5W4|", "1,2,3,2,1|W2W1, W4W3|", "2,3,2,2,3,2|W3W2W1, W5W4|2 4", "2,2,2,2,2,2|W2W1, W5W4W3|3",
        "3,1,3|W1, W2|", "2,2,2,2|W3W2W1|", "2,2,2,2,2,2,2|W3W2W1, W6W5W4|4 2",
        "3,3,3,3,3,3|W2W1, W5W4W3|3 4"})
    void strataPruningKeepsExactlyTheOrbitsWithBoundAboveTheThreshold(String widths, String zero, String skip) {
        checkStrataPruning(widths, zero, skip);
    }

    /** The cases above include orbits whose stratum is empty, so the feasibility pruning is exercised. */
    @Test
    void strataPruningCasesIncludeEmptyStrata() {
        assertTrue(checkStrataPruning("2,2,2,2,2,2", "W2W1, W5W4W3", "3") > 0);
        assertTrue(checkStrataPruning("3,3,3,3,3", "W2W1, W4W3", null) > 0);
    }

    static int checkStrataPruning(String widths, String zero, String skip) {
        Widths w = Widths.parse(widths);
        ZeroConditions v = ZeroConditions.parse(zero, w.depth());
        int n = w.depth();
        int[] skipSplits = skip == null ? new int[0] : java.util.Arrays.stream(skip.split(" ")).mapToInt(Integer::parseInt).toArray();
        java.util.Map<Orbit, Long> bounds = new java.util.HashMap<>();
        int[] skipped = {0};
        int[] infeasible = {0};
        new OrbitEnumerator(w, v).enumerate(new OrbitEnumerator.Visitor() {
            @Override
            public long threshold() {
                return Long.MIN_VALUE;
            }

            @Override
            public boolean visit(long dim, Supplier<Orbit> orbit) {
                Orbit o = orbit.get();
                for (int e : skipSplits) {
                    if (o.pathRank(e, 1) == 0 && o.pathRank(n, e + 1) == 0) {
                        skipped[0]++;
                        return true;
                    }
                }
                if (Stratum.of(o).isPresent()) {
                    bounds.put(o, dim - zerosByBlocks(o));
                } else {
                    infeasible[0]++;
                }
                return true;
            }
        });
        assertTrue(skipSplits.length == 0 || skipped[0] > 0, "no orbit in a skipped split");
        long max = bounds.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long min = bounds.values().stream().mapToLong(Long::longValue).min().orElse(0);
        java.util.List<Long> thresholds = new java.util.ArrayList<>(java.util.List.of(max, max - 1, (max + min) / 2, min - 1,
                Long.MIN_VALUE, min, max - 2));
        int prunedSome = 0;
        // a memo of three states is cleared and refilled over and over: the bound, and so the orbits kept, must not change
        for (int stateLimit : new int[] {OrbitEnumerator.BOUND_STATE_LIMIT, 3}) {
            OrbitEnumerator e = new OrbitEnumerator(w, v, skipSplits, stateLimit);
            for (long threshold : thresholds) {
                Set<Orbit> seen = new HashSet<>();
                e.enumerateStrata(new OrbitEnumerator.Visitor() {
                    @Override
                    public long threshold() {
                        return threshold;
                    }

                    @Override
                    public boolean visit(long dim, Supplier<Orbit> orbit) {
                        Orbit o = orbit.get();
                        assertEquals(o.dimension(), dim, o.toString());
                        assertTrue(seen.add(o), "repeated " + o);
                        return true;
                    }
                });
                Set<Orbit> expected = new HashSet<>();
                bounds.forEach((o, b) -> {
                    if (b > threshold) {
                        expected.add(o);
                    }
                });
                assertEquals(expected, seen, "threshold " + threshold + ", memo of " + stateLimit + " states");
                if (!expected.isEmpty() && expected.size() < bounds.size()) {
                    prunedSome++;
                }
            }
        }
        assertTrue(max == min || prunedSome > 0, "no threshold separated the orbits");
        return infeasible[0];
    }

    /** {@code |Z|} from the definition: the union of the pair rule's blocks, counted cell by cell. */
    static long zerosByBlocks(Orbit o) {
        int n = o.widths().depth();
        java.util.List<int[]> rows = o.basis(0);
        java.util.List<int[]> cols = o.basis(n);
        boolean[][] z = new boolean[rows.size()][cols.size()];
        for (int k = 1; k <= n; k++) {
            for (int j = k + 1; j <= n; j++) {
                if (j > k + 1 && o.pathRank(j - 1, k + 1) == 0) {
                    continue;
                }
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < cols.size(); c++) {
                        if (rows.get(r)[1] >= k - 1 && cols.get(c)[0] <= j) {
                            z[r][c] = true;
                        }
                    }
                }
            }
        }
        long count = 0;
        for (boolean[] row : z) {
            for (boolean cell : row) {
                count += cell ? 1 : 0;
            }
        }
        return count;
    }

    /** All multiplicity vectors m[a][b] with the right dimension vector and allowed intervals. */
    static long bruteForce(Widths w, ZeroConditions v) {
        int n = w.depth();
        int[][] intervals = new int[(n + 1) * (n + 2) / 2][];
        int k = 0;
        for (int a = 0; a <= n; a++) {
            for (int b = a; b <= n; b++) {
                intervals[k++] = new int[] {a, b};
            }
        }
        return count(w, v, intervals, 0, new int[n + 1]);
    }

    private static long count(Widths w, ZeroConditions v, int[][] intervals, int idx, int[] used) {
        if (idx == intervals.length) {
            for (int t = 0; t < used.length; t++) {
                if (used[t] != w.d(t)) {
                    return 0;
                }
            }
            return 1;
        }
        int a = intervals[idx][0];
        int b = intervals[idx][1];
        long total = 0;
        int max = b > v.deadline(a) ? 0 : Integer.MAX_VALUE;
        for (int m = 0; m <= max; m++) {
            boolean fits = true;
            for (int t = a; t <= b; t++) {
                fits &= used[t] + m <= w.d(t);
            }
            if (!fits) {
                break;
            }
            for (int t = a; t <= b; t++) {
                used[t] += m;
            }
            total += count(w, v, intervals, idx + 1, used);
            for (int t = a; t <= b; t++) {
                used[t] -= m;
            }
        }
        return total;
    }
}
