package dlnkit.cli;

import dlnkit.io.AtomicFiles;
import dlnkit.model.Widths;
import dlnkit.report.DimensionTables;
import dlnkit.report.Latex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dlnkit tables}: LaTeX tables of dimensions. */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = {"Writes LaTeX tables (booktabs) a paper can \\input: conjecture.tex (per depth and widths: parameters, "
                + "T, dim im delta, dim delta(A_H), verdict, evidence kind), depth4.tex (the seed's depth-4 subvarieties), "
                + "strata.tex (the strata of A_H by image dimension for constant width 2 at depth 7, the smallest failing depth for that width), and "
                + "tables.tex, a document that inputs all three. Every number is computed in this run."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  written", "  2  bad input"})
final class TablesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the .tex files (created if needed).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        AtomicFiles.checkOutputDirectory("--out", out);
        Map<String, String> files = write(out, seed);
        PrintWriter pw = spec.commandLine().getOut();
        files.forEach((name, tex) -> pw.println("wrote " + out.resolve(name)));
        pw.flush();
        return Main.OK;
    }

    /** The widths in the conjecture table: constant widths 1, 2, 3 up to their first failure, and a few mixed ones. */
    static List<Widths> conjectureCases() {
        List<Widths> cases = new ArrayList<>();
        for (int depth = 2; depth <= 8; depth++) {
            cases.add(Widths.constant(depth, 1));
        }
        for (int depth = 2; depth <= 7; depth++) {
            cases.add(Widths.constant(depth, 2));
        }
        for (int depth = 2; depth <= 7; depth++) {
            cases.add(Widths.constant(depth, 3));
        }
        cases.add(Widths.of(1, 2, 3, 2, 1));
        cases.add(Widths.of(3, 2, 1, 2, 3));
        cases.add(Widths.of(2, 3, 2, 3, 2, 3));
        return cases;
    }

    static Map<String, String> write(Path dir, long seed) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("conjecture.tex", DimensionTables.conjecture(conjectureCases(), seed));
        files.put("depth4.tex", DimensionTables.depthFour(seed));
        files.put("strata.tex", DimensionTables.histogram(Widths.constant(7, 2), seed));
        files.put("tables.tex", Latex.document(List.of("conjecture", "depth4", "strata")));
        for (Map.Entry<String, String> e : files.entrySet()) {
            String problem = Latex.wellFormednessProblem(e.getValue());
            dlnkit.model.Checks.require(problem.isEmpty(), "generated " + e.getKey(), "well-formed LaTeX", problem);
            AtomicFiles.writeString(dir.resolve(e.getKey()), e.getValue());
        }
        return files;
    }
}
