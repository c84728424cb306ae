package dlnkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WidthsTest {
    @Test
    void parameterCountAndTargetFollowTheirFormulas() {
        Widths w = Widths.of(3, 1, 4, 2);
        assertEquals(3 * 1 + 1 * 4 + 4 * 2, w.parameterCount());
        assertEquals(1 + 10, w.targetDimension());
        assertEquals(3, w.depth());
        assertEquals(Widths.of(2, 4, 1, 3), w.reversed());
    }

    @Test
    void constantWidthsHaveDepthPlusOneEntries() {
        assertEquals(List.of(2, 2, 2, 2, 2), Widths.constant(4, 2).values());
        assertEquals(9, Widths.constant(4, 2).targetDimension());
    }

    @Test
    void badWidthsNameTheProblem() {
        assertEquals("widths: expected at least 2 entries, got [2]",
                assertThrows(IllegalArgumentException.class, () -> Widths.parse("2")).getMessage());
        assertEquals("widths: expected a comma-separated list of integers (ASCII digits), got \"2,x\" (entry \"x\")",
                assertThrows(IllegalArgumentException.class, () -> Widths.parse("2,x")).getMessage());
        assertEquals("widths: expected each entry between 1 and 64, got 0 at position 0 of [0, 2]",
                assertThrows(IllegalArgumentException.class, () -> Widths.parse("0,2")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Widths.parse("2,65"));
        assertThrows(IllegalArgumentException.class, () -> Widths.parse(""));
        // only ASCII digits: full-width and Arabic-Indic digits are refused, as are signs and huge entries
        for (String text : new String[] {"\uFF12,2", "2,\u0663", "+2,2", "2,99999999999"}) {
            String message = assertThrows(IllegalArgumentException.class, () -> Widths.parse(text)).getMessage();
            assertTrue(message.contains("ASCII digits") || message.contains("between"), message);
        }
    }

    @Test
    void allWithEntriesUpToListsEveryVectorOnce() {
        List<Widths> all = Widths.allWithEntriesUpTo(4, 3);
        assertEquals(243, all.size());
        assertEquals(243, new java.util.HashSet<>(all).size());
        for (Widths w : all) {
            assertEquals(4, w.depth());
            assertEquals(true, w.values().stream().allMatch(d -> d >= 1 && d <= 3));
        }
        assertEquals(List.of(Widths.of(1, 1), Widths.of(2, 1), Widths.of(1, 2), Widths.of(2, 2)), Widths.allWithEntriesUpTo(1, 2));
        assertThrows(IllegalArgumentException.class, () -> Widths.allWithEntriesUpTo(0, 2));
        assertThrows(IllegalArgumentException.class, () -> Widths.allWithEntriesUpTo(20, 64));
    }

    @Test
    void parseReadsWhatToStringWrites() {
        Widths w = Widths.parse(" 2, 3 ,4");
        assertEquals(w, Widths.parse(w.toString()));
    }
}
