package dlnkit.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Widths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FamilyTest {
    /** {1,2,3}^6: 729 vectors, 27 palindromes, so (729 + 27) / 2 = 378 reversal classes. */
    @Test
    void oneRowPerReversalClassCoversEveryVectorOnce() {
        Family f = Family.range(5, 1, 3, Family.Ends.ALL);
        assertEquals(729, f.vectors());
        assertEquals(378, f.members().size());
        Set<Widths> covered = new HashSet<>();
        for (Family.Member m : f.members()) {
            Widths w = m.widths();
            assertTrue(Family.compare(w, w.reversed()) <= 0, "representative is the smaller: " + w);
            covered.add(w);
            covered.add(w.reversed());
            assertEquals(w.equals(w.reversed()) ? 1 : 2, m.multiplicity(), w.toString());
        }
        assertEquals(new HashSet<>(Widths.allWithEntriesUpTo(5, 3)), covered);
    }

    @Test
    void endsFiltersSplitTheFamily() {
        Family square = Family.range(4, 1, 3, Family.Ends.SQUARE);
        Family unequal = Family.range(4, 1, 3, Family.Ends.UNEQUAL);
        assertEquals(81, square.vectors());
        assertEquals(243 - 81, unequal.vectors());
        assertTrue(square.members().stream().allMatch(m -> m.widths().d(0) == m.widths().d(4)));
        assertTrue(square.description().contains("square ends"));
    }

    @Test
    void aFileWithOnlyOneMemberOfAClassKeepsIt() {
        Family f = Family.fromLines("f", List.of("# comment", "3,2,1", "", "1,2,2  # trailing", "2,2,1"), Family.Ends.ALL);
        assertEquals(3, f.vectors());
        assertEquals(2, f.members().size());
        assertEquals(Widths.of(3, 2, 1), f.members().get(0).widths());
        assertEquals(1, f.members().get(0).multiplicity());
        assertEquals(Widths.of(1, 2, 2), f.members().get(1).widths());
        assertEquals(2, f.members().get(1).multiplicity());
    }

    @Test
    void badFilesAreRefusedNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Family.fromLines("f.txt", List.of("2,2", "2,x"), Family.Ends.ALL));
        assertTrue(e.getMessage().contains("f.txt line 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Family.fromLines("f.txt", List.of("2,2", "2, 2"), Family.Ends.ALL));
        assertTrue(e.getMessage().contains("again"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Family.fromLines("f.txt", List.of("# nothing"), Family.Ends.ALL));
        assertThrows(IllegalArgumentException.class, () -> Family.range(3, 2, 1, Family.Ends.ALL));
    }

    @Test
    void theFileFamilyIsIdentifiedByItsVectors() {
        String a = Family.fromLines("a", List.of("1,2", "2,1,1"), Family.Ends.ALL).description();
        String b = Family.fromLines("b", List.of("1,2", "# x", "2,1,1"), Family.Ends.ALL).description();
        String c = Family.fromLines("c", List.of("1,2", "2,1,2"), Family.Ends.ALL).description();
        assertEquals(a, b);
        assertTrue(!a.equals(c), a + " vs " + c);
    }
}
