package dlnkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The library example runs, and the README's JShell snippet uses the same calls as the example. */
class LibraryUseTest {
    @Test
    void theExamplePrintsADimensionAndAVerdict() {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            LibraryUse.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        // depth 7, width 2: delta is dominant (18 of 18) and the conjecture fails with a certificate
        assertTrue(out.contains("dim closure(im delta) = 18 of 18 (seed 1)"), out);
        assertTrue(out.contains("main conjecture: FAILS, certified: true"), out);
    }

    @Test
    void theReadmeSnippetCallsThePublicApiTheExampleUses() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (String call : new String[] {"Widths.constant(7, 2)", "ImageDimension.dimension(widths, 1, ImageDimension.FloatMethod.AUTO, Tolerances.DEFAULT)",
            "ConjectureDecision.decide(widths, 1, Tolerances.DEFAULT)"}) {
            assertTrue(readme.contains(call), "README snippet has " + call);
        }
        assertEquals(1, readme.split("jshell --class-path target/dlnkit.jar", -1).length - 1, "one JShell snippet");
    }
}
