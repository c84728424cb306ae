package dlnkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BalancedDescentTest {
    @Test
    void exampleRunsAndMatchesEveryPrediction() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int problems = BalancedDescent.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, problems, out);
        assertTrue(out.contains("seed 2") && out.contains("DIVERGED"), out);
    }
}
