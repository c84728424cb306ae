package dlnkit.cli;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --widths d0,...,dN}, or the shorthand {@code --depth N --width d} for constant widths. Every option that takes
 * a widths vector converts it with {@link Converter}.
 */
final class WidthsOptions {
    @Option(names = "--widths", paramLabel = "d0,...,dN", converter = Converter.class,
            description = "The widths d_0..d_N, at least 2 entries, each 1..64, e.g. 2,2,2,2,2.")
    Widths widths;

    @Option(names = "--depth", paramLabel = "N", description = "Depth N (with --width): widths d,d,...,d (N+1 entries).")
    Integer depth;

    @Option(names = "--width", paramLabel = "d", description = "Constant width d (with --depth).")
    Integer width;

    Widths resolve() {
        if (widths != null) {
            Checks.require(depth == null && width == null, "--widths", "no --depth or --width beside it",
                    given());
            return widths;
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

    /**
     * A widths vector from the command line: comma-separated ASCII digits, at least 2 entries, each 1..64. A bad
     * vector is refused while the arguments are parsed, in one line: {@code --widths: expected ..., got ...}.
     */
    static final class Converter implements ITypeConverter<Widths> {
        @Override
        public Widths convert(String value) {
            try {
                return Widths.parse(value);
            } catch (IllegalArgumentException e) {
                // Checks' message is "widths: expected ..., got ..."; the command line names the option instead
                throw new TypeConversionException(e.getMessage().replaceFirst("^widths: ", ""));
            }
        }
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
