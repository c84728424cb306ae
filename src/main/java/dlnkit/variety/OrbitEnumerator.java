package dlnkit.variety;

import dlnkit.model.Widths;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Enumerates the orbits inside a path-zero subvariety {@code V}, depth first, vertex by vertex:
 * at vertex {@code t} each interval still open either continues to {@code t} (if {@code V} allows
 * it) or ends at {@code t - 1}, and new intervals start at {@code t} to make up {@code d_t}.
 * Continuing is tried first, so long intervals (large orbits) come early.
 *
 * <p>Pruning: {@code dim End(M) = sum m_I m_J dim Hom(I, J)} is accumulated as intervals close (every
 * pair is counted once, when the first of the two closes, see {@link Orbit#hom}), so
 * {@code sum d_t^2 - (the part counted so far)} bounds the dimension of every orbit below the current
 * node. A subtree whose bound does not exceed {@link Visitor#threshold()} is skipped.
 *
 * <p>{@link #enumerateStrata} prunes by the stratum bound {@code dim O - |Z|} instead
 * (proofs-notes/08-largest-first-strata.md): the zeros of {@code C} are counted as the search goes (a column
 * {@code [a, N]} of {@code C} vanishes on the rows {@code [0, b]} with {@code b >= X(a) - 1}, {@code X(a)} the
 * smallest start of an interval alive at {@code a - 1}), and the best completion of every search state (vertex, open
 * intervals, their zero counts, rows closed) is computed once by dynamic programming and kept, so a subtree is
 * entered only when one of its orbits has {@code dim O - |Z|} above the threshold.
 */
public final class OrbitEnumerator {
    /** Receives the orbits of {@code V} and steers the pruning. */
    public interface Visitor {
        /** Subtrees whose orbits all have dimension {@code <=} this are skipped. */
        long threshold();

        /**
         * One orbit of {@code V} with dimension above the threshold at the time its subtree was entered.
         *
         * @return false to stop the enumeration
         */
        boolean visit(long orbitDimension, Supplier<Orbit> orbit);
    }

    /** What an enumeration did. */
    public record Stats(long orbitsVisited, long subtreesPruned, boolean stoppedEarly) {
    }

    /** States of the stratum bound kept at most; when full, the memo is cleared and the states met next are kept. */
    static final int BOUND_STATE_LIMIT = 3_000_000;
    /** The completion value of an orbit that is skipped (an earlier split's): safe to add to, and below NONE / 2 after that. */
    private static final long NONE = Long.MIN_VALUE / 4;

    private final Widths widths;
    private final ZeroConditions v;
    private final int n;
    private final int[] deadline;
    private final int[] skipSplits;
    /** Best completions of {@link #enumerateStrata}'s states, kept across calls; null once a state does not fit it. */
    private StateMemo completions;

    public OrbitEnumerator(Widths widths, ZeroConditions v) {
        this(widths, v, new int[0]);
    }

    /**
     * An enumerator whose {@link #enumerateStrata} also skips the orbits that lie in a subvariety
     * {@code V_e = {W_{e:1} = 0, W_{N:e+1} = 0}} for some {@code e} in {@code skipSplits} (the strata enumeration takes
     * those under an earlier split).
     */
    public OrbitEnumerator(Widths widths, ZeroConditions v, int[] skipSplits) {
        this(widths, v, skipSplits, BOUND_STATE_LIMIT);
    }

    /**
     * As {@link #OrbitEnumerator(Widths, ZeroConditions, int[])}, keeping at most {@code stateLimit} states of the
     * stratum bound (when full, it is cleared and refilled).
     */
    public OrbitEnumerator(Widths widths, ZeroConditions v, int[] skipSplits, int stateLimit) {
        dlnkit.model.Checks.require(v.depth() == widths.depth(), "conditions", "depth " + widths.depth(), v.depth());
        this.widths = widths;
        this.v = v;
        this.n = widths.depth();
        this.skipSplits = skipSplits.clone();
        this.completions = new StateMemo(stateLimit);
        this.deadline = new int[n + 1];
        for (int a = 0; a <= n; a++) {
            deadline[a] = v.deadline(a);
        }
    }

    public ZeroConditions conditions() {
        return v;
    }

    /** Receives each way to advance from vertex {@code t - 1} to {@code t}. */
    private interface Transition {
        /** {@code cont[a]} intervals starting at {@code a} continue; {@code fresh} start at {@code t}. @return false to stop */
        boolean accept(int[] cont, int fresh);
    }

    /** All ways to continue the open intervals to vertex {@code t}, most continuation first. */
    private boolean transitions(int t, int[] open, Transition sink) {
        return choose(t, open, 0, new int[n + 1], widths.d(t), sink);
    }

    private boolean choose(int t, int[] open, int a, int[] cont, int room, Transition sink) {
        if (a == t) {
            return sink.accept(cont, room);
        }
        int max = deadline[a] >= t ? Math.min(open[a], room) : 0;
        for (int c = max; c >= 0; c--) {
            cont[a] = c;
            if (!choose(t, open, a + 1, cont, room - c, sink)) {
                cont[a] = 0;
                return false;
            }
        }
        cont[a] = 0;
        return true;
    }

    /** Enumerates with pruning; returns what was done. */
    public Stats enumerate(Visitor visitor) {
        return run(visitor, false);
    }

    /**
     * Enumerates the orbits with a non-empty stratum ({@link Stratum#of}: a full-rank {@code C} has the zeros the
     * cyclic pair rule forces) and {@code dim O - |Z|} above {@link Visitor#threshold()}, where {@code |Z|} is the
     * number of those zeros ({@link Stratum#zeroCount()}); a subtree is skipped when it holds no such orbit. The visitor
     * receives the orbits with their dimension {@code dim O}. Depth at least 2.
     * Not thread-safe: the kept completions are shared by the calls on this enumerator.
     */
    public Stats enumerateStrata(Visitor visitor) {
        dlnkit.model.Checks.require(widths.depth() >= 2, "depth", "at least 2 for strata", widths.depth());
        return run(visitor, true);
    }

    private Stats run(Visitor visitor, boolean strata) {
        long group = 0;
        for (int t = 0; t <= n; t++) {
            group += (long) widths.d(t) * widths.d(t);
        }
        Search s = new Search(visitor, group, strata);
        int[] open = new int[n + 1];
        open[0] = widths.d(0);
        boolean completed = s.step(1, open, 0);
        return new Stats(s.visited, s.pruned, !completed);
    }


    private final class Search {
        final Visitor visitor;
        final long group;
        final boolean strata;
        final int[][] m = new int[n + 1][n + 1];
        /** {@code zs[a]}: zeros of C in the column of an interval starting at {@code a}, should it reach N. */
        final int[] zs = new int[n + 1];
        long visited;
        long pruned;

        Search(Visitor visitor, long group, boolean strata) {
            this.visitor = visitor;
            this.group = group;
            this.strata = strata;
            zs[0] = widths.d(0); // the column of [0, N] vanishes on every row
        }

        /** Decides vertex {@code t} (or closes everything at {@code t = N + 1}); {@code hom} counted so far. */
        boolean step(int t, int[] open, long hom) {
            if (t == n + 1) {
                long h = hom + closeBatch(open, new int[n + 1], n);
                visited++;
                long dim = group - h;
                boolean skip = strata && (inSkippedSplit(open, lastRowEnd()) || !fullRankPossible(open)
                        || dim - zeros(open) <= visitor.threshold());
                boolean go = skip || dim <= visitor.threshold() || visitor.visit(dim, () -> Orbit.fromValidTable(widths, m));
                undoBatch(open, new int[n + 1], n);
                return go;
            }
            int saved = zs[t];
            if (strata) {
                zs[t] = freshZeros(t, open);
            }
            boolean result = transitions(t, open, (cont, fresh) -> {
                long h = hom + closeBatch(open, cont, t - 1);
                boolean go = true;
                int[] next = cont.clone();
                next[t] = fresh;
                long bound = group - h;
                if (strata && bound > visitor.threshold()) {
                    long c = completion(t + 1, next);
                    bound = c <= NONE / 2 ? Long.MIN_VALUE : bound + c;
                }
                if (bound <= visitor.threshold() || bound == Long.MIN_VALUE) {
                    pruned++;
                } else {
                    go = step(t + 1, next, h);
                }
                undoBatch(open, cont, t - 1);
                return go;
            });
            zs[t] = saved;
            return result;
        }

        /** The largest end of a closed row {@code [0, b]}, or -1. */
        int lastRowEnd() {
            for (int b = n; b >= 0; b--) {
                if (m[0][b] > 0) {
                    return b;
                }
            }
            return -1;
        }

        /**
         * True when the orbit with rows ending by {@code rowEnd} and intervals {@code open} alive at N lies in
         * {@code V_e} for a skipped split {@code e}: no interval covers {@code [0, e]} ({@code rowEnd < e}) and none covers
         * {@code [e, N]} ({@code e <} the smallest start alive at N).
         */
        boolean inSkippedSplit(int[] open, int rowEnd) {
            int firstColumn = n + 1;
            for (int a = 0; a <= n; a++) {
                if (open[a] > 0) {
                    firstColumn = a;
                    break;
                }
            }
            for (int e : skipSplits) {
                if (rowEnd < e && e < firstColumn) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when a {@code d_0 x d_N} matrix of full rank vanishes on the zeros of the orbit whose intervals alive at N
         * are {@code open}. The column of an interval starting at {@code a} may be nonzero on {@code d_0 - zs[a]} rows, the
         * rows {@code [0, b]} with the smallest ends, so these sets are nested; for nested sets a greedy matching (columns
         * by increasing set) is a largest one: the k-th column is matched when its set has more than the k - 1 rows
         * matched before (all inside it).
         */
        boolean fullRankPossible(int[] open) {
            int d0 = widths.d(0);
            int[] free = new int[d0 + 1];
            int columns = 0;
            for (int a = 0; a <= n; a++) {
                free[d0 - zs[a]] += open[a];
                columns += open[a];
            }
            int matched = 0;
            for (int f = 0; f <= d0; f++) {
                for (int k = 0; k < free[f] && matched < f; k++) {
                    matched++;
                }
            }
            return matched == Math.min(d0, columns);
        }

        /** {@code |Z|} of the orbit whose intervals alive at N are {@code open}: the sum of their columns' zeros. */
        long zeros(int[] open) {
            long z = 0;
            for (int a = 0; a <= n; a++) {
                z += (long) open[a] * zs[a];
            }
            return z;
        }

        /**
         * Zeros in the column of an interval starting at {@code t}: the rows {@code [0, b]} with {@code b >= X - 1},
         * {@code X = min(t - 1, smallest start among the intervals alive at t - 1)}; the rows alive at {@code t - 1}
         * all qualify, the closed ones are in {@code m[0]}.
         */
        int freshZeros(int t, int[] open) {
            int x = t - 1;
            for (int a = 0; a < t - 1; a++) {
                if (open[a] > 0) {
                    x = a;
                    break;
                }
            }
            int z = open[0];
            for (int b = Math.max(0, x - 1); b <= t - 2; b++) {
                z += m[0][b];
            }
            return z;
        }

        /**
         * The largest {@code -(hom still to count) - |Z|} over the completions of the state at vertex {@code t - 1}
         * ({@code open}, the zeros {@code zs} of the open intervals that may reach N, the rows closed in {@code m[0]}),
         * computed once and kept; 0 (no bound) when too many states are kept.
         */
        long completion(int t, int[] open) {
            if (completions == null) {
                return 0;
            }
            int[] key = stateKey(t, open);
            long known = completions.get(key, key.length);
            if (known != StateMemo.MISSING) {
                return known;
            }
            long value;
            if (t == n + 1) {
                value = inSkippedSplit(open, open[0] > 0 ? n : lastRowEnd()) || !fullRankPossible(open) ? NONE
                        : -pairsClosing(open, new int[n + 1], n) - zeros(open);
            } else {
                int saved = zs[t];
                zs[t] = freshZeros(t, open);
                long[] best = {Long.MIN_VALUE};
                transitions(t, open, (cont, fresh) -> {
                    long h = closeBatch(open, cont, t - 1);
                    int[] next = cont.clone();
                    next[t] = fresh;
                    long c = completion(t + 1, next);
                    undoBatch(open, cont, t - 1);
                    best[0] = Math.max(best[0], -h + c);
                    return true;
                });
                zs[t] = saved;
                value = best[0];
            }
            if (completions == null) {
                return 0;
            }
            if (completions.full()) {
                // start afresh: states are computed again as the search meets them, memory stays bounded
                completions.clear();
            }
            if (!completions.put(key, key.length, value)) {
                completions = null; // a state that does not fit the memo's bytes: no bound from here on (sound)
                return 0;
            }
            return value;
        }

        /** The state at vertex {@code t - 1}: t, the open intervals, the zeros of those that may reach N, the rows closed. */
        int[] stateKey(int t, int[] open) {
            int[] k = new int[1 + 2 * t + Math.max(0, t - 1)];
            int i = 0;
            k[i++] = t;
            for (int a = 0; a < t; a++) {
                k[i++] = open[a];
                k[i++] = open[a] > 0 && deadline[a] >= n ? zs[a] : 0;
            }
            for (int b = 0; b <= t - 2; b++) {
                k[i++] = m[0][b];
            }
            return k;
        }

        /** The hom pairs {@link #closeBatch} would count, without recording the batch. */
        long pairsClosing(int[] open, int[] cont, int end) {
            long h = closeBatch(open, cont, end);
            undoBatch(open, cont, end);
            return h;
        }

        /**
         * Closes {@code open[a] - cont[a]} intervals {@code [a, end]} and returns the hom pairs this
         * settles: among themselves, {@code hom([a,end],[a',end]) = [a' <= a]}, and with the intervals
         * that continue past {@code end}, {@code hom([a',e'],[a,end]) = [a <= a']} for {@code e' > end}.
         * A pair {@code (I, J)} with {@code J} ending first has {@code hom(I, J) != 0} only if {@code I}
         * started by {@code J}'s end, so it is counted exactly once, when {@code J} closes; pairs with
         * {@code I} ending first have {@code hom(I, J) = 0}.
         */
        long closeBatch(int[] open, int[] cont, int end) {
            long h = 0;
            for (int a = 0; a <= end; a++) {
                int k = open[a] - cont[a];
                if (k == 0) {
                    continue;
                }
                for (int a2 = 0; a2 <= end; a2++) {
                    int k2 = open[a2] - cont[a2];
                    // hom(I, J), J in this batch: start of J <= a
                    if (a2 <= a) {
                        h += (long) k * k2;
                    }
                    // hom(J, I), J continuing: a <= start of J
                    if (a2 >= a) {
                        h += (long) k * cont[a2];
                    }
                }
            }
            for (int a = 0; a <= end; a++) {
                m[a][end] += open[a] - cont[a];
            }
            return h;
        }

        void undoBatch(int[] open, int[] cont, int end) {
            for (int a = 0; a <= end; a++) {
                m[a][end] -= open[a] - cont[a];
            }
        }
    }

    /**
     * The number of orbits in {@code V}, by dynamic programming over the open intervals; empty when
     * the number of intermediate states would exceed {@code stateLimit}.
     */
    public java.util.Optional<BigInteger> count(int stateLimit) {
        Map<IntKey, BigInteger> states = new HashMap<>();
        int[] start = new int[n + 1];
        start[0] = widths.d(0);
        states.put(new IntKey(start), BigInteger.ONE);
        for (int t = 1; t <= n; t++) {
            Map<IntKey, BigInteger> next = new HashMap<>();
            final int vertex = t;
            for (Map.Entry<IntKey, BigInteger> e : states.entrySet()) {
                BigInteger ways = e.getValue();
                transitions(vertex, e.getKey().values, (cont, fresh) -> {
                    int[] k = cont.clone();
                    k[vertex] = fresh;
                    next.merge(new IntKey(k), ways, BigInteger::add);
                    return true;
                });
                if (next.size() > stateLimit) {
                    return java.util.Optional.empty();
                }
            }
            states = next;
        }
        return java.util.Optional.of(states.values().stream().reduce(BigInteger.ZERO, BigInteger::add));
    }

    private record IntKey(int[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IntKey k && java.util.Arrays.equals(k.values, values);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(values);
        }
    }
}
