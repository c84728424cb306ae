package dlnkit.cli;

import dlnkit.examples.DepthFour;
import dlnkit.examples.DepthSixteen;
import dlnkit.examples.DepthThree;
import dlnkit.examples.DepthTwo;
import dlnkit.examples.ImageDimensions;
import dlnkit.experiment.E1StepSizes;
import dlnkit.experiment.E2LargestStep;
import dlnkit.experiment.E3Avoidance;
import dlnkit.experiment.E4Fibers;
import dlnkit.experiment.ExperimentOutput;
import dlnkit.conjecture.ConjectureDecision;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.io.AtomicFiles;
import dlnkit.io.DirectorySwap;
import dlnkit.model.Widths;
import dlnkit.picture.StratumDiagram;
import dlnkit.report.IndexPage;
import dlnkit.report.MarginData;
import dlnkit.numeric.Tolerances;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToIntFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dlnkit report}: the main job. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"The main job: runs the depth examples, writes the LaTeX tables (with the smallest failing depth under both "
                + "notions of A_H, fixed data and all data), the experiments' CSVs and plots, and certificates for the seed's "
                + "counterexample, the smallest failing depth for width 2 and a depth-5 failure into --out (default out/), "
                + "rechecks each certificate, and prints a summary table of the seed's claims beside dlnkit's findings, "
                + "every entry computed in this run. Each step's full output is kept in --out.",
            "Every step runs at --seed and returns its result record (dimensions, verdicts, counts, the verifier's result, "
                + "the seed); each summary row is computed from those records alone: its finding is formatted from their "
                + "fields and its check compares them with the seed's claim, and also requires every record, and every "
                + "certificate, to carry the report's seed. The summary prints the seed.",
            "Layout of --out: index.html (the page to open: summary table, pictures, certificates with their verify results, "
                + "LaTeX tables, links to every file, the command reproducing each entry; no network, no script), summary.txt, "
                + "examples/*.txt, tables/*.tex (and tables.pdf when pdflatex is installed) with the margin chart "
                + "tables/margin.svg, .png, .csv, experiments/eN/*, certificates/*.json with their verify outputs and the "
                + "stratum diagrams certificates/*.svg, .png."},
        exitCodeList = {"0:every step ran and every check held", "1:a step reported a failed check (see the summary)"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputDirectory.DefaultOut output = new OutputDirectory.DefaultOut();

    @Mixin
    SeedOption seedOption = new SeedOption();

    @Mixin
    ProgressOption progress = new ProgressOption();

    /** The directory being written: {@code --out}, or the fresh directory beside it while the report is built. */
    Path out;

    /** {@code --seed}, passed to every step. */
    long seed;

    private final List<IndexPage.Claim> claims = new ArrayList<>();
    private final Map<Widths, ConjectureResult> decided = new HashMap<>();
    private boolean allChecksHeld = true;
    /** Where the report ends up (--out); {@link #out} is the working directory while it is written. */
    private Path destination;

    /** Depths of the scan over every widths vector with entries up to {@link #SCAN_MAX_ENTRY}: 2..the seed's bound. */
    static final int SCAN_MAX_ENTRY = 3;

    @Override
    public Integer call() throws IOException {
        out = output.checked();
        seed = seedOption.value();
        // everything is written into a fresh directory beside --out and swapped in at the end: an interrupted
        // or failing run leaves the previous report whole, and concurrent runs never mix their files
        Path target = out;
        destination = target;
        String table;
        try {
            table = DirectorySwap.build(target, work -> {
                out = work;
                return generate();
            });
        } finally {
            out = target;
        }
        PrintWriter pw = spec.commandLine().getOut();
        pw.print(table);
        pw.flush();
        return allChecksHeld ? Main.OK : Main.DISAGREE;
    }

    /**
     * Writes every file of the report into {@link #out}; returns the summary table. Each step returns its result record
     * (the examples' check, the commands' results through {@link #command}); the summary rows are computed from those
     * records alone by {@link ReportSummary}.
     */
    private String generate() throws IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(out);
        List<IndexPage.Picture> pictures;
        int steps = 13;
        String s = Long.toString(seed);
        try (Progress bar = progress.start("report", steps, true)) {
            int k = 0;
            example("ImageDimensions", ImageDimensions::check, ImageDimensions::print, ImageDimensions.Result::mismatches);
            bar.stepTo(++k, "examples");
            DepthTwo.Result depthTwo = example("DepthTwo", DepthTwo::check, DepthTwo::print, DepthTwo.Result::problems);
            DepthThree.Result depthThree = example("DepthThree", DepthThree::check, DepthThree::print, DepthThree.Result::problems);
            DepthFour.Result depthFour = example("DepthFour", DepthFour::check, DepthFour::print, DepthFour.Result::problems);
            example("DepthSixteen", DepthSixteen::check, DepthSixteen::print, DepthSixteen.Result::problems);
            bar.stepTo(++k, "tables (with both notions of A_H)");
            Function<Widths, ConjectureResult> decide = w -> decided.computeIfAbsent(w, x -> ConjectureDecision.decide(x, seed, Tolerances.DEFAULT));
            TablesCommand.Tables tables = TablesCommand.write(out.resolve("tables"), seed, MarginData.DEFAULT_MAX_WIDTH,
                    MarginData.DEFAULT_MIN_DEPTH, MarginData.DEFAULT_MAX_DEPTH, decide, DataNotion.FIXED, true);
            compileTables();
            bar.stepTo(++k, "certificates");
            Path certs = out.resolve("certificates");
            Files.createDirectories(certs);
            Path c16 = certs.resolve("seed-counterexample-depth16.json");
            String[] restrictArgs = {"restrict", "--depth", Integer.toString(ReportSummary.SEED_COUNTEREXAMPLE_DEPTH), "--width",
                Integer.toString(ReportSummary.SEED_COUNTEREXAMPLE_WIDTH), "--zero", dlnkit.variety.SeedSubvarieties.COUNTEREXAMPLE,
                "--certificate", c16.toString(), "--no-progress",
                "--draw", certs.resolve("seed-counterexample-depth16.svg").toString(), "--seed", s};
            RestrictCommand restrict = command(RestrictCommand.class, certs.resolve("seed-counterexample-depth16.restrict.txt"), restrictArgs);
            Optional<VerifyCommand.Verdict> verify16 = verify(c16, restrict.result.certified());
            bar.stepTo(++k, "search");
            Path c7 = certs.resolve("smallest-failure-width2.json");
            String[] searchArgs = {"search", "--width", Integer.toString(ReportSummary.SEED_COUNTEREXAMPLE_WIDTH), "--max-depth",
                Integer.toString(ReportSummary.SEED_COUNTEREXAMPLE_DEPTH), "--no-progress", "--certificate", c7.toString(), "--seed", s};
            DepthSearch search = command(SearchCommand.class, certs.resolve("search-width2.txt"), searchArgs).result;
            Optional<ConjectureResult> smallest = search.smallestFailure();
            Integer smallestDiagram = null;
            if (smallest.isPresent() && smallest.get().bestStratum().isPresent()) {
                ConjectureResult r = smallest.get();
                StratumDiagram.write(certs.resolve("smallest-failure-width2.svg"), r.bestStratum().get(),
                        String.format(Locale.ROOT, "failing stratum of A_H: dim delta = %d of %d", r.exactDimension(), r.fullDimension()));
                smallestDiagram = r.widths().depth();
            }
            Optional<VerifyCommand.Verdict> verifySmallest = verify(c7, smallest.flatMap(ConjectureResult::certificate).isPresent());
            Widths mixed = Widths.of(2, 1, 2, 2, 1, 1);
            String mixedName = "failure-depth" + mixed.depth() + "-widths-" + mixed;
            Path c5 = certs.resolve(mixedName + ".json");
            String[] fiveArgs = {"conjecture", "--widths", mixed.toString(), "--no-progress", "--certificate", c5.toString(),
                "--draw", certs.resolve(mixedName + ".svg").toString(), "--seed", s};
            ConjectureResult five = command(ConjectureCommand.class, certs.resolve(mixedName + ".conjecture.txt"), fiveArgs).result;
            Optional<VerifyCommand.Verdict> verifyFive = verify(c5, five.certificate().isPresent());
            bar.stepTo(++k, "hessian");
            String[] hessianArgs = {"hessian", "--depths", "3-6", "--width", "2", "--samples", "100", "--no-progress", "--seed", s};
            HessianTable hessian = command(HessianCommand.class, out.resolve("hessian-agreement.txt"), hessianArgs).result;
            String[] experimentCommands = new String[4];
            List<ExperimentOutput<?>> experiments = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String name = "e" + (i + 1);
                bar.stepTo(++k, "experiment " + name);
                Path dir = out.resolve("experiments").resolve(name);
                String[] args = {"experiment", name, "--out", dir.toString(), "--no-progress", "--seed", s};
                experimentCommands[i] = shell(args);
                Object e = command(Object.class, dir.resolve("report.txt"), args);
                experiments.add(e instanceof ExperimentCommand.E1 e1 ? e1.output : e instanceof ExperimentCommand.E2 e2 ? e2.output
                        : e instanceof ExperimentCommand.E3 e3 ? e3.output : ((ExperimentCommand.E4) e).output);
            }
            bar.stepTo(++k, "depths 2.." + ReportSummary.SEED_HOLDS_UP_TO + ", all widths");
            List<ConjectureResult> scan = new ArrayList<>();
            for (int depth = 2; depth <= ReportSummary.SEED_HOLDS_UP_TO; depth++) {
                for (Widths w : Widths.allWithEntriesUpTo(depth, SCAN_MAX_ENTRY)) {
                    scan.add(decide.apply(w));
                }
            }
            bar.stepTo(steps, "summary");
            String notionsCommand = shell("tables", "--out", out.resolve("tables").toString(), "--seed", s);
            claims.add(ReportSummary.depthTwo(seed, depthTwo, example("DepthTwo")));
            claims.add(ReportSummary.depthThree(seed, depthThree, example("DepthThree")));
            claims.add(ReportSummary.smallDepths(seed, scan, "for N in 2.." + ReportSummary.SEED_HOLDS_UP_TO
                    + ": java -cp target/dlnkit.jar dlnkit.examples.WidthScan N " + SCAN_MAX_ENTRY + " " + seed));
            claims.add(ReportSummary.depthFour(seed, depthFour, example("DepthFour")));
            claims.add(ReportSummary.counterexample(seed, restrict.result, restrict.membership, verify16,
                    shell(restrictArgs) + " && " + shell("verify", c16.toString())));
            claims.add(ReportSummary.smallestConstant(seed, search, verifySmallest, shell(searchArgs) + " && " + shell("verify", c7.toString())));
            claims.add(ReportSummary.smallestMixed(seed, five, verifyFive, scan, shell(fiveArgs) + " && " + shell("verify", c5.toString())));
            claims.add(ReportSummary.notions(seed, tables.notions(), search, notionsCommand + "   (notions.tex)"));
            claims.add(ReportSummary.hessian(seed, hessian, shell(hessianArgs)));
            claims.add(ReportSummary.e1(seed, (E1StepSizes.Summary) experiments.get(0).summary(), experimentCommands[0]));
            claims.add(ReportSummary.e2(seed, (E2LargestStep.Summary) experiments.get(1).summary(), experimentCommands[1]));
            claims.add(ReportSummary.e3(seed, (E3Avoidance.Summary) experiments.get(2).summary(), experimentCommands[2]));
            claims.add(ReportSummary.e4(seed, (E4Fibers.Summary) experiments.get(3).summary(), experimentCommands[3]));
            claims.forEach(c -> allChecksHeld &= c.ok());
            pictures = pictures(smallestDiagram, mixed, restrictArgs, fiveArgs, experimentCommands);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String table = ReportSummary.table(seed, destination, seconds, claims, allChecksHeld);
        save(out.resolve("summary.txt"), table);
        AtomicFiles.writeString(out.resolve("index.html"), IndexPage.html(out,
                String.format(Locale.ROOT, "dlnkit report (seed %d), written in %.1f s", seed, seconds), claims, allChecksHeld, pictures,
                certificateEntries()));
        return table;
    }

    /** Runs {@code dlnkit verify FILE} when the certificate was written; its verdict, or empty when there is no certificate. */
    private Optional<VerifyCommand.Verdict> verify(Path certificate, boolean written) throws IOException {
        String base = certificate.getFileName().toString().replaceFirst("\\.json$", "");
        Path text = certificate.resolveSibling(base + ".verify.txt");
        if (!written) {
            save(text, "no certificate was written, so there is nothing to verify\n");
            allChecksHeld = false;
            return Optional.empty();
        }
        return Optional.ofNullable(command(VerifyCommand.class, text, "verify", certificate.toString()).result);
    }

    /** The command running an example program at this report's seed. */
    private String example(String name) {
        return "java -cp target/dlnkit.jar dlnkit.examples." + name + " " + seed;
    }

    /** {@code ./dlnkit ARGS}, each argument quoted for a POSIX shell when it needs it. */
    static String shell(String... args) {
        StringBuilder sb = new StringBuilder("./dlnkit");
        for (String a : args) {
            sb.append(' ').append(a.matches("[A-Za-z0-9_./,=:+-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return sb.toString();
    }

    /** The pictures of the page: the margin chart, the stratum diagrams, the experiments' charts. */
    private List<IndexPage.Picture> pictures(Integer smallestDepth, Widths mixed, String[] restrictArgs, String[] fiveArgs,
            String[] experimentCommands) {
        List<IndexPage.Picture> list = new ArrayList<>();
        String tables = shell("tables", "--out", out.resolve("tables").toString(), "--seed", Long.toString(seed));
        list.add(new IndexPage.Picture("Margin chart: dim closure(im delta) and dim closure(delta(A_H)) against the depth for constant "
                + "widths 1.." + MarginData.DEFAULT_MAX_WIDTH + " (data: tables/margin.csv)", "tables/margin.svg", "tables/margin.png", tables));
        if (smallestDepth != null) {
            list.add(new IndexPage.Picture("The smallest failure for constant width 2: the failing stratum of A_H at depth " + smallestDepth
                    + " (zero arcs on the cycle W_1..W_N, M; the zero pattern of C; the orbit's interval modules)",
                    "certificates/smallest-failure-width2.svg", "certificates/smallest-failure-width2.png",
                    shell("conjecture", "--depth", smallestDepth.toString(), "--width", "2", "--draw", "stratum.svg", "--seed",
                            Long.toString(seed))));
        }
        String mixedName = "certificates/failure-depth" + mixed.depth() + "-widths-" + mixed;
        list.add(new IndexPage.Picture("A failure at depth " + mixed.depth() + ", widths " + mixed + ": its failing stratum",
                mixedName + ".svg", mixedName + ".png", shell(fiveArgs)));
        list.add(new IndexPage.Picture("The seed's counterexample at depth 16: the best orbit of the subvariety A and its zero conditions",
                "certificates/seed-counterexample-depth16.svg", "certificates/seed-counterexample-depth16.png", shell(restrictArgs)));
        String[][] charts = {{"e1", "e1.png", "e1: loss against iteration for several step sizes"},
            {"e1", "e1-drift.png", "e1: drift of the balancedness against eta^2"},
            {"e2", "e2.png", "e2: the largest converging step against the depth"},
            {"e3", "e3.png", "e3: where gradient descent from random starts ends"},
            {"e4", "e4.png", "e4: flows in a delta-fiber through the depth-16 counterexample"}};
        for (String[] c : charts) {
            if (Files.isRegularFile(out.resolve("experiments").resolve(c[0]).resolve(c[1]))) {
                list.add(new IndexPage.Picture(c[2], null, "experiments/" + c[0] + "/" + c[1], experimentCommands[c[0].charAt(1) - '1']));
            }
        }
        return list;
    }

    /** Every certificate of certificates/ with its verify output. */
    private List<IndexPage.CertificateEntry> certificateEntries() throws IOException {
        List<IndexPage.CertificateEntry> list = new ArrayList<>();
        Path certs = out.resolve("certificates");
        if (!Files.isDirectory(certs)) {
            return list;
        }
        try (java.util.stream.Stream<Path> s = Files.list(certs)) {
            for (Path json : s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String name = json.getFileName().toString();
                String base = name.substring(0, name.length() - ".json".length());
                list.add(new IndexPage.CertificateEntry("certificates/" + name, "certificates/" + base + ".verify.txt",
                        shell("verify", json.toString())));
            }
        }
        return list;
    }

    /** Runs an example at this report's seed: its record, printed to examples/NAME.txt; its problems count against the report. */
    private <R> R example(String name, LongFunction<R> check, BiConsumer<PrintStream, R> print, ToIntFunction<R> problems)
            throws IOException {
        R result = check.apply(seed);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        print.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8), result);
        save(out.resolve("examples").resolve(name + ".txt"), bytes.toString(StandardCharsets.UTF_8));
        allChecksHeld &= problems.applyAsInt(result) == 0;
        return result;
    }

    /**
     * Runs {@code dlnkit ARGS} as the command line does, saves what it printed to {@code text} and returns the command object
     * that ran, which holds the command's result record. A nonzero exit code counts against the report.
     */
    private <C> C command(Class<C> type, Path text, String... args) throws IOException {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cli = Main.commandLine(new PrintWriter(o, true), new PrintWriter(e, true));
        int code = cli.execute(args);
        allChecksHeld &= code == Main.OK;
        save(text, o + (e.toString().isBlank() ? "" : "\n[stderr]\n" + e) + (code == Main.OK ? "" : "\n[exit code " + code + "]\n"));
        CommandLine.ParseResult parsed = cli.getParseResult();
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        Object ran = parsed.commandSpec().userObject();
        if (code == Main.BAD_INPUT || code == Main.INTERNAL) {
            throw new IllegalStateException("report step `" + shell(args) + "` ended with exit code " + code + ": " + e);
        }
        return type.cast(ran);
    }

    private void compileTables() throws IOException {
        Path dir = out.resolve("tables");
        if (!onPath("pdflatex") || !hasPackage("booktabs.sty")) {
            save(dir.resolve("README.txt"), "pdflatex with booktabs is not installed here (Debian: texlive-latex-recommended):"
                    + " compile with `pdflatex tables.tex` in this folder.\n");
            return;
        }
        try {
            Process p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "tables.tex")
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("pdflatex.log").toFile()).start();
            boolean done = p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS);
            allChecksHeld &= done && p.exitValue() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True when kpsewhich finds the LaTeX file (a package of the TeX installation). */
    static boolean hasPackage(String file) {
        try {
            Process p = new ProcessBuilder("kpsewhich", file).redirectErrorStream(true).start();
            String found = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0 && !found.isEmpty();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean onPath(String exe) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, exe))) {
                return true;
            }
        }
        return false;
    }

    private static void save(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.writeString(file, text);
    }
}
