package dlnkit.cli;

import dlnkit.io.AtomicFiles;
import dlnkit.conjecture.ConjectureDecision;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.picture.MarginChart;
import dlnkit.report.MarginData;
import dlnkit.report.DimensionTables;
import dlnkit.report.Latex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dlnkit tables}: LaTeX tables of dimensions. */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = {"Writes LaTeX tables (booktabs) a paper can \\input: conjecture.tex (per depth and widths: parameters, "
                + "T, dim im delta, dim delta(A_H), verdict, evidence kind), depth4.tex (the seed's depth-4 subvarieties), "
                + "strata.tex (the strata of A_H by image dimension for constant width 2 at depth 7, the smallest failing depth for that width), and "
                + "notions.tex (the smallest failing depth for constant widths 1, 2, 3 under both notions of A_H, see --data), "
                + "tables.tex, a document that inputs all four; and the margin chart margin.svg, margin.png with its data "
                + "margin.csv: dim closure(im delta) and dim closure(delta(A_H)) against the depth for constant widths "
                + "1..--margin-widths at the depths --margin-depths, failing depths marked. Every number is computed in this run "
                + "(the chart and the conjecture table share their decisions)."},
        exitCodeList = {"0:written"})
final class TablesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputDirectory.Required output = new OutputDirectory.Required();

    @Mixin
    SeedOption seedOption = new SeedOption();

    @Option(names = "--margin-widths", paramLabel = "K", defaultValue = "" + MarginData.DEFAULT_MAX_WIDTH,
            description = "Margin chart: constant widths 1..K (default: ${DEFAULT-VALUE}).")
    int marginWidths;

    @Option(names = "--margin-depths", paramLabel = "A-B", defaultValue = MarginData.DEFAULT_MIN_DEPTH + "-" + MarginData.DEFAULT_MAX_DEPTH,
            description = "Margin chart: depths A..B, 2 <= A <= B <= 16 (default: ${DEFAULT-VALUE}).")
    String marginDepths;

    @Option(names = "--data", defaultValue = "fixed", paramLabel = "fixed|all", description = DataNotion.HELP
            + " Chooses the A_H of conjecture.tex (with all, widths 2 and 3 run to depth 8, their first all-data failure); "
            + "notions.tex (the smallest failing depth under both notions, constant widths 1, 2, 3, depths up to "
            + NOTIONS_MAX_DEPTH + ") is written either way.")
    DataNotion data;

    /** notions.tex searches each constant width up to this depth. */
    static final int NOTIONS_MAX_DEPTH = 10;

    /** notions.tex covers constant widths 1 to this. */
    static final int NOTIONS_MAX_WIDTH = 3;

    @Override
    public Integer call() throws IOException {
        Path out = output.checked();
        long seed = seedOption.value();
        int[] depths = depthRange("--margin-depths", marginDepths);
        dlnkit.model.Checks.require(marginWidths >= 1 && marginWidths <= 6, "--margin-widths", "an integer between 1 and 6", marginWidths);
        dlnkit.model.Checks.require(depths[0] >= 2 && depths[0] <= depths[1] && depths[1] <= 16, "--margin-depths",
                "a range A-B with 2 <= A <= B <= 16", marginDepths);
        Map<Widths, ConjectureResult> decided = new HashMap<>();
        Map<String, String> files = write(out, seed, marginWidths, depths[0], depths[1],
                w -> decided.computeIfAbsent(w, x -> ConjectureDecision.decide(x, seed, Tolerances.DEFAULT)), data, true).files();
        PrintWriter pw = spec.commandLine().getOut();
        files.forEach((name, tex) -> pw.println("wrote " + out.resolve(name)));
        for (String name : MarginData.FILES) {
            pw.println("wrote " + out.resolve(name));
        }
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

    /** {@code "2-8"} as {@code {2, 8}}; the house message otherwise. */
    static int[] depthRange(String option, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d{1,2})\\s*-\\s*(\\d{1,2})\\s*").matcher(text);
        dlnkit.model.Checks.require(m.matches(), option, "a depth range A-B such as 2-8", "\"" + text + "\"");
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    static Map<String, String> write(Path dir, long seed) throws IOException {
        return write(dir, seed, MarginData.DEFAULT_MAX_WIDTH, MarginData.DEFAULT_MIN_DEPTH, MarginData.DEFAULT_MAX_DEPTH);
    }

    /** The tables and the margin chart at the default range, with decisions from (and kept in) {@code decide}. */
    static Map<String, String> write(Path dir, long seed, Function<Widths, ConjectureResult> decide) throws IOException {
        return write(dir, seed, MarginData.DEFAULT_MAX_WIDTH, MarginData.DEFAULT_MIN_DEPTH, MarginData.DEFAULT_MAX_DEPTH, decide);
    }

    /** Writes the tables and the margin chart (its files are listed in the map as margin.csv, .svg and .png). */
    static Map<String, String> write(Path dir, long seed, int marginWidths, int minDepth, int maxDepth) throws IOException {
        Map<Widths, ConjectureResult> decided = new HashMap<>();
        return write(dir, seed, marginWidths, minDepth, maxDepth,
                w -> decided.computeIfAbsent(w, x -> ConjectureDecision.decide(x, seed, Tolerances.DEFAULT)));
    }

    static Map<String, String> write(Path dir, long seed, int marginWidths, int minDepth, int maxDepth,
            Function<Widths, ConjectureResult> decide) throws IOException {
        return write(dir, seed, marginWidths, minDepth, maxDepth, decide, DataNotion.FIXED, false).files();
    }

    /**
     * What {@link #write(Path, long, int, int, int, Function, DataNotion, boolean)} wrote.
     *
     * @param files the LaTeX files by name, with their text
     * @param notions the smallest failing depths of notions.tex under both notions (empty when it was not written)
     */
    record Tables(Map<String, String> files, List<dlnkit.report.NotionTables.NotionRow> notions) {
        Tables {
            files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
            notions = List.copyOf(notions);
        }
    }

    /**
     * Writes the tables and the margin chart (the margin files are not listed in the map: see {@link MarginData#FILES}).
     *
     * @param data the notion of conjecture.tex
     * @param notions also write notions.tex: the smallest failing depth of constant widths 1..3 up to depth
     *     {@link #NOTIONS_MAX_DEPTH} under both notions (the fixed-data searches decide through {@code decide}, so they share
     *     the decisions of the conjecture table and the margin chart)
     */
    static Tables write(Path dir, long seed, int marginWidths, int minDepth, int maxDepth,
            Function<Widths, ConjectureResult> decide, DataNotion data, boolean notions) throws IOException {
        Files.createDirectories(dir);
        List<MarginChart.Point> margin = MarginData.compute(MarginData.DATA_FIXED, marginWidths, minDepth, maxDepth, decide);
        Map<String, String> files = new LinkedHashMap<>();
        if (data == DataNotion.ALL) {
            List<Widths> cases = new ArrayList<>(conjectureCases());
            cases.add(cases.indexOf(Widths.constant(7, 2)) + 1, Widths.constant(8, 2));
            cases.add(cases.indexOf(Widths.constant(7, 3)) + 1, Widths.constant(8, 3));
            files.put("conjecture.tex", dlnkit.report.NotionTables.conjectureAllData(cases, seed));
        } else {
            files.put("conjecture.tex", DimensionTables.conjecture(conjectureCases(), seed, decide));
        }
        files.put("depth4.tex", DimensionTables.depthFour(seed));
        files.put("strata.tex", DimensionTables.histogram(Widths.constant(7, 2), seed));
        List<dlnkit.report.NotionTables.NotionRow> rows = notions
                ? dlnkit.report.NotionTables.smallestFailures(NOTIONS_MAX_WIDTH, NOTIONS_MAX_DEPTH, seed, decide) : List.of();
        if (notions) {
            files.put("notions.tex", dlnkit.report.NotionTables.smallestFailingDepths(rows));
        }
        files.put("tables.tex", Latex.document(notions ? List.of("conjecture", "depth4", "strata", "notions")
                : List.of("conjecture", "depth4", "strata")));
        for (Map.Entry<String, String> e : files.entrySet()) {
            String problem = Latex.wellFormednessProblem(e.getValue());
            dlnkit.model.Checks.require(problem.isEmpty(), "generated " + e.getKey(), "well-formed LaTeX", problem);
            AtomicFiles.writeString(dir.resolve(e.getKey()), e.getValue());
        }
        MarginData.write(dir, margin, seed);
        return new Tables(files, rows);
    }
}
