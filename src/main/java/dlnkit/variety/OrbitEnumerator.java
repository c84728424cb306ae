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

    private final Widths widths;
    private final ZeroConditions v;
    private final int n;
    private final int[] deadline;

    public OrbitEnumerator(Widths widths, ZeroConditions v) {
        dlnkit.model.Checks.require(v.depth() == widths.depth(), "conditions", "depth " + widths.depth(), v.depth());
        this.widths = widths;
        this.v = v;
        this.n = widths.depth();
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
        long group = 0;
        for (int t = 0; t <= n; t++) {
            group += (long) widths.d(t) * widths.d(t);
        }
        Search s = new Search(visitor, group);
        int[] open = new int[n + 1];
        open[0] = widths.d(0);
        boolean completed = s.step(1, open, 0);
        return new Stats(s.visited, s.pruned, !completed);
    }

    private final class Search {
        final Visitor visitor;
        final long group;
        final int[][] m = new int[n + 1][n + 1];
        long visited;
        long pruned;

        Search(Visitor visitor, long group) {
            this.visitor = visitor;
            this.group = group;
        }

        /** Decides vertex {@code t} (or closes everything at {@code t = N + 1}); {@code hom} counted so far. */
        boolean step(int t, int[] open, long hom) {
            if (t == n + 1) {
                long h = hom + closeBatch(open, new int[n + 1], n);
                visited++;
                long dim = group - h;
                boolean go = dim <= visitor.threshold() || visitor.visit(dim, () -> Orbit.fromValidTable(widths, m));
                undoBatch(open, new int[n + 1], n);
                return go;
            }
            return transitions(t, open, (cont, fresh) -> {
                long h = hom + closeBatch(open, cont, t - 1);
                boolean go = true;
                if (group - h <= visitor.threshold()) {
                    pruned++;
                } else {
                    int[] next = cont.clone();
                    next[t] = fresh;
                    go = step(t + 1, next, h);
                }
                undoBatch(open, cont, t - 1);
                return go;
            });
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
