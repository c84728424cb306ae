package dlnkit.variety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Widths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathRanksTest {

    /** Inclusion-exclusion on the path ranks of an orbit gives back its multiplicities, for every orbit. */
    @ParameterizedTest
    @ValueSource(strings = {"2,2,2,2,2", "1,3,2,3,1", "3,1,2,3", "2,2,2,2,2,2"})
    void pathRanksDetermineTheOrbit(String text) {
        Widths widths = Widths.parse(text);
        List<Orbit> orbits = OrbitClosures.orbitsOf(widths, ZeroConditions.none(widths.depth()));
        assertTrue(orbits.size() > 10);
        for (Orbit o : orbits) {
            assertEquals(Optional.of(o), PathRanks.of(o).orbit(), o.toString());
        }
    }

    /** Width 2, depth 4: 125 orbits (docs/math.md section 4), all with distinct path ranks. */
    @Test
    void widthTwoDepthFourHas125OrbitsWithDistinctPathRanks() {
        Widths widths = Widths.constant(4, 2);
        List<Orbit> orbits = OrbitClosures.orbitsOf(widths, ZeroConditions.none(4));
        assertEquals(125, orbits.size());
        assertEquals(125, orbits.stream().map(PathRanks::of).distinct().count());
    }

    /** A rank table that no representation has: rank W_{2:1} = 2 > rank W_1 = 1 needs a negative multiplicity. */
    @Test
    void anInconsistentTableHasNoOrbit() {
        Widths widths = Widths.of(2, 2, 2);
        int[][] r = {{2, 1, 2}, {0, 2, 2}, {0, 0, 2}};
        PathRanks ranks = PathRanks.of(widths, r);
        assertEquals(-1, ranks.multiplicity(0, 1));
        assertTrue(ranks.orbit().isEmpty());
    }

    @Test
    void aRankAboveTheWidthsIsRejectedNamingThePath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PathRanks.of(Widths.of(2, 1, 2), new int[][] {{2, 2, 1}, {0, 1, 1}, {0, 0, 2}}));
        assertEquals("rank of W_{1:1}: expected between 0 and 1, got 2", e.getMessage());
    }

    /**
     * The zero orbit lies in the closure of every orbit and the generic one (all path ranks maximal)
     * contains all; rank order is a partial order, so two distinct orbits are not both above each other.
     */
    @Test
    void rankOrderPutsZeroAtTheBottomAndIsAntisymmetric() {
        Widths widths = Widths.constant(3, 2);
        List<Orbit> orbits = OrbitClosures.orbitsOf(widths, ZeroConditions.none(3));
        Orbit zero = Orbit.zero(widths);
        Orbit generic = orbits.stream().max((a, b) -> Long.compare(a.dimension(), b.dimension())).orElseThrow();
        for (Orbit o : orbits) {
            assertTrue(OrbitClosures.contains(o, zero), o.toString());
            assertTrue(OrbitClosures.contains(generic, o), o.toString());
            for (Orbit p : orbits) {
                if (!o.equals(p)) {
                    assertFalse(OrbitClosures.contains(o, p) && OrbitClosures.contains(p, o), o + " / " + p);
                }
            }
        }
    }

    /**
     * The components of {@code {W2 W1 = 0}} at widths (2, 2, 2) are the rank pairs (2, 0), (1, 1),
     * (0, 2) of (W2, W1): exactly three orbits of V are maximal.
     */
    @Test
    void theComponentsOfACompositionZeroAreTheMaximalRankPairs() {
        Widths widths = Widths.of(2, 2, 2);
        ZeroConditions v = ZeroConditions.parse("W2W1", 2);
        List<String> components = new ArrayList<>();
        for (Orbit o : OrbitClosures.orbitsOf(widths, v)) {
            if (OrbitClosures.isComponent(o, v, 1000).orElseThrow()) {
                components.add(o.pathRank(2, 2) + "," + o.pathRank(1, 1));
            }
        }
        components.sort(null);
        assertEquals(List.of("0,2", "1,1", "2,0"), components);
    }
}
