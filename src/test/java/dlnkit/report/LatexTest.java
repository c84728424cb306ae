package dlnkit.report;

import dlnkit.testing.ExternalTools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Widths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatexTest {
    @Test
    void theCheckerFindsUnbalancedBracesAndEnvironments() {
        assertEquals("", Latex.wellFormednessProblem("\\begin{table}{a}\\{ \\end{table} % } unbalanced in a comment"));
        assertFalse(Latex.wellFormednessProblem("\\begin{table}{a\\end{table}").isEmpty());
        assertFalse(Latex.wellFormednessProblem("\\begin{table}\\begin{tabular}{r}\\end{table}\\end{tabular}").isEmpty());
        assertFalse(Latex.wellFormednessProblem("a}").isEmpty());
        assertFalse(Latex.wellFormednessProblem("\\begin{table}").isEmpty());
    }

    @Test
    void escapingKeepsSpecialCharactersLiteral() {
        assertEquals("a\\_b \\& 50\\% \\{x\\}", Latex.escape("a_b & 50% {x}"));
        assertEquals("", Latex.wellFormednessProblem(Latex.escape("}{ _ & % $")));
    }

    @Test
    void generatedTablesAreWellFormedAndCarryTheComputedNumbers() {
        String conjecture = DimensionTables.conjecture(List.of(Widths.constant(2, 2), Widths.constant(4, 2), Widths.constant(7, 2)), 1);
        assertEquals("", Latex.wellFormednessProblem(conjecture));
        assertTrue(conjecture.contains("4 & 2,2,2,2,2 & 16 & 9 & 9 & 5 & holds"), conjecture);
        assertTrue(conjecture.contains("7 & 2,2,2,2,2,2,2,2 & 28 & 18 & 18 & 18 & fails & certified"), conjecture);
        assertTrue(conjecture.contains("\\toprule") && conjecture.contains("\\bottomrule"));
        String depthFour = DimensionTables.depthFour(1);
        assertEquals("", Latex.wellFormednessProblem(depthFour));
        assertEquals(20, depthFour.lines().filter(l -> l.endsWith("\\\\") && !l.startsWith("width")).count(), depthFour);
        String strata = DimensionTables.histogram(Widths.constant(5, 2), 1);
        assertEquals("", Latex.wellFormednessProblem(strata));
    }

    /** When pdflatex and booktabs are installed, the tables compile. */
    @Test
    void tablesCompileWithPdflatexWhenInstalled(@TempDir Path dir) throws Exception {
        ExternalTools.require("pdflatex", "--version");
        ExternalTools.require("kpsewhich", "booktabs.sty");
        Files.writeString(dir.resolve("conjecture.tex"), DimensionTables.conjecture(List.of(Widths.constant(4, 2)), 1), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("strata.tex"), DimensionTables.histogram(Widths.constant(5, 2), 1), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("doc.tex"), Latex.document(List.of("conjecture", "strata")), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex").directory(dir.toFile())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log);
        assertTrue(Files.size(dir.resolve("doc.pdf")) > 0);
    }
}
