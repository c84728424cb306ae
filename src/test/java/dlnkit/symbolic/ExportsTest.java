package dlnkit.symbolic;

import dlnkit.hessian.HessianConditions;

import dlnkit.testing.ExternalTools;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Widths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exports are valid for their systems: structural checks that always run (balanced brackets,
 * every variable declared), and, where Macaulay2, Singular or pdflatex are installed, a real run that
 * recomputes our numbers with their own algorithms.
 */
class ExportsTest {
    private static final Pattern VARIABLE = Pattern.compile("\\b([wvd]\\d+r\\d+c\\d+|[xym]r\\d+c\\d+)\\b");

    /** Every kind of document, for a width-2 network of depth 2 and a width-1 network of depth 3. */
    static List<ExportDocument> documents() {
        Algebra alg = SymbolicFixture.algebra();
        List<ExportDocument> docs = new ArrayList<>();
        for (String ws : List.of("2,2,2", "1,1,1,1")) {
            Widths widths = Widths.parse(ws);
            List<String> header = List.of("test document");
            docs.add(SymbolicSystems.delta(PathZeroVariety.everything(widths), alg, header));
            docs.add(SymbolicSystems.delta(PathZeroVariety.parse(widths, "W2W1"), alg, header));
            SymbolicData sym = SymbolicData.symbolic(widths, 2);
            SymbolicData num = SymbolicData.random(widths, widths.d(0), 3);
            docs.add(SymbolicSystems.loss(widths, sym, alg, header));
            docs.add(SymbolicSystems.gradient(widths, num, alg, header));
            docs.add(SymbolicSystems.hessian(widths, sym, alg, header));
            docs.add(SymbolicSystems.hessianVariety(widths, HessianConditions.Form.CYCLIC, sym, alg, header));
            docs.add(SymbolicSystems.hessianVariety(widths, HessianConditions.Form.THEOREM, num, alg, header));
        }
        return docs;
    }

    @Test
    void macaulay2AndSingularExportsAreBalancedAndDeclareEveryVariable() {
        for (ExportDocument doc : documents()) {
            for (ExportFormat f : List.of(ExportFormat.M2, ExportFormat.SINGULAR)) {
                String script = ExportFormat.M2 == f ? ExportFormat.M2.write(doc) : ExportFormat.SINGULAR.write(doc);
                String code = withoutComments(script, f == ExportFormat.M2 ? "--" : "//");
                assertBalanced(code, doc.title() + " in " + f);
                Set<String> declared = declared(code, f);
                Matcher m = VARIABLE.matcher(code);
                while (m.find()) {
                    assertTrue(declared.contains(m.group(1)), m.group(1) + " used but not declared in " + f + " for " + doc.title());
                }
                for (String line : code.split("\n")) {
                    assertTrue(line.length() < 1000, "line too long in " + f);
                }
            }
        }
    }

    @Tag("slow") // full tier only (mvn -B verify -Pfull): runs pdflatex, Macaulay2 or Singular
    @Test
    void latexExportsAreBalancedAndCompileWherePdflatexIsInstalled() throws Exception {
        List<ExportDocument> docs = documents();
        for (ExportDocument doc : docs) {
            String tex = ExportFormat.LATEX.write(doc);
            assertTrue(tex.contains("\\usepackage{amsmath}") && tex.contains("\\begin{document}") && tex.endsWith("\\end{document}\n"));
            assertBalanced(tex.replace("\\{", "").replace("\\}", ""), doc.title());
            assertEquals(count(tex, "\\begin{"), count(tex, "\\end{"), "environments in " + doc.title());
        }
        ExternalTools.require("pdflatex", "--version");
        for (ExportDocument doc : docs) {
            ExternalTools.Run run = ExternalTools.pdflatex(ExportFormat.LATEX.write(doc));
            assertEquals(0, run.exitCode(), doc.title() + ":\n" + tail(run.output()));
        }
    }

    @Tag("slow") // full tier only (mvn -B verify -Pfull): runs pdflatex, Macaulay2 or Singular
    @ParameterizedTest(name = "widths {0}, V = [{1}]")
    @CsvSource(delimiter = ';', value = {"2,2,2; W2W1", "2,2,2,2; W3W2, W1", "2,2,2,2; W3, W1", "1,1,1,1; W3W2W1"})
    void macaulay2RecomputesTheImageDimension(String ws, String zero) throws Exception {
        ExternalTools.require("M2", "--version");
        PathZeroVariety v = PathZeroVariety.parse(Widths.parse(ws), zero);
        Algebra alg = SymbolicFixture.algebra();
        int ours = EliminationDimension.compute(v, Symja.shared(), alg).dimension();
        String script = ExportFormat.M2.write(SymbolicSystems.delta(v, alg, List.of("test")))
                + "print(\"DIMV \" | toString(dim ker deltaV));\nprint(\"DIM \" | toString(dim ker delta));\n";
        ExternalTools.Run run = ExternalTools.macaulay2(script);
        assertEquals(0, run.exitCode(), tail(run.output()));
        assertEquals(ours, value(run.output(), "DIMV"), run.output());
        assertEquals(OrbitRoute.dimension(v.widths(), List.of(), 1).dimension(), value(run.output(), "DIM"), run.output());
    }

    @Tag("slow") // full tier only (mvn -B verify -Pfull): runs pdflatex, Macaulay2 or Singular
    @ParameterizedTest(name = "widths {0}, V = [{1}]")
    @CsvSource(delimiter = ';', value = {"2,2,2; W2W1", "2,2,2,2; W3W2, W1", "2,2,2,2; W3, W1", "1,1,1,1; W3W2W1"})
    void singularRecomputesTheImageDimension(String ws, String zero) throws Exception {
        ExternalTools.require("Singular", "--version");
        PathZeroVariety v = PathZeroVariety.parse(Widths.parse(ws), zero);
        Algebra alg = SymbolicFixture.algebra();
        int exact = OrbitRoute.dimension(v.widths(), v.paths(), 7).dimension();
        String script = ExportFormat.SINGULAR.write(SymbolicSystems.delta(v, alg, List.of("test")))
                + "setring S;\nprint(\"DIMV \" + string(dim(std(imageIdeal))));\nquit;\n";
        ExternalTools.Run run = ExternalTools.singular(script);
        assertEquals(0, run.exitCode(), tail(run.output()));
        assertEquals(exact, value(run.output(), "DIMV"), run.output());
    }

    @Tag("slow") // full tier only (mvn -B verify -Pfull): runs pdflatex, Macaulay2 or Singular
    @Test
    void macaulay2DifferentiatesTheLossToOurGradientAndHessian() throws Exception {
        ExternalTools.require("M2", "--version");
        Widths widths = Widths.parse("2,1,2");
        Algebra alg = SymbolicFixture.algebra();
        SymbolicData data = SymbolicData.symbolic(widths, 2);
        ExportDocument loss = SymbolicSystems.loss(widths, data, alg, List.of());
        ExportDocument grad = SymbolicSystems.gradient(widths, data, alg, List.of());
        ExportDocument hess = SymbolicSystems.hessian(widths, data, alg, List.of());
        List<ExportDocument.Item> items = new ArrayList<>(loss.items());
        items.addAll(grad.items());
        items.addAll(hess.items());
        ExportDocument all = new ExportDocument("loss, gradient and Hessian", List.of(), loss.ring(), items);
        String wv = String.join(", ", SymbolicNetwork.of(widths).variables());
        String script = ExportFormat.M2.write(all) + "wv = matrix{{" + wv + "}};\n"
                // matrices compare with their degrees in Macaulay2, so compare differences with 0
                + "print(\"GRADIENT \" | toString(matrix{gradientList} - diff(wv, lossPoly) == 0));\n"
                + "print(\"HESSIAN \" | toString(hessianMatrix - diff(transpose wv, diff(wv, lossPoly)) == 0));\n";
        ExternalTools.Run run = ExternalTools.macaulay2(script);
        assertEquals(0, run.exitCode(), tail(run.output()));
        assertTrue(run.output().contains("GRADIENT true") && run.output().contains("HESSIAN true"), run.output());
    }

    @Tag("slow") // full tier only (mvn -B verify -Pfull): runs pdflatex, Macaulay2 or Singular
    @Test
    void singularDifferentiatesTheLossToOurGradientAndHessian() throws Exception {
        ExternalTools.require("Singular", "--version");
        Widths widths = Widths.parse("2,2,1");
        Algebra alg = SymbolicFixture.algebra();
        SymbolicData data = SymbolicData.random(widths, 2, 9); // integer data: the ring has only the W variables
        List<ExportDocument.Item> items = new ArrayList<>(SymbolicSystems.loss(widths, data, alg, List.of()).items());
        items.addAll(SymbolicSystems.gradient(widths, data, alg, List.of()).items());
        ExportDocument hess = SymbolicSystems.hessian(widths, data, alg, List.of());
        items.addAll(hess.items());
        ExportDocument all = new ExportDocument("loss, gradient and Hessian", List.of(), hess.ring(), items);
        String script = ExportFormat.SINGULAR.write(all)
                + "matrix g = jacob(lossPoly); matrix gl = gradientList;\n"
                + "print(\"GRADIENT \" + string(g == gl));\n"
                + "print(\"HESSIAN \" + string(jacob(jacob(lossPoly)) == hessianMatrix));\nquit;\n";
        ExternalTools.Run run = ExternalTools.singular(script);
        assertEquals(0, run.exitCode(), tail(run.output()));
        assertTrue(run.output().contains("GRADIENT 1") && run.output().contains("HESSIAN 1"), run.output());
    }

    @Tag("slow") // full tier only (mvn -B verify -Pfull): runs pdflatex, Macaulay2 or Singular
    @Test
    void hessianVarietyExportsLoadInMacaulay2AndSingular() throws Exception {
        Algebra alg = SymbolicFixture.algebra();
        Widths widths = Widths.parse("2,2,2,2");
        ExportDocument doc = SymbolicSystems.hessianVariety(widths, HessianConditions.Form.CYCLIC,
                SymbolicData.random(widths, 2, 1), alg, List.of());
        int systems = ((ExportDocument.IdealList) doc.items().get(0)).ideals().size();
        assertEquals(HessianConditions.cyclic(3).feasibleSystems().size(), systems);
        ExternalTools.require("M2", "--version");
        ExternalTools.require("Singular", "--version");
        {
            ExternalTools.Run run = ExternalTools.macaulay2(ExportFormat.M2.write(doc)
                    + "print(\"COUNT \" | toString(#hessianSystems));\n");
            assertEquals(0, run.exitCode(), tail(run.output()));
            assertEquals(systems, value(run.output(), "COUNT"));
        }
        {
            ExternalTools.Run run = ExternalTools.singular(ExportFormat.SINGULAR.write(doc)
                    + "print(\"COUNT \" + string(size(hessianSystems)));\nquit;\n");
            assertEquals(0, run.exitCode(), tail(run.output()));
            assertEquals(systems, value(run.output(), "COUNT"));
        }
    }

    private static int value(String output, String key) {
        Matcher m = Pattern.compile(key + " (\\d+)").matcher(output);
        assertTrue(m.find(), "no " + key + " in output:\n" + output);
        return Integer.parseInt(m.group(1));
    }

    private static String withoutComments(String script, String marker) {
        StringBuilder sb = new StringBuilder();
        for (String line : script.split("\n")) {
            int i = line.indexOf(marker);
            sb.append(i >= 0 ? line.substring(0, i) : line).append('\n');
        }
        return sb.toString();
    }

    private static Set<String> declared(String code, ExportFormat f) {
        Set<String> out = new HashSet<>();
        Pattern ring = f == ExportFormat.M2 ? Pattern.compile("= QQ\\[([^\\]]*)\\]") : Pattern.compile("ring \\w+ = 0, \\(([^)]*)\\)");
        Matcher m = ring.matcher(code);
        while (m.find()) {
            for (String v : m.group(1).split(",")) {
                out.add(v.trim());
            }
        }
        return out;
    }

    private static void assertBalanced(String text, String what) {
        Set<Character> open = new LinkedHashSet<>(List.of('(', '[', '{'));
        StringBuilder stack = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (open.contains(c)) {
                stack.append(c);
            } else if (c == ')' || c == ']' || c == '}') {
                char expected = c == ')' ? '(' : c == ']' ? '[' : '{';
                assertTrue(stack.length() > 0 && stack.charAt(stack.length() - 1) == expected, "unbalanced " + c + " in " + what);
                stack.setLength(stack.length() - 1);
            }
        }
        assertEquals(0, stack.length(), "unclosed brackets in " + what);
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }

    private static String tail(String s) {
        return s.length() <= 3000 ? s : s.substring(s.length() - 3000);
    }
}
