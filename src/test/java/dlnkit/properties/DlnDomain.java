package dlnkit.properties;

import dlnkit.image.OrbitPoints;
import dlnkit.model.Data;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.variety.Orbit;
import dlnkit.variety.PathCondition;
import dlnkit.variety.ZeroConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The one place where the property suites get their inputs: bounded widths and depths, path-zero families
 * ({@link ZeroConditions}) and structured points (random orbits with zero and rank-deficient layers). jqwik looks
 * up a domain's providers by type, so each kind of case is its own record; each record carries the seed from
 * which its random points are drawn, and its {@code toString} is all a failure report needs to reproduce it.
 *
 * <p>Bounds: depth {@code 1..6} (fewer where a case needs more layers), every width {@code 1..3}, seeds
 * {@code 1..10^9}, one to three conditions (up to four for nested pairs), continuation probabilities {@code 0.1..1}.
 * Use with {@code @Domain(DlnDomain.class)} (and {@code @Domain(DomainContext.Global.class)} for plain numbers).
 */
public class DlnDomain extends DomainContextBase {
    public static final int MAX_DEPTH = 6;
    public static final int MAX_WIDTH = 3;

    /** Widths of depth {@code minDepth..maxDepth}, every entry in {@code 1..MAX_WIDTH}. */
    public static Arbitrary<Widths> widths(int minDepth, int maxDepth) {
        return depths(minDepth, maxDepth).flatMap(n -> Arbitraries.integers().between(1, MAX_WIDTH).list().ofSize(n + 1))
                .map(Widths::new);
    }

    /** Depths {@code min..max}, shrinking towards {@code min}. */
    public static Arbitrary<Integer> depths(int min, int max) {
        return Arbitraries.integers().between(min, max);
    }

    static Arbitrary<Long> seeds() {
        return Arbitraries.longs().between(1, 1_000_000_000L);
    }

    /** A path {@code W_{top:bottom}} of a depth-{@code n} network, any length. */
    static Arbitrary<PathCondition> paths(int n) {
        Arbitrary<Integer> layer = Arbitraries.integers().between(1, n);
        return Combinators.combine(layer, layer).as((a, b) -> new PathCondition(Math.max(a, b), Math.min(a, b)));
    }

    static Arbitrary<List<PathCondition>> pathLists(int n, int min, int max) {
        return paths(n).list().ofMinSize(min).ofMaxSize(max);
    }

    /** A zero layer or a product of two layers: short paths, rarely implied by conditions already present. */
    static Arbitrary<PathCondition> shortPaths(int n) {
        return Combinators.combine(Arbitraries.integers().between(1, n), Arbitraries.integers().between(0, 1))
                .as((bottom, extra) -> new PathCondition(Math.min(n, bottom + extra), bottom));
    }

    /** Widths of depth 1..6 with entries 1..3. */
    @Provide
    public Arbitrary<Widths> anyWidths() {
        return widths(1, MAX_DEPTH);
    }

    /**
     * A path-zero subvariety {@code V}: three times in four one to three random conditions {@code W_{a:b} = 0} (single
     * layers and longer paths), otherwise three pairwise disjoint paths (so that {@code V} lies in {@code A_H}). At least
     * one condition: {@code RestrictedDimension} fails on the empty list, see {@code RestrictedDimensionProperties}.
     */
    public record Subvariety(Widths widths, ZeroConditions conditions, long seed) {
        @Override
        public String toString() {
            return "widths " + widths + ", V = {" + conditions + "}, seed " + seed;
        }
    }

    @Provide
    public Arbitrary<Subvariety> subvarieties() {
        Arbitrary<Subvariety> random = widths(1, MAX_DEPTH).flatMap(w -> Combinators.combine(pathLists(w.depth(), 1, 3), seeds())
                .as((paths, seed) -> new Subvariety(w, new ZeroConditions(w.depth(), paths), seed)));
        Arbitrary<Subvariety> threeDisjoint = widths(3, MAX_DEPTH).flatMap(w -> Combinators.combine(disjointTriples(w.depth()), seeds())
                .as((paths, seed) -> new Subvariety(w, new ZeroConditions(w.depth(), paths), seed)));
        return Arbitraries.frequencyOf(Tuple.of(3, random), Tuple.of(1, threeDisjoint));
    }

    /**
     * {@code smaller} adds one or two short conditions to {@code larger}, so {@code smaller} lies inside {@code larger}
     * (they are equal when the additions are implied).
     */
    public record NestedSubvarieties(Widths widths, ZeroConditions larger, ZeroConditions smaller, long seed) {
        @Override
        public String toString() {
            return "widths " + widths + ", V = {" + smaller + "} inside V' = {" + larger + "}, seed " + seed;
        }
    }

    @Provide
    public Arbitrary<NestedSubvarieties> nestedSubvarieties() {
        return widths(1, MAX_DEPTH).flatMap(w -> {
            int n = w.depth();
            return Combinators.combine(pathLists(n, 1, 2), shortPaths(n).list().ofMinSize(1).ofMaxSize(2), seeds()).as((base, extra, seed) -> {
                List<PathCondition> all = new ArrayList<>(base);
                all.addAll(extra);
                return new NestedSubvarieties(w, new ZeroConditions(n, base), new ZeroConditions(n, all), seed);
            });
        });
    }

    /**
     * Three pairwise disjoint paths (no layer in common; neighbouring paths may share a vertex), for depth 3..6.
     * Disjoint layer intervals {@code b1 <= t1 < b2 <= t2 < b3 <= t3} correspond one to one to six increasing
     * numbers {@code b1 < t1+1 < b2+1 < t2+2 < b3+2 < t3+3} in {@code 1..N+3}, so a uniform 6-subset gives a
     * uniform triple. The point's orbit is drawn in {@code V} with continuation probability {@code keep}.
     */
    public record DisjointZeroPaths(Widths widths, List<PathCondition> paths, double keep, long seed) {
        public ZeroConditions conditions() {
            return new ZeroConditions(widths.depth(), paths);
        }

        public Orbit orbit() {
            return randomOrbitIn(widths, conditions(), keep, new Random(seed));
        }

        @Override
        public String toString() {
            return "widths " + widths + ", zero paths " + paths + ", keep " + keep + ", seed " + seed;
        }
    }

    @Provide
    public Arbitrary<DisjointZeroPaths> disjointZeroPaths() {
        return widths(3, MAX_DEPTH).flatMap(w -> Combinators.combine(disjointTriples(w.depth()), keeps(), seeds())
                .as((p, keep, seed) -> new DisjointZeroPaths(w, p, keep, seed)));
    }

    /** Three pairwise disjoint paths of a depth-{@code n} network, uniformly (see {@link DisjointZeroPaths}). */
    static Arbitrary<List<PathCondition>> disjointTriples(int n) {
        return Arbitraries.integers().between(1, n + 3).set().ofSize(6).map(set -> {
            int[] x = set.stream().mapToInt(Integer::intValue).sorted().toArray();
            return List.of(new PathCondition(x[1] - 1, x[0]), new PathCondition(x[3] - 2, x[2] - 1),
                    new PathCondition(x[5] - 3, x[4] - 2));
        });
    }

    /**
     * Two zero layers {@code W_i = W_j = 0}, {@code j < i}: adjacent ({@code i = j + 1}, depth 2..6) one time in
     * four, otherwise apart ({@code i >= j + 2}, depth 3..6), where the identity is a cancellation of nonzero traces.
     */
    public record ZeroLayerPair(Widths widths, int i, int j, double keep, long seed) {
        public ZeroConditions conditions() {
            return new ZeroConditions(widths.depth(), List.of(new PathCondition(i, i), new PathCondition(j, j)));
        }

        @Override
        public String toString() {
            return "widths " + widths + ", W_" + i + " = W_" + j + " = 0, keep " + keep + ", seed " + seed;
        }
    }

    @Provide
    public Arbitrary<ZeroLayerPair> zeroLayerPairs() {
        Arbitrary<ZeroLayerPair> adjacent = widths(2, MAX_DEPTH).flatMap(w -> Combinators.combine(
                Arbitraries.integers().between(1, w.depth() - 1), keeps(), seeds()).as((j, keep, seed) -> new ZeroLayerPair(w, j + 1, j, keep, seed)));
        Arbitrary<ZeroLayerPair> apart = widths(3, MAX_DEPTH).flatMap(w -> {
            Arbitrary<List<Integer>> pair = Arbitraries.integers().between(1, w.depth()).set().ofSize(2)
                    .map(s -> s.stream().sorted().toList()).filter(p -> p.get(1) >= p.get(0) + 2);
            return Combinators.combine(pair, keeps(), seeds()).as((p, keep, seed) -> new ZeroLayerPair(w, p.get(1), p.get(0), keep, seed));
        });
        return Arbitraries.frequencyOf(Tuple.of(1, adjacent), Tuple.of(3, apart));
    }

    /** How a structured point is built. */
    public enum Shape {
        /** independent Gaussian layers: generic */
        GAUSSIAN,
        /** Gaussian, then one or two layers set to zero */
        ZERO_LAYERS,
        /** Gaussian, then one layer replaced by a product of rank {@code min(d_t, d_{t-1}) - 1} */
        RANK_DEFICIENT,
        /** {@code g_t N_t g_{t-1}^{-1}} on a random orbit: zero paths, aligned kernels, rank-deficient products */
        ORBIT
    }

    /** A point of parameter space of the given shape (depth 2..6, so that delta has a component), with Gaussian data. */
    public record StructuredPoint(Widths widths, Shape shape, double keep, long seed) {
        public Network network() {
            Random rng = new Random(seed);
            Network w = Network.gaussian(widths, 1.0, rng);
            int n = widths.depth();
            switch (shape) {
                case GAUSSIAN -> {
                }
                case ZERO_LAYERS -> {
                    int count = 1 + rng.nextInt(Math.min(2, n));
                    for (int k = 0; k < count; k++) {
                        int t = 1 + rng.nextInt(n);
                        w = w.withLayer(t, Matrix.zeros(widths.d(t), widths.d(t - 1)));
                    }
                }
                case RANK_DEFICIENT -> {
                    int t = 1 + rng.nextInt(n);
                    int rank = Math.min(widths.d(t), widths.d(t - 1)) - 1;
                    w = w.withLayer(t, Matrix.gaussian(widths.d(t), rank, 1.0, rng)
                            .times(Matrix.gaussian(rank, widths.d(t - 1), 1.0, rng)));
                }
                case ORBIT -> w = OrbitPoints.floating(Orbit.random(widths, keep, rng), rng);
            }
            return w;
        }

        /** Gaussian data with {@code d_0 + 2} samples, from a stream separate from the point's. */
        public Data data() {
            return Data.gaussian(widths, widths.d(0) + 2, new Random(~seed));
        }

        @Override
        public String toString() {
            return "widths " + widths + ", " + shape + " point, keep " + keep + ", seed " + seed;
        }
    }

    @Provide
    public Arbitrary<StructuredPoint> structuredPoints() {
        return Combinators.combine(widths(2, MAX_DEPTH), Arbitraries.of(Shape.class), keeps(), seeds()).as(StructuredPoint::new);
    }

    /** Continuation probabilities of random orbits: small values give zero and rank-deficient layers. */
    static Arbitrary<Double> keeps() {
        return Arbitraries.doubles().between(0.1, 1.0).ofScale(2);
    }

    /**
     * A random orbit inside {@code V}, built vertex by vertex: an open interval {@code [a, t-1]} continues to vertex
     * {@code t} with probability {@code keep} if {@code V} allows it ({@code t <= deadline(a)}) and there is room,
     * otherwise it ends; new intervals start at {@code t} to make up {@code d_t}. Every interval respects the
     * deadlines, so the orbit lies in {@code V}; with {@code keep} near 1 the paths of {@code V} vanish through
     * rank-deficient products rather than zero layers. (Independent of {@link dlnkit.variety.OrbitEnumerator}.)
     */
    public static Orbit randomOrbitIn(Widths widths, ZeroConditions v, double keep, Random rng) {
        return Orbit.random(widths, v, keep, rng);
    }
}
