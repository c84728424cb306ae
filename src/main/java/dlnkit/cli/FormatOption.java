package dlnkit.cli;

import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code --format}, mixed into every command whose output is data: the same option name, default, description and
 * refusal everywhere, with the accepted values of the command. A value the command does not write is refused while
 * the arguments are parsed: exit 2 and one line naming {@code --format}, the value and the accepted values.
 */
abstract class FormatOption {
    /** The format chosen. */
    abstract Format get();

    /** {@code --format text|json}. */
    static final class TextJson extends FormatOption {
        static final List<Format> ACCEPTED = List.of(Format.TEXT, Format.JSON);

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", converter = Accepted.class,
                description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        Format get() {
            return format;
        }

        static final class Accepted implements ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                return Format.parse(value, ACCEPTED);
            }
        }
    }

    /** {@code --format text|json|latex}. */
    static final class TextJsonLatex extends FormatOption {
        static final List<Format> ACCEPTED = List.of(Format.TEXT, Format.JSON, Format.LATEX);

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", converter = Accepted.class,
                description = "Output format: text, json or latex (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        Format get() {
            return format;
        }

        static final class Accepted implements ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                return Format.parse(value, ACCEPTED);
            }
        }
    }
}
