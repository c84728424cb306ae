package dlnkit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The exit codes section of every command's {@code --help}, in one place. A command declares only what 0 and 1 mean
 * for it ({@code exitCodeList = {"0:...", "1:..."}} in its {@code @Command}; 1 only when it can exit 1); {@link #apply}
 * adds the heading and the lines every command shares, so each help ends with the same three lines.
 */
final class ExitCodes {
    static final String HEADING = "%nExit codes:%n";
    static final String BAD_INPUT = "bad input: one line on standard error names the option or file, the value and what "
            + "was expected";
    static final String INTERNAL = "internal error (a bug: please report it with the command line)";
    static final String OUT_OF_MEMORY = "out of memory: the Java heap limit was reached (./dlnkit sets 1.5 GB; raise it with "
            + "DLNKIT_JAVA_OPTS=-Xmx8g)";

    private ExitCodes() {
    }

    /** Gives {@code cli} and each of its subcommands, at any depth, the exit codes section. */
    static void apply(CommandLine cli) {
        UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
        Map<String, String> codes = new LinkedHashMap<>(usage.exitCodeList());
        codes.put("2", BAD_INPUT);
        codes.put("3", INTERNAL);
        codes.put("4", OUT_OF_MEMORY);
        usage.exitCodeListHeading(HEADING).exitCodeList(codes);
        cli.getSubcommands().values().forEach(ExitCodes::apply);
    }
}
