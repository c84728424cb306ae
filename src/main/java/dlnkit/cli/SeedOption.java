package dlnkit.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --seed}, mixed into every command that draws random numbers: the same default, description and range
 * everywhere. A seed is an integer from 0 to 2^63 - 1 in ASCII digits; anything else is refused while the arguments
 * are parsed (exit 2, one line).
 */
final class SeedOption {
    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", converter = Converter.class,
            description = "Seed of every random choice, an integer from 0 to 2^63-1; the output prints it, and the same "
                    + "seed repeats the computation (default: ${DEFAULT-VALUE}).")
    long seed;

    /** The seed given, or the default 1. */
    long value() {
        return seed;
    }

    /** ASCII digits only ({@link Long#parseLong} would also take other scripts' digits and a sign). */
    static final class Converter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            if (value.matches("[0-9]{1,19}")) {
                try {
                    return Long.parseLong(value);
                } catch (NumberFormatException e) {
                    // above 2^63 - 1: refused below
                }
            }
            throw new TypeConversionException("expected an integer from 0 to " + Long.MAX_VALUE + " (ASCII digits), got \""
                    + value + "\"");
        }
    }
}
