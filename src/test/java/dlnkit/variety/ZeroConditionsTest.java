package dlnkit.variety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZeroConditionsTest {
    @Test
    void parsesAndPrintsTheCanonicalForm() {
        ZeroConditions v = ZeroConditions.parse(" W1 ,W4W3W2", 4);
        assertEquals("W4W3W2, W1", v.toString());
        assertEquals(v, ZeroConditions.parse(v.toString(), 4));
        assertEquals(2, v.conditions().size());
    }

    /** A path containing a vanishing path vanishes: implied conditions are dropped. */
    @Test
    void impliedConditionsAreDropped() {
        assertEquals("W3W2", ZeroConditions.parse("W3W2, W4W3W2, W3W2W1, W3W2", 4).toString());
        assertEquals("W3, W1", ZeroConditions.parse("W3, W4W3, W1, W2W1", 4).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "W4W2|consecutive descending layers (like W4W3W2), got W4 followed by W2",
        "W2W3|consecutive descending layers (like W4W3W2), got W2 followed by W3",
        "W5|layer indices between 1 and the depth 4, got W5",
        "W0|layer indices between 1 and the depth 4, got W0",
        "W3W3|consecutive descending layers (like W4W3W2), got W3 followed by W3",
        "W3,,W1|a product of layers such as W3W2 between commas",
        "X3|layers written W<k>, got \"X3\"",
        "W3x|layers written W<k>, got \"x\"",
        "W|layers written W<k>",
        "W2*W1|layers written W<k>, got \"*\"",
        "W2W1W0|layer indices between 1 and the depth 4, got W0",
        "V2|layers written W<k>, got \"V2\"",
        "W4 W3|a product written without spaces, such as W4W3 (a space is not a product), got a space",
        "W99999999999999|layer indices between 1 and the depth 4, got W99999999999999",
        "W٣|layers written W<k>"})
    void malformedTokensAreNamed(String text, String expectedPart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ZeroConditions.parse(text, 4));
        assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void emptyConditionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ZeroConditions.parse("", 4));
        assertThrows(IllegalArgumentException.class, () -> ZeroConditions.parse("  ", 4));
    }

    @Test
    void impliedZerosAndDeadlines() {
        ZeroConditions v = ZeroConditions.parse("W3W2", 4);
        assertTrue(v.impliesZero(3, 2));
        assertTrue(v.impliesZero(4, 1));
        assertFalse(v.impliesZero(3, 3));
        assertFalse(v.impliesZero(2, 1));
        assertFalse(v.impliesZero(0, 1)); // the empty product is the identity
        // W3W2 spans vertices [1, 3]: intervals starting at 0 or 1 must end by vertex 2
        assertEquals(2, v.deadline(0));
        assertEquals(2, v.deadline(1));
        assertEquals(4, v.deadline(2));
    }

    @Test
    void reversalMapsLayersToTheirMirror() {
        assertEquals("W3W2, W1", ZeroConditions.parse("W4, W3W2", 4).reversed().toString());
    }
}
