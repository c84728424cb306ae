package dlnkit.variety;

import dlnkit.model.Checks;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Closures of orbits inside a path-zero subvariety {@code V}. {@code V} is the finite union of the
 * orbits it contains, so its irreducible components are the closures of the orbits that are maximal
 * in the degeneration order, which for this quiver is the order of path ranks
 * ({@link PathRanks#atLeast}).
 */
public final class OrbitClosures {
    private OrbitClosures() {
    }

    /** True when {@code lower} lies in the closure of {@code upper}. */
    public static boolean contains(Orbit upper, Orbit lower) {
        return PathRanks.of(upper).atLeast(PathRanks.of(lower));
    }

    /**
     * The orbits of {@code V} whose closure strictly contains {@code orbit}'s, found by enumerating all
     * orbits of {@code V}; empty when {@code V} has more than {@code countLimit} orbits (too many to
     * look through).
     */
    public static Optional<List<Orbit>> strictlyAbove(Orbit orbit, ZeroConditions v, int countLimit) {
        Checks.require(orbit.liesIn(v), "orbit " + orbit, "an orbit inside V = " + v, "an orbit outside V");
        OrbitEnumerator enumerator = new OrbitEnumerator(orbit.widths(), v);
        Optional<BigInteger> count = enumerator.count(countLimit);
        if (count.isEmpty() || count.get().compareTo(BigInteger.valueOf(countLimit)) > 0) {
            return Optional.empty();
        }
        PathRanks ranks = PathRanks.of(orbit);
        List<Orbit> above = new ArrayList<>();
        enumerator.enumerate(new OrbitEnumerator.Visitor() {
            @Override
            public long threshold() {
                return -1; // prune nothing
            }

            @Override
            public boolean visit(long orbitDimension, java.util.function.Supplier<Orbit> supplier) {
                Orbit other = supplier.get();
                if (!other.equals(orbit) && PathRanks.of(other).atLeast(ranks)) {
                    above.add(other);
                }
                return true;
            }
        });
        return Optional.of(List.copyOf(above));
    }

    /**
     * Whether the closure of {@code orbit} is an irreducible component of {@code V} (no orbit of
     * {@code V} lies strictly above it); empty when {@code V} has too many orbits to check.
     */
    public static Optional<Boolean> isComponent(Orbit orbit, ZeroConditions v, int countLimit) {
        return strictlyAbove(orbit, v, countLimit).map(List::isEmpty);
    }
}
