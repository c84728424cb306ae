package dlnkit.variety;

import dlnkit.model.Widths;
import dlnkit.progress.ProgressListener;
import java.util.List;
import java.util.function.Supplier;

/**
 * Enumerates the strata of {@code A_H}: the orbits whose pairs {@code {W_j, M}} hold and whose zero
 * pattern admits a full-rank {@code C}. The pairs with {@code M} hold exactly on the union over
 * {@code n = 1..N-1} of {@code V_n = {W_{n:1} = 0, W_{N:n+1} = 0}} (if {@code W_{j-1:1} = 0} for
 * {@code j > n} and {@code W_{N:j+1} = 0} for {@code j <= n}, take the largest such {@code n}), so the
 * orbits of each {@code V_n} are enumerated (with the pruning of {@link OrbitEnumerator}), balanced splits
 * first, and an orbit is taken in the first {@code V_n} (in that order) that contains it. With {@code useReversal} and palindromic widths, an
 * orbit is skipped when its reversal is smaller in {@link Orbit#compareTo} order (reversal preserves the
 * stratum's image dimension).
 */
public final class StrataEnumerator {
    /** Receives strata and steers the pruning. */
    public interface Visitor {
        /**
         * Strata with {@code dim O - |Z| <=} this are skipped, with their orbits (neither built; the search prunes
         * them with {@link OrbitEnumerator#enumerateStrata}).
         */
        long threshold();

        /** @return false to stop */
        boolean visit(Stratum stratum, long orbitDimension);
    }

    /** What was done. */
    public record Stats(long orbitsVisited, long strataVisited, long skippedBySymmetry, long infeasible,
            boolean stoppedEarly) {
    }

    /**
     * States of the stratum bound kept over all the splits, each split its share (at least {@link #MIN_SPLIT_STATES}):
     * at some 70 bytes a state, a sixth of the heap. A split's memo that is full is cleared and refilled, so the
     * bound's memory stays bounded however deep the network, at the price of computing some states again.
     */
    static final int STATE_BUDGET = (int) Math.max(1_000_000, Math.min(50_000_000, Runtime.getRuntime().maxMemory() / 6 / 70));
    static final int MIN_SPLIT_STATES = 100_000;

    private final Widths widths;
    private final boolean useReversal;
    /** The enumerator of each split, kept so that its stratum bounds serve every enumeration. */
    private final OrbitEnumerator[] bySplit;

    public StrataEnumerator(Widths widths, boolean useReversal) {
        this.widths = widths;
        this.useReversal = useReversal && widths.equals(widths.reversed());
        int n = widths.depth();
        this.bySplit = new OrbitEnumerator[Math.max(n, 1)];
        int[] order = splitOrder(n);
        for (int index = 0; index < order.length; index++) {
            int split = order[index];
            bySplit[split] = new OrbitEnumerator(widths,
                    new ZeroConditions(n, List.of(new PathCondition(split, 1), new PathCondition(n, split + 1))),
                    java.util.Arrays.copyOf(order, index), Math.max(MIN_SPLIT_STATES, STATE_BUDGET / order.length));
        }
    }

    public boolean usesReversal() {
        return useReversal;
    }

    public Stats enumerate(Visitor visitor) {
        return enumerate(visitor, ProgressListener.NONE);
    }

    /** Every stratum, nothing pruned; {@code action} returns false to stop. */
    public Stats forEach(java.util.function.Predicate<Stratum> action) {
        return enumerate(new Visitor() {
            @Override
            public long threshold() {
                return Long.MIN_VALUE;
            }

            @Override
            public boolean visit(Stratum stratum, long orbitDimension) {
                return action.test(stratum);
            }
        });
    }

    /** As {@link #enumerate(Visitor)}; {@code progress} hears of each split done, out of all splits. */
    public Stats enumerate(Visitor visitor, ProgressListener progress) {
        int n = widths.depth();
        long[] counts = new long[4]; // orbits, strata, symmetry, infeasible
        boolean stopped = false;
        int[] order = splitOrder(n);
        for (int index = 0; index < order.length && !stopped; index++) {
            final int split = order[index];
            final int position = index;
            OrbitEnumerator.Stats s = bySplit[split].enumerateStrata(new OrbitEnumerator.Visitor() {
                @Override
                public long threshold() {
                    return visitor.threshold();
                }

                @Override
                public boolean visit(long dim, Supplier<Orbit> supplier) {
                    counts[0]++;
                    Stratum stratum = admit(supplier.get(), order, position, counts);
                    return stratum == null || visitor.visit(stratum, dim);
                }
            });
            stopped = s.stoppedEarly();
            progress.update(index + 1, order.length);
        }
        return new Stats(counts[0], counts[1], counts[2], counts[3], stopped);
    }

    /** A split of {@link #collect} with a cap stops after visiting more than this many orbits. */
    public static final long ORBIT_CAP = 4_000_000;

    /** A stratum with the dimension of its orbit. */
    public record Found(Stratum stratum, long orbitDimension) {
    }

    /** The strata kept by a {@link #collect} and what the enumeration did. */
    public record Collected(List<Found> strata, Stats stats) {
    }

    /**
     * Every stratum with {@code dim O - |Z|} above {@code threshold} that {@code keep} accepts, in the order of
     * {@link #enumerate}. The splits {@code n} are enumerated as independent tasks on {@code pool} (or on the calling
     * thread when it is null) and concatenated in split order, so the result does not depend on the pool.
     */
    public Collected collect(long threshold, java.util.function.BiPredicate<Stratum, Long> keep,
            java.util.concurrent.ExecutorService pool) {
        return collect(threshold, keep, pool, Integer.MAX_VALUE);
    }

    /**
     * As {@link #collect(long, java.util.function.BiPredicate, java.util.concurrent.ExecutorService)}, but a split
     * stops after keeping more than {@code cap} strata or visiting more than {@link #ORBIT_CAP} orbits; the result then has {@link Stats#stoppedEarly()} set and must
     * not be used as complete.
     */
    public Collected collect(long threshold, java.util.function.BiPredicate<Stratum, Long> keep,
            java.util.concurrent.ExecutorService pool, int cap) {
        int n = widths.depth();
        int[] order = splitOrder(n);
        List<java.util.concurrent.Callable<Collected>> tasks = new java.util.ArrayList<>();
        for (int index = 0; index < order.length; index++) {
            final int position = index;
            tasks.add(() -> collectSplit(order, position, threshold, keep, cap, cap == Integer.MAX_VALUE ? Long.MAX_VALUE : ORBIT_CAP));
        }
        List<Collected> parts = new java.util.ArrayList<>();
        if (pool == null) {
            for (java.util.concurrent.Callable<Collected> t : tasks) {
                try {
                    parts.add(t.call());
                } catch (Exception e) {
                    throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
                }
            }
        } else {
            try {
                for (java.util.concurrent.Future<Collected> f : pool.invokeAll(tasks)) {
                    parts.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
        }
        List<Found> all = new java.util.ArrayList<>();
        long[] counts = new long[4];
        boolean capped = false;
        for (Collected c : parts) {
            capped |= c.stats().stoppedEarly();
            all.addAll(c.strata());
            counts[0] += c.stats().orbitsVisited();
            counts[1] += c.stats().strataVisited();
            counts[2] += c.stats().skippedBySymmetry();
            counts[3] += c.stats().infeasible();
        }
        capped |= all.size() > cap;
        return new Collected(capped ? List.of() : all, new Stats(counts[0], counts[1], counts[2], counts[3], capped));
    }

    private Collected collectSplit(int[] order, int position, long threshold, java.util.function.BiPredicate<Stratum, Long> keep,
            int cap, long orbitCap) {
        int split = order[position];
        long[] counts = new long[4];
        List<Found> found = new java.util.ArrayList<>();
        OrbitEnumerator.Stats done = bySplit[split].enumerateStrata(new OrbitEnumerator.Visitor() {
            @Override
            public long threshold() {
                return threshold;
            }

            @Override
            public boolean visit(long dim, Supplier<Orbit> supplier) {
                counts[0]++;
                Stratum stratum = admit(supplier.get(), order, position, counts);
                if (stratum == null) {
                    return true;
                }
                if (keep.test(stratum, dim)) {
                    found.add(new Found(stratum, dim));
                }
                return found.size() <= cap && counts[0] <= orbitCap;
            }
        });
        return new Collected(found, new Stats(counts[0], counts[1], counts[2], counts[3], done.stoppedEarly()));
    }

    /** The splits {@code 1..N-1}, middle first: balanced splits leave the most room, so large strata come early. */
    static int[] splitOrder(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n - 1).boxed()
                .sorted(java.util.Comparator.comparingDouble((Integer k) -> Math.abs(k - n / 2.0)).thenComparingInt(k -> k))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * The stratum of an orbit reached under split {@code order[position]}, or null when the orbit is skipped: it lies
     * in the subvariety of an earlier split (counted there), its reversal is evaluated instead ({@code counts[2]}), or
     * the cyclic pair rule admits no zero pattern of C ({@code counts[3]}). Admitted strata are counted in
     * {@code counts[1]}.
     */
    private Stratum admit(Orbit o, int[] order, int position, long[] counts) {
        int n = widths.depth();
        for (int e = 0; e < position; e++) {
            int earlier = order[e];
            if (o.pathRank(earlier, 1) == 0 && o.pathRank(n, earlier + 1) == 0) {
                return null;
            }
        }
        if (useReversal && o.compareReversedToThis() < 0) {
            counts[2]++;
            return null;
        }
        java.util.Optional<Stratum> stratum = Stratum.of(o);
        if (stratum.isEmpty()) {
            counts[3]++;
            return null;
        }
        counts[1]++;
        return stratum.get();
    }
}
