package dlnkit.cli;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dlnkit hessian}: the cyclic pair rule against the gradient and Hessian, on structured random points. */
@Command(name = "hessian", mixinStandardHelpOptions = true,
        description = {"Decides membership in the vanishing-Hessian variety A_H three ways at K structured random integer "
                + "points with integer full-rank data, and prints the agreement table: the cyclic pair rule (exact), the "
                + "definition (gradient and Hessian of the loss vanish, exact integer arithmetic), and floating point (float "
                + "gradient and dense Hessian, each entry against a rounding bound from the same formulas on absolute values; "
                + "the true entries are integers, so a float answer with every bound below 1/2 is exact, otherwise it is "
                + "counted as inconclusive). Half of the points lie on the orbit of a random stratum of "
                + "A_H, the others on random orbits (zero layers, rank-deficient layers, aligned kernels); three in four "
                + "points whose orbit has a stratum get data respecting its zero pattern, so both answers occur. Any disagreement is a failure.",
            "--widths gives one widths vector; --depths A-B with --width d gives constant widths at each depth."},
        exitCodeList = {"0:full agreement", "1:a disagreement"})
final class HessianCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--widths", paramLabel = "d0,...,dN", converter = WidthsOptions.Converter.class, description = "One widths vector.")
    Widths widths;

    @Option(names = "--depths", paramLabel = "A-B", description = "A range of depths (with --width), e.g. 3-6.")
    String depths;

    @Option(names = "--width", paramLabel = "d", description = "Constant width (with --depths).")
    Integer width;

    @Option(names = "--point", paramLabel = "FILE",
            description = "Check one point instead: JSON {\"widths\": [...], \"point\": [W_1, ..., W_N], \"x\": X, \"y\": Y} "
                    + "(matrices as lists of rows). Integer entries: the rule and the definition are decided exactly; "
                    + "otherwise both in floating point (arcs relative to the product of their arrows' norms).")
    java.nio.file.Path pointFile;

    @Option(names = "--samples", defaultValue = "100", paramLabel = "K", description = "Points per widths vector (default: ${DEFAULT-VALUE}).")
    int samples;

    @Mixin
    SeedOption seedOption = new SeedOption();

    @Mixin
    FormatOption.TextJson formatOption = new FormatOption.TextJson();

    @Mixin
    ProgressOption progress = new ProgressOption();

    @Option(names = "--data", defaultValue = "fixed", paramLabel = "fixed|all", description = DataNotion.HELP
            + " With all, the table compares the three-blocks rule with the exact gradient and Hessian for every data (on a "
            + "spanning family of one-sample data) and at random integer data; --point is for fixed data only.")
    DataNotion data;

    /** The agreement table this command computed (data fixed, no --point), for callers that run it through the command line. */
    HessianTable result;

    @Override
    public Integer call() throws java.io.IOException {
        long seed = seedOption.value();
        Format format = formatOption.get();
        if (pointFile != null) {
            Checks.require(data == DataNotion.FIXED, "--data", "fixed with --point (the point file carries its data)", "all");
            Checks.require(widths == null && depths == null, "--point", "no --widths or --depths beside it (the file has its widths)",
                    widths != null ? "--widths " + widths : "--depths " + depths);
            return checkPoint();
        }
        Checks.require(samples >= 1 && samples <= 1_000_000, "--samples", "an integer between 1 and 1000000", samples);
        List<Widths> cases = new ArrayList<>();
        if (widths != null) {
            Checks.require(depths == null && width == null, "--widths", "no --depths or --width beside it", "--depths " + depths);
            cases.add(widths);
        } else {
            Checks.require(depths != null && width != null, "widths", "--widths d0,...,dN or --depths A-B with --width d",
                    "--depths " + depths + ", --width " + width);
            String[] range = depths.split("-", -1);
            int from;
            int to;
            try {
                from = Integer.parseInt(range[0].trim());
                to = range.length == 2 ? Integer.parseInt(range[1].trim()) : from;
            } catch (NumberFormatException e) {
                throw Checks.failure("--depths", "a range such as 3-6", "\"" + depths + "\"");
            }
            Checks.require(range.length <= 2 && from >= 1 && to >= from && to <= 64, "--depths", "a range A-B with 1 <= A <= B <= 64",
                    "\"" + depths + "\"");
            for (int d = from; d <= to; d++) {
                cases.add(Widths.constant(d, width));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (data == DataNotion.ALL) {
            return AllDataCommands.hessian(out, cases, samples, seed, format, progress.noProgress);
        }
        long total = (long) samples * cases.size();
        HessianTable table;
        try (Progress bar = progress.start("points checked", total, total >= 200)) {
            table = HessianTable.compute(cases, samples, seed, bar);
        }
        result = table;
        boolean ok = table.fullAgreement();
        if (format == Format.JSON) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (HessianTable.Row r : table.rows()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("widths", r.widths().values());
                row.put("samples", r.samples());
                row.put("inHessianVariety", r.inside());
                row.put("notInHessianVariety", r.outside());
                row.put("agree", r.agree());
                row.put("disagree", r.disagree());
                row.put("floatInconclusive", r.floatInconclusive());
                rows.add(row);
            }
            out.println(new Json().put("rows", rows).put("disagreements", table.disagreements()).put("agreement", ok)
                    .put("seed", table.seed()));
        } else {
            out.printf(Locale.ROOT, "hessian: pair rule (exact) vs definition (exact gradient and Hessian) vs floating point, seed %d%n",
                    table.seed());
            out.printf(Locale.ROOT, "  %-20s %8s %8s %8s %8s %9s %18s%n", "widths", "samples", "in A_H", "not in", "agree", "disagree",
                    "float inconclusive");
            for (HessianTable.Row r : table.rows()) {
                out.printf(Locale.ROOT, "  %-20s %8d %8d %8d %8d %9d %18d%n", WidthsOptions.describe(r.widths()), r.samples(), r.inside(),
                        r.outside(), r.agree(), r.disagree(), r.floatInconclusive());
            }
            out.println("  (float inconclusive: a rounding bound reached 1/2, so the float answer could not separate an integer"
                    + " entry from 0; the rule and the exact definition still agree on those points)");
            table.disagreements().forEach(d -> out.println("  DISAGREEMENT " + d));
            out.println(ok ? "  full agreement" : "  DISAGREEMENTS FOUND");
        }
        out.flush();
        return ok ? Main.OK : Main.DISAGREE;
    }

    private int checkPoint() throws java.io.IOException {
        long seed = seedOption.value();
        Format format = formatOption.get();
        PointFile p = PointFile.read(pointFile);
        Widths w = p.widths();
        dlnkit.model.Network net = p.network();
        dlnkit.model.Data data = p.data();
        dlnkit.numeric.DataAssumptions.check(data).requireHolds();
        List<String> lines = new java.util.ArrayList<>();
        Json json = new Json().put("point", pointFile.toString()).put("widths", w.values()).put("integral", p.integral());
        boolean agree;
        if (p.integral()) {
            java.math.BigInteger[][][] layers = new java.math.BigInteger[w.depth() + 1][][];
            for (int t = 1; t <= w.depth(); t++) {
                layers[t] = PointFile.toInteger(p.point().get(t - 1));
            }
            java.math.BigInteger[][] x = PointFile.toInteger(p.x());
            java.math.BigInteger[][] y = PointFile.toInteger(p.y());
            java.math.BigInteger[][] m = dlnkit.exact.IntegerMatrix.multiply(x, dlnkit.exact.IntegerMatrix.transpose(y));
            String failing = dlnkit.hessian.PairRule.firstViolation(w, layers, m);
            boolean definition = dlnkit.hessian.ExactLoss.gradientAndHessianVanish(w, layers, x, y);
            dlnkit.hessian.HessianAgreement.FloatVerdict f = dlnkit.hessian.HessianAgreement.floatVerdict(net, data);
            lines.add("  cyclic pair rule (exact)                 " + (failing == null ? "in A_H" : "not in A_H: " + failing + " has no zero arc"));
            lines.add("  gradient and Hessian (exact, integers)   " + (definition ? "both vanish: in A_H" : "do not both vanish: not in A_H"));
            lines.add("  gradient and Hessian (floating point)    " + (!f.conclusive()
                    ? "inconclusive (a rounding bound reaches 1/2, so an integer entry cannot be told from 0)"
                    : (f.vanish() ? "both vanish (every entry within its rounding bound): in A_H" : "do not both vanish: not in A_H")));
            agree = (failing == null) == definition && (!f.conclusive() || f.vanish() == definition);
            json.put("pairRuleInHessianVariety", failing == null).put("failingPair", failing)
                    .put("exactGradientAndHessianVanish", definition)
                    .put("floatConclusive", f.conclusive()).put("floatGradientAndHessianVanish", f.conclusive() ? f.vanish() : null);
        } else {
            dlnkit.hessian.HessianVariety floatRule = dlnkit.hessian.HessianVariety.check(net, data, Tolerances.DEFAULT);
            dlnkit.hessian.HessianCheck numeric = dlnkit.hessian.HessianCheck.at(net, data, seed, Tolerances.DEFAULT);
            lines.add("  cyclic pair rule (floating point)        " + (floatRule.contained() ? "in A_H"
                    : "not in A_H: " + floatRule.failingPair().orElse("?") + " has no zero arc")
                    + String.format(Locale.ROOT, " (largest smaller-arc size %.1e, tolerance %.0e)", floatRule.worst(), floatRule.tolerance()));
            lines.add("  gradient and Hessian (floating point)    " + numeric.summary());
            agree = floatRule.contained() == numeric.inHessianVariety();
            json.put("pairRuleInHessianVariety", floatRule.contained()).put("failingPair", floatRule.failingPair().orElse(null))
                    .put("pairRuleTolerance", floatRule.tolerance())
                    .put("floatGradientAndHessianVanish", numeric.inHessianVariety()).put("seed", seed);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(json.put("agree", agree));
        } else {
            out.println("hessian: point " + pointFile + ", widths " + WidthsOptions.describe(w));
            lines.forEach(out::println);
            out.println(agree ? "  agreement" : "  DISAGREEMENT");
        }
        out.flush();
        return agree ? Main.OK : Main.DISAGREE;
    }
}
