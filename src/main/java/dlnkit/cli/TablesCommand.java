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
                + "notions.tex (the smallest failing depth for constant widths 1, 2, 3 under both notions of A_H, see --data), and tables.tex, a document that inputs all four. Every number is computed in this run."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  written", "  2  bad input"})
final class TablesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the .tex files (created if needed).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--data", defaultValue = "fixed", paramLabel = "fixed|all", description = DataNotion.HELP
            + " Chooses the A_H of conjecture.tex (with all, widths 2 and 3 run to depth 8, their first all-data failure); "
            + "notions.tex (the smallest failing depth under both notions, constant widths 1, 2, 3, depths up to "
            + NOTIONS_MAX_DEPTH + ") is written either way.")
    DataNotion data;

    /** notions.tex searches each constant width up to this depth. */
    static final int NOTIONS_MAX_DEPTH = 10;

    @Override
    public Integer call() throws IOException {
        AtomicFiles.checkOutputDirectory("--out", out);
        Map<String, String> files = write(out, seed, data, true);
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

    /** The tables of the fixed-data notion, without notions.tex (what {@code report} writes). */
    static Map<String, String> write(Path dir, long seed) throws IOException {
        return write(dir, seed, DataNotion.FIXED, false);
    }

    /**
     * @param data the notion of conjecture.tex
     * @param notions also write notions.tex (about 20 s: six searches)
     */
    static Map<String, String> write(Path dir, long seed, DataNotion data, boolean notions) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> files = new LinkedHashMap<>();
        if (data == DataNotion.ALL) {
            List<Widths> cases = new ArrayList<>(conjectureCases());
            cases.add(cases.indexOf(Widths.constant(7, 2)) + 1, Widths.constant(8, 2));
            cases.add(cases.indexOf(Widths.constant(7, 3)) + 1, Widths.constant(8, 3));
            files.put("conjecture.tex", dlnkit.report.NotionTables.conjectureAllData(cases, seed));
        } else {
            files.put("conjecture.tex", DimensionTables.conjecture(conjectureCases(), seed));
        }
        files.put("depth4.tex", DimensionTables.depthFour(seed));
        files.put("strata.tex", DimensionTables.histogram(Widths.constant(7, 2), seed));
        if (notions) {
            files.put("notions.tex", dlnkit.report.NotionTables.smallestFailingDepths(3, NOTIONS_MAX_DEPTH, seed));
        }
        files.put("tables.tex", Latex.document(notions ? List.of("conjecture", "depth4", "strata", "notions")
                : List.of("conjecture", "depth4", "strata")));
        for (Map.Entry<String, String> e : files.entrySet()) {
            String problem = Latex.wellFormednessProblem(e.getValue());
            dlnkit.model.Checks.require(problem.isEmpty(), "generated " + e.getKey(), "well-formed LaTeX", problem);
            AtomicFiles.writeString(dir.resolve(e.getKey()), e.getValue());
        }
        return files;
    }
}
