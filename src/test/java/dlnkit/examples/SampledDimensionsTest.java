package dlnkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SampledDimensionsTest {
    /** Smoke test at a small size (6 samples per case); with seed 1 every case agrees. */
    @Test
    void exampleRunsAndTheRoutesAgreeOnEveryCase() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int disagreements = SampledDimensions.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), 1, 6);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, disagreements, out);
        assertTrue(out.contains("seed 1, 6 samples per case"), out);
        assertEquals(SampledDimensions.CASES.length + 2, out.lines().count(), out);
    }
}
