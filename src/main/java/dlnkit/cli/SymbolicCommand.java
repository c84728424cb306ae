package dlnkit.cli;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import dlnkit.symbolic.Algebra;
import dlnkit.symbolic.Deadline;
import dlnkit.symbolic.EliminationDimension;
import dlnkit.symbolic.EliminationResult;
import dlnkit.symbolic.ExportDocument;
import dlnkit.symbolic.ExportFormat;
import dlnkit.hessian.HessianConditions;
import dlnkit.symbolic.Identities;
import dlnkit.symbolic.IdentityCheck;
import dlnkit.symbolic.PathZeroVariety;
import dlnkit.symbolic.SymbolicData;
import dlnkit.symbolic.SymbolicLimits.Computation;
import dlnkit.symbolic.SymbolicSystems;
import dlnkit.symbolic.Symja;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dlnkit symbolic}: the polynomial systems, identities proved by expansion, and exports. */
@Command(name = "symbolic", mixinStandardHelpOptions = true,
        description = {"Writes the polynomial systems of a deep linear network (variables w_{t,r,c}: entry (r,c) of W_t, "
                + "counting from 1) as text, LaTeX (amsmath), Macaulay2 or Singular, proves identities by symbolic expansion "
                + "(Symja), and computes dim closure(delta(V)) for a path-zero subvariety V by elimination (a Groebner basis "
                + "in an elimination order, JAS).",
            "",
            "--what delta            the delta map (upper triangles of Delta_t = W_{t+1}^T W_{t+1} - W_t W_t^T); with --zero "
                + "also the ideal of V; the Macaulay2 and Singular exports define the map so that dim ker / preimage give "
                + "dim closure(delta(V))",
            "--what loss|gradient|hessian   the loss ||W_N...W_1 X - Y||_F^2 (no 1/2), its gradient, its Hessian, for "
                + "symbolic or seeded integer data",
            "--what hessian-variety  the vanishing-Hessian conditions (docs/math.md section 3) as a disjunction of systems, "
                + "cyclic or theorem form, with the number of choices before and after dropping implied ones",
            "--what identities       proves by expansion to 0: W_{j+1}^T G_{j+1} = G_j W_j^T; one GD step changes Delta_j "
                + "by eta^2 (G_{j+1}^T G_{j+1} - G_j G_j^T); the telescoping trace identity; the Hessian at 0 (zero form "
                + "for N >= 3, -4 <V_2 V_1 X, Y> for N = 2)",
            "--what image-dimension  dim closure(delta(V)) by elimination (V from --zero, else all of parameter space)",
            "",
            "Size limits (bigger input is refused): delta 200 parameters, depth 50; loss and gradient 32 parameters, "
                + "depth 6; hessian 24 parameters, depth 5; hessian-variety 128 parameters, depth 8; identities 16 parameters, "
                + "depth 4; image-dimension 16 parameters, depth 8, 12 delta coordinates. Symbolic data: at most 4 samples (3 for "
                + "identities). Every Symja and JAS computation is bounded by --timeout; when it runs out the command "
                + "stops with one line naming the limits (exit 2)."},
        exitCodeList = {"0:done (identities: all proved)", "1:an identity did not expand to 0"})
final class SymbolicCommand implements Callable<Integer> {
    static final List<String> WHATS = List.of("delta", "loss", "gradient", "hessian", "hessian-variety", "identities",
            "image-dimension");

    @Spec
    CommandSpec spec;

    @Mixin
    WidthsOptions widthsOptions = new WidthsOptions();

    @Option(names = "--what", required = true, paramLabel = "WHAT",
            description = "One of: delta, loss, gradient, hessian, hessian-variety, identities, image-dimension.")
    String what;

    @Option(names = "--export", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, latex, m2 (Macaulay2) or singular (default: ${DEFAULT-VALUE}). Identities print text only.")
    String export;

    @Option(names = "--zero", paramLabel = "PATHS",
            description = "A path-zero subvariety for delta and image-dimension, e.g. \"W2W1, W3\" meaning W2 W1 = 0 and W3 = 0 "
                    + "(each entry: consecutive layers in descending order).")
    String zero;

    @Option(names = "--data", defaultValue = "symbolic", paramLabel = "KIND",
            description = "Data X, Y for loss, gradient, hessian and hessian-variety: symbolic (variables x_{r,c}, y_{r,c}; "
                    + "m_{r,c} for M in the cyclic form) or random (integers in [-3,3] from --seed, redrawn until X has full "
                    + "row rank and X Y^T full rank) (default: ${DEFAULT-VALUE}).")
    String data;

    @Option(names = "--samples", paramLabel = "m",
            description = "Number of samples (columns of X and Y); default d_0 (2 for identities).")
    Integer samples;

    @Mixin
    SeedOption seedOption = new SeedOption();

    @Option(names = "--form", defaultValue = "cyclic", paramLabel = "FORM",
            description = "Form of the Hessian conditions: cyclic or theorem (default: ${DEFAULT-VALUE}).")
    String form;

    @Option(names = "--identity", defaultValue = "all", paramLabel = "NAME",
            description = "Which identity: all, conservation, gd-step, trace, hessian-at-zero (default: ${DEFAULT-VALUE}).")
    String identity;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "Time limit of the whole symbolic computation, in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Override
    public Integer call() {
        Widths widths = widthsOptions.resolve();
        Checks.require(WHATS.contains(what), "--what", "one of " + String.join(", ", WHATS), what);
        ExportFormat format = parseFormat(export);
        Checks.require(timeoutSeconds > 0 && timeoutSeconds <= Deadline.MAX.toSeconds(), "--timeout",
                "seconds above 0 and at most " + Deadline.MAX.toSeconds(), timeoutSeconds);
        Checks.require(zero == null || what.equals("delta") || what.equals("image-dimension"), "--zero",
                "only with --what delta or --what image-dimension", "--zero with --what " + what);
        Checks.require(data.equals("symbolic") || data.equals("random"), "--data", "symbolic or random", data);
        Checks.require(form.equals("cyclic") || form.equals("theorem"), "--form", "cyclic or theorem", form);
        Computation computation = computation(what);
        boolean symbolicData = data.equals("symbolic");
        int m = samples != null ? samples : what.equals("identities") ? 2 : widths.d(0);
        computation.check(widths, symbolicData && usesData(what) ? m : 0);
        PathZeroVariety variety = zero == null ? PathZeroVariety.everything(widths) : PathZeroVariety.parse(widths, zero);

        Deadline deadline = Deadline.after(Duration.ofMillis(Math.round(timeoutSeconds * 1000)), computation.describe());
        Symja symja = Symja.shared();
        Algebra alg = new Algebra(symja, deadline);
        PrintWriter out = spec.commandLine().getOut();
        List<String> header = new ArrayList<>();
        header.add("produced by: dlnkit symbolic " + commandLine(widths));
        header.add("widths " + widths + " (depth " + widths.depth() + ", " + widths.parameterCount() + " parameters, "
                + widths.targetDimension() + " delta coordinates)");
        long t0 = System.nanoTime();
        int code = Main.OK;
        switch (what) {
            case "identities" -> {
                Checks.require(format == ExportFormat.TEXT, "--export", "text for --what identities", export);
                code = identities(widths, m, alg, out);
            }
            case "image-dimension" -> {
                EliminationResult r = EliminationDimension.compute(variety, symja, alg);
                if (format == ExportFormat.TEXT) {
                    out.println("dim closure(delta(V)) by elimination for widths " + widths + ", V = {" + variety.describe() + "}");
                    out.println("  " + r.summary());
                    if (!r.eliminationIdeal().isEmpty()) {
                        out.println("  elimination ideal J (closure(delta(V)) is its zero set):");
                        ExportDocument j = new ExportDocument("J", List.of(), r.eliminationIdeal().get(0).ring,
                                List.of(new ExportDocument.Ideal("J", "J", r.eliminationIdeal())));
                        for (String line : ExportFormat.TEXT.write(j).split("\n")) {
                            if (line.endsWith("= 0")) {
                                out.println("  " + line.trim());
                            }
                        }
                    }
                } else {
                    header.add("dlnkit's answer, to recheck: " + r.summary());
                    out.print(format.write(SymbolicSystems.delta(variety, alg, header)));
                }
            }
            default -> {
                ExportDocument doc = document(widths, variety, symbolicData, m, alg, header);
                out.print(format.write(doc));
            }
        }
        out.flush();
        if (format == ExportFormat.TEXT) {
            spec.commandLine().getErr().printf(Locale.ROOT, "symbolic: done in %.2f s%n", (System.nanoTime() - t0) / 1e9);
        }
        return code;
    }

    private ExportDocument document(Widths widths, PathZeroVariety variety, boolean symbolicData, int m, Algebra alg,
            List<String> header) {
        if (what.equals("delta")) {
            return SymbolicSystems.delta(variety, alg, header);
        }
        SymbolicData d = symbolicData ? SymbolicData.symbolic(widths, m) : SymbolicData.random(widths, m, seedOption.value());
        header.add("data: " + d.describe());
        if (!d.symbolic()) {
            header.add("X = " + SymbolicData.rows(d.x()) + ", Y = " + SymbolicData.rows(d.y()));
        }
        return switch (what) {
            case "loss" -> SymbolicSystems.loss(widths, d, alg, header);
            case "gradient" -> SymbolicSystems.gradient(widths, d, alg, header);
            case "hessian" -> SymbolicSystems.hessian(widths, d, alg, header);
            case "hessian-variety" -> SymbolicSystems.hessianVariety(widths,
                    form.equals("cyclic") ? HessianConditions.Form.CYCLIC : HessianConditions.Form.THEOREM, d, alg, header);
            default -> throw new IllegalStateException(what);
        };
    }

    private int identities(Widths widths, int m, Algebra alg, PrintWriter out) {
        List<String> names = identity.equals("all") ? Identities.NAMES : List.of(identity);
        for (String n : names) {
            Checks.require(Identities.NAMES.contains(n), "--identity", "all or one of " + Identities.NAMES, n);
        }
        out.println("Identities proved by symbolic expansion (Symja Expand; the gradient is Symja's D of the loss polynomial)");
        out.println("  widths " + widths + ", symbolic data with " + m + " samples; PROVED means every entry of the difference "
                + "of the two sides expanded to the polynomial 0");
        boolean all = true;
        for (String n : names) {
            IdentityCheck c = Identities.check(n, widths, m, alg);
            out.println("  " + c.summary());
            for (String r : c.remainders()) {
                out.println("      nonzero remainder: " + r);
            }
            all &= c.proved();
        }
        return all ? Main.OK : Main.DISAGREE;
    }

    private static boolean usesData(String what) {
        return !what.equals("delta") && !what.equals("image-dimension");
    }

    private static Computation computation(String what) {
        return switch (what) {
            case "delta" -> Computation.DELTA;
            case "loss" -> Computation.LOSS;
            case "gradient" -> Computation.GRADIENT;
            case "hessian" -> Computation.HESSIAN;
            case "hessian-variety" -> Computation.HESSIAN_VARIETY;
            case "identities" -> Computation.IDENTITIES;
            default -> Computation.IMAGE_DIMENSION;
        };
    }

    private static ExportFormat parseFormat(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "text" -> ExportFormat.TEXT;
            case "latex" -> ExportFormat.LATEX;
            case "m2", "macaulay2" -> ExportFormat.M2;
            case "singular" -> ExportFormat.SINGULAR;
            default -> throw Checks.failure("--export", "text, latex, m2 or singular", text);
        };
    }

    /** The options that determine the output, as a command line a reader can rerun. */
    private String commandLine(Widths widths) {
        List<String> parts = new ArrayList<>(Arrays.asList("--widths", widths.toString(), "--what", what));
        if (!export.equalsIgnoreCase("text")) {
            parts.addAll(List.of("--export", export));
        }
        if (zero != null) {
            parts.addAll(List.of("--zero", "\"" + zero + "\""));
        }
        if (!what.equals("delta") && !what.equals("image-dimension")) {
            parts.addAll(List.of("--data", data));
            if (samples != null) {
                parts.addAll(List.of("--samples", String.valueOf(samples)));
            }
            if (data.equals("random")) {
                parts.addAll(List.of("--seed", String.valueOf(seedOption.value())));
            }
        }
        if (what.equals("hessian-variety")) {
            parts.addAll(List.of("--form", form));
        }
        return parts.stream().collect(Collectors.joining(" "));
    }
}
