package dlnkit.variety;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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
        Optional<BigInteger> count = new OrbitEnumerator(orbit.widths(), v).count(countLimit);
        if (count.isEmpty() || count.get().compareTo(BigInteger.valueOf(countLimit)) > 0) {
            return Optional.empty();
        }
        PathRanks ranks = PathRanks.of(orbit);
        List<Orbit> above = new ArrayList<>();
        for (Orbit other : orbitsOf(orbit.widths(), v)) {
            if (!other.equals(orbit) && PathRanks.of(other).atLeast(ranks)) {
                above.add(other);
            }
        }
        return Optional.of(List.copyOf(above));
    }

    /** All orbits of {@code V}, in the enumerator's order, without pruning: mind their number. */
    public static List<Orbit> orbitsOf(Widths widths, ZeroConditions v) {
        List<Orbit> out = new ArrayList<>();
        new OrbitEnumerator(widths, v).enumerate(new OrbitEnumerator.Visitor() {
            @Override
            public long threshold() {
                return -1; // prune nothing
            }

            @Override
            public boolean visit(long orbitDimension, Supplier<Orbit> orbit) {
                out.add(orbit.get());
                return true;
            }
        });
        return out;
    }

    /**
     * Whether the closure of {@code orbit} is an irreducible component of {@code V} (no orbit of
     * {@code V} lies strictly above it); empty when {@code V} has too many orbits to check.
     */
    public static Optional<Boolean> isComponent(Orbit orbit, ZeroConditions v, int countLimit) {
        return strictlyAbove(orbit, v, countLimit).map(List::isEmpty);
    }
}
