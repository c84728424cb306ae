package dlnkit.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZeroPathTest {
    @Test
    void parsesProductsAndSingleLayers() {
        assertEquals(List.of(new ZeroPath(2, 1), new ZeroPath(3, 3)), ZeroPath.parseList("W2W1, W3", 3));
        assertEquals(List.of(new ZeroPath(4, 2)), ZeroPath.parseList(" w4w3w2 ", 4));
        assertEquals("W3W2W1", new ZeroPath(3, 1).toString());
        assertEquals(List.of(new ZeroPath(1, 1)), ZeroPath.parseList("W1, W1", 2), "duplicates collapse");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "W1W2; \"W1W2\"", "W3W1; \"W3W1\"", "W2 W1; \"W2 W1\"", "W2W1,; an empty entry", "V2; \"V2\"", "W5; (W5)",
        "W2W1W0; (W0)", "W2*W1; \"W2*W1\""})
    void rejectsBadTokensNamingThem(String text, String named) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ZeroPath.parseList(text, 3));
        assertTrue(e.getMessage().startsWith("--zero: expected "), e.getMessage());
        assertTrue(e.getMessage().contains(named), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void implicationIsContainmentOfProducts() {
        assertTrue(new ZeroPath(2, 2).implies(new ZeroPath(3, 1)));
        assertTrue(new ZeroPath(3, 2).implies(new ZeroPath(3, 2)));
        assertFalse(new ZeroPath(3, 1).implies(new ZeroPath(2, 1)));
    }
}
