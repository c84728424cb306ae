package dlnkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageDimensionsTest {
    @Test
    void exampleRunsAndMatchesEveryPrediction() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int mismatches = ImageDimensions.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), 3);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, mismatches, out);
        assertTrue(out.contains("seed 3"), out);
        assertEquals(8, out.lines().count(), out);
    }
}
