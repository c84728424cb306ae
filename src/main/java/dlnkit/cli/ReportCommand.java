package dlnkit.cli;

import dlnkit.examples.DepthFour;
import dlnkit.examples.DepthSixteen;
import dlnkit.examples.DepthThree;
import dlnkit.examples.DepthTwo;
import dlnkit.examples.ImageDimensions;
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
import java.util.Map;
import java.util.function.Function;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToIntBiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dlnkit report}: the main job. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"The main job: runs the depth examples, writes the LaTeX tables, the experiments' CSVs and plots, and "
                + "certificates for the seed's counterexample and the smallest failing depth into --out (default out/), "
                + "rechecks each certificate, and prints a summary table of the seed's claims beside dlnkit's findings, "
                + "every entry computed in this run. Each step's full output is kept in --out.",
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

    private final List<String[]> summary = new ArrayList<>();
    private final List<IndexPage.Claim> claims = new ArrayList<>();
    private final Map<Widths, ConjectureResult> decided = new HashMap<>();
    private boolean allChecksHeld = true;

    @Override
    public Integer call() throws IOException {
        out = output.checked();
        seed = seedOption.value();
        // everything is written into a fresh directory beside --out and swapped in at the end: an interrupted
        // or failing run leaves the previous report whole, and concurrent runs never mix their files
        Path target = out;
        String table;
        try {
            table = DirectorySwap.build(target, work -> {
                out = work;
                return generate().replace(work.toString(), target.toString());
            });
        } finally {
            out = target;
        }
        PrintWriter pw = spec.commandLine().getOut();
        pw.print(table);
        pw.flush();
        return allChecksHeld ? Main.OK : Main.DISAGREE;
    }

    /** Writes every file of the report into {@link #out}; returns the summary table. */
    private String generate() throws IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(out);
        List<IndexPage.Picture> pictures = List.of();
        int steps = 12;
        try (Progress bar = progress.start("report", steps, true)) {
            int k = 0;
            example("ImageDimensions", (ps, s) -> ImageDimensions.print(ps, s));
            bar.stepTo(++k, "examples");
            String depthTwo = example("DepthTwo", DepthTwo::run);
            example("DepthThree", DepthThree::run);
            String depthFour = example("DepthFour", DepthFour::run);
            example("DepthSixteen", DepthSixteen::run);
            bar.stepTo(++k, "tables");
            Function<Widths, ConjectureResult> decide = w -> decided.computeIfAbsent(w, x -> ConjectureDecision.decide(x, seed, Tolerances.DEFAULT));
            TablesCommand.write(out.resolve("tables"), seed, decide);
            compileTables();
            bar.stepTo(++k, "certificates");
            Path certs = out.resolve("certificates");
            Files.createDirectories(certs);
            String[] restrictArgs = {"restrict", "--depth", "16", "--width", "2", "--zero", dlnkit.variety.SeedSubvarieties.COUNTEREXAMPLE,
                "--certificate", certs.resolve("seed-counterexample-depth16.json").toString(), "--no-progress",
                "--draw", certs.resolve("seed-counterexample-depth16.svg").toString(), "--seed", Long.toString(seed)};
            String restrict = run(restrictArgs);
            save(certs.resolve("seed-counterexample-depth16.restrict.txt"), restrict);
            String verify16 = run("verify", certs.resolve("seed-counterexample-depth16.json").toString());
            save(certs.resolve("seed-counterexample-depth16.verify.txt"), verify16);
            bar.stepTo(++k, "search");
            String[] searchArgs = {"search", "--width", "2", "--max-depth", "16", "--no-progress",
                "--certificate", certs.resolve("smallest-failure-width2.json").toString(), "--seed", Long.toString(seed)};
            String search = run(searchArgs);
            java.util.regex.Matcher smallest = java.util.regex.Pattern.compile("smallest failing depth: (\\d+)").matcher(search);
            String smallestDiagram = null;
            if (smallest.find()) {
                ConjectureResult r = decide.apply(Widths.constant(Integer.parseInt(smallest.group(1)), 2));
                if (r.bestStratum().isPresent()) {
                    StratumDiagram.write(certs.resolve("smallest-failure-width2.svg"), r.bestStratum().get(),
                            String.format(Locale.ROOT, "%s stratum of A_H: dim delta = %d of %d", r.verdict() == ConjectureResult.Verdict.FAILS
                                    ? "failing" : "best", r.exactDimension(), r.fullDimension()));
                    smallestDiagram = smallest.group(1);
                }
            }
            save(certs.resolve("search-width2.txt"), search);
            String verify7 = run("verify", certs.resolve("smallest-failure-width2.json").toString());
            save(certs.resolve("smallest-failure-width2.verify.txt"), verify7);
            String[] fiveArgs = {"conjecture", "--widths", "2,1,2,2,1,1", "--no-progress",
                "--certificate", certs.resolve("failure-depth5-widths-2,1,2,2,1,1.json").toString(),
                "--draw", certs.resolve("failure-depth5-widths-2,1,2,2,1,1.svg").toString(), "--seed", Long.toString(seed)};
            String five = run(fiveArgs);
            save(certs.resolve("failure-depth5-widths-2,1,2,2,1,1.conjecture.txt"), five);
            String verify5 = run("verify", certs.resolve("failure-depth5-widths-2,1,2,2,1,1.json").toString());
            save(certs.resolve("failure-depth5-widths-2,1,2,2,1,1.verify.txt"), verify5);
            bar.stepTo(++k, "hessian");
            String[] hessianArgs = {"hessian", "--depths", "3-6", "--width", "2", "--samples", "100", "--no-progress", "--seed", Long.toString(seed)};
            String hessian = run(hessianArgs);
            save(out.resolve("hessian-agreement.txt"), hessian);
            String[] experiments = {"e1", "e2", "e3", "e4"};
            String[] outputs = new String[4];
            String[] experimentCommands = new String[4];
            for (int i = 0; i < experiments.length; i++) {
                bar.stepTo(++k, "experiment " + experiments[i]);
                Path dir = out.resolve("experiments").resolve(experiments[i]);
                String[] args = {"experiment", experiments[i], "--out", dir.toString(), "--no-progress", "--seed", Long.toString(seed)};
                experimentCommands[i] = shell(args);
                outputs[i] = run(args);
                save(dir.resolve("report.txt"), outputs[i]);
            }
            bar.stepTo(++k, "depth 4, all widths");
            int depthFourHolds = 0;
            List<Widths> all = Widths.allWithEntriesUpTo(4, 3);
            for (Widths w : all) {
                depthFourHolds += ConjectureDecision.decide(w, seed, Tolerances.DEFAULT).verdict() == ConjectureResult.Verdict.HOLDS ? 1 : 0;
            }
            bar.stepTo(steps, "summary");
            claim("N = 2: A_H = {0}", depthTwo.contains("empty (0 is not in A_H)") ? "A_H is empty; 0 is a strict saddle" : "CHECK FAILED",
                    "exact pair rule; Hessian form at 0 computed", depthTwo.contains("empty (0 is not in A_H)"),
                    example("DepthTwo"));
            claim("conjecture holds for N <= 4", depthFourHolds + " of " + all.size() + " widths in {1,2,3}^5 hold at N = 4",
                    "exact ranks mod p (probabilistic)", depthFourHolds == all.size(),
                    "java -cp target/dlnkit.jar dlnkit.examples.WidthScan 4 3 " + seed + "   (or ./dlnkit conjecture --widths W --seed " + seed
                            + " for each W in {1,2,3}^5)");
            claim("N = 4 subvarieties: strict drops", depthFour.contains("NO") ? "a drop FAILED" : "20 of 20 strict drops (widths 2 and 3)",
                    "exact and float ranks", !depthFour.contains(" NO "), example("DepthFour"));
            boolean c16 = restrict.contains("45 of 45 (delta is dominant on V, CERTIFIED)") && verify16.strip().endsWith("VALID");
            claim("N = 16, width 2: fails via A", c16 ? "45 of 45, certificate VALID" : "CHECK FAILED", "certificate + verify", c16,
                    shell(restrictArgs) + " && " + shell("verify", certs.resolve("seed-counterexample-depth16.json").toString()));
            boolean s7 = search.contains("smallest failing depth: 7") && verify7.strip().endsWith("VALID");
            claim("(smallest failing depth, constant width 2)", s7 ? "7 for width 2 (N <= 6 hold), certificate VALID" : firstLine(search, "smallest"),
                    "certificate + verify (exact gradient/Hessian)", s7,
                    shell(searchArgs) + " && " + shell("verify", certs.resolve("smallest-failure-width2.json").toString()));
            boolean f5 = five.contains("CERTIFIED") && verify5.strip().endsWith("VALID");
            claim("(smallest failing depth, widths in {1,2,3})", f5 && depthFourHolds == all.size()
                    ? "5: e.g. widths 2,1,2,2,1,1 fail, certificate VALID; depth 4 never fails" : "CHECK FAILED",
                    "certificate + verify; all 243 at depth 4", f5 && depthFourHolds == all.size(),
                    shell(fiveArgs) + " && " + shell("verify", certs.resolve("failure-depth5-widths-2,1,2,2,1,1.json").toString()));
            claim("pair rule = critical point with vanishing Hessian", firstLine(hessian, "agreement"), "exact integer gradient/Hessian",
                    hessian.contains("full agreement"), shell(hessianArgs));
            claim("GD: small steps converge, a large one diverges", firstLine(outputs[0], "converged,").replace(" (divergence is an outcome: no number is reported for it)", ""),
                    "e1 (the eta^2 drift law: tests)", succeeded(outputs[0]) && outputs[0].contains("diverged"), experimentCommands[0]);
            claim("largest safe step not exponentially small in N", firstLine(outputs[1], "verdict:").replace("verdict: ", ""), "e2 fits",
                    outputs[1].contains("does not look exponentially"), experimentCommands[1]);
            String inRule = tail(firstLine(outputs[2], "in A_H by the cyclic pair rule"));
            String inHessian = tail(firstLine(outputs[2], "Hessian vanishes"));
            claim("GD limits avoid A_H", "limits in A_H: " + inRule + " (pair rule), " + inHessian + " (Hessian)",
                    "e3: rule and Hessian agree", succeeded(outputs[2]), experimentCommands[2]);
            claim("flows in a fiber of the counterexample", firstLine(outputs[3], "trajectories stay in the fiber").replace("delta along the flows: ", ""),
                    "e4", outputs[3].contains("checks: all held"), experimentCommands[3]);
            pictures = pictures(smallestDiagram, restrictArgs, fiveArgs, experimentCommands);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String table = summaryTable(seconds);
        save(out.resolve("summary.txt"), table);
        AtomicFiles.writeString(out.resolve("index.html"), IndexPage.html(out,
                String.format(Locale.ROOT, "dlnkit report (seed %d), written in %.1f s", seed, seconds), claims, allChecksHeld, pictures,
                certificateEntries()));
        return table;
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
    private List<IndexPage.Picture> pictures(String smallestDepth, String[] restrictArgs, String[] fiveArgs, String[] experimentCommands) {
        List<IndexPage.Picture> list = new ArrayList<>();
        String tables = shell("tables", "--out", out.resolve("tables").toString(), "--seed", Long.toString(seed));
        list.add(new IndexPage.Picture("Margin chart: dim closure(im delta) and dim closure(delta(A_H)) against the depth for constant "
                + "widths 1.." + MarginData.DEFAULT_MAX_WIDTH + " (data: tables/margin.csv)", "tables/margin.svg", "tables/margin.png", tables));
        if (smallestDepth != null) {
            list.add(new IndexPage.Picture("The smallest failure for constant width 2: the failing stratum of A_H at depth " + smallestDepth
                    + " (zero arcs on the cycle W_1..W_N, M; the zero pattern of C; the orbit's interval modules)",
                    "certificates/smallest-failure-width2.svg", "certificates/smallest-failure-width2.png",
                    shell("conjecture", "--depth", smallestDepth, "--width", "2", "--draw", "stratum.svg")));
        }
        list.add(new IndexPage.Picture("A failure at depth 5, widths 2,1,2,2,1,1: its failing stratum",
                "certificates/failure-depth5-widths-2,1,2,2,1,1.svg", "certificates/failure-depth5-widths-2,1,2,2,1,1.png", shell(fiveArgs)));
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

    private String example(String name, ToIntBiFunction<PrintStream, Long> example) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int problems = example.applyAsInt(new PrintStream(bytes, true, StandardCharsets.UTF_8), seed);
        String text = bytes.toString(StandardCharsets.UTF_8);
        save(out.resolve("examples").resolve(name + ".txt"), text);
        allChecksHeld &= problems == 0;
        return text;
    }

    private String run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.commandLine(new PrintWriter(o, true), new PrintWriter(e, true)).execute(args);
        allChecksHeld &= code == Main.OK;
        return o + (e.toString().isBlank() ? "" : "\n[stderr]\n" + e) + (code == Main.OK ? "" : "\n[exit code " + code + "]\n");
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

    private void claim(String claim, String finding, String evidence, boolean ok, String command) {
        summary.add(new String[] {claim, finding, evidence, ok ? "ok" : "CHECK FAILED"});
        claims.add(new IndexPage.Claim(claim, finding, evidence, ok, command));
        allChecksHeld &= ok;
    }

    /** True when the captured run exited 0 (see {@link #run}). */
    private static boolean succeeded(String output) {
        return !output.contains("[exit code ");
    }

    /** The trailing {@code "N of K"} of a count line. */
    private static String tail(String line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+ of \\d+)\\s*$").matcher(line);
        return m.find() ? m.group(1) : line;
    }

    private static String firstLine(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).findFirst().map(String::strip).orElse("(not found)");
    }

    private String summaryTable(double seconds) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "dlnkit report (seed %d), written to %s in %.1f s%n", seed, out, seconds));
        sb.append(String.format(Locale.ROOT, "  %-48s | %-62s | %-40s | %s%n", "seed claim", "dlnkit finding", "evidence", "check"));
        sb.append("  ").append("-".repeat(48 + 62 + 40 + 16)).append(System.lineSeparator());
        for (String[] row : summary) {
            sb.append(String.format(Locale.ROOT, "  %-48s | %-62s | %-40s | %s%n", row[0], clip(row[1], 62), row[2], row[3]));
        }
        sb.append(allChecksHeld ? "  every check held\n" : "  SOME CHECKS FAILED: see the files in " + out + "\n");
        return sb.toString();
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 3) + "...";
    }

    private static void save(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.writeString(file, text);
    }
}
