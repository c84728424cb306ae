package dlnkit.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.TypeConversionException;

/**
 * Output formats of commands whose output is data. Every such command writes text and json; some also latex. The
 * accepted values of a command are given by the {@link FormatOption} it mixes in.
 */
enum Format {
    TEXT, JSON, LATEX;

    /** The value as typed on the command line. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code "text, json or latex"}. */
    static String labels(List<Format> formats) {
        List<String> names = formats.stream().map(Format::label).collect(Collectors.toList());
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /**
     * The format named by {@code text} (case does not matter), if {@code accepted} holds it; otherwise a conversion
     * error naming the value and the accepted values, which the command line prints as one line (exit 2).
     */
    static Format parse(String text, List<Format> accepted) {
        for (Format f : accepted) {
            if (f.label().equalsIgnoreCase(text)) {
                return f;
            }
        }
        throw new TypeConversionException("expected " + labels(accepted) + ", got \"" + text + "\"");
    }
}
