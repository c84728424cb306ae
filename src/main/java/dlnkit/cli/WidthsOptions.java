package dlnkit.cli;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import picocli.CommandLine.Option;

/** {@code --widths d0,...,dN}, or the shorthand {@code --depth N --width d} for constant widths. */
final class WidthsOptions {
    @Option(names = "--widths", paramLabel = "d0,...,dN",
            description = "The widths d_0..d_N, at least 2 entries, each 1..64, e.g. 2,2,2,2,2.")
    String widths;

    @Option(names = "--depth", paramLabel = "N", description = "Depth N (with --width): widths d,d,...,d (N+1 entries).")
    Integer depth;

    @Option(names = "--width", paramLabel = "d", description = "Constant width d (with --depth).")
    Integer width;

    Widths resolve() {
        if (widths != null) {
            Checks.require(depth == null && width == null, "--widths", "no --depth or --width beside it",
                    given());
            return Widths.parse(widths);
        }
        Checks.require(depth != null && width != null, "widths",
                "--widths d0,...,dN or both --depth N and --width d", given());
        return Widths.constant(depth, width);
    }

    private String given() {
        String d = depth == null ? "no --depth" : "--depth " + depth;
        String w = width == null ? "no --width" : "--width " + width;
        return d + " and " + w;
    }

    /** The widths as printed: in full when short, else the first few with a count. */
    static String describe(Widths w) {
        if (w.values().size() <= 12) {
            return w.toString();
        }
        boolean constant = w.values().stream().distinct().count() == 1;
        return constant ? w.d(0) + "," + w.d(0) + ",...," + w.d(0) + " (" + w.values().size() + " entries)"
                : w.values().subList(0, 6) + "... (" + w.values().size() + " entries)";
    }
}
