package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Widths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The conventions every command shares, checked on the whole command tree: the exit-code section of {@code --help}
 * ends with the same lines everywhere; {@code --seed}, {@code --format}, {@code --no-progress} and {@code --out} are
 * declared once and read the same in every command that has them; a {@code --format} value a command does not write
 * and a seed out of range are refused with exit 2 and one line; every widths option uses the one converter.
 */
@Tag("slow") // full tier only (about 20 s: hundreds of --help renderings): mvn -B verify -Pfull, as CI runs it
class CommandLineConventionsTest {
    /** Every command below the root, as the arguments that name it ({@code ["census", "report"]}), with its model. */
    static Map<List<String>, CommandLine> commands() {
        Map<List<String>, CommandLine> all = new LinkedHashMap<>();
        collect(Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), List.of(), all);
        return all;
    }

    private static void collect(CommandLine cli, List<String> path, Map<List<String>, CommandLine> all) {
        if (!path.isEmpty()) {
            all.put(path, cli);
        }
        cli.getSubcommands().forEach((name, sub) -> {
            List<String> p = new ArrayList<>(path);
            p.add(name);
            collect(sub, p, all);
        });
    }

    static Stream<List<String>> commandPaths() {
        return commands().keySet().stream();
    }

    static Stream<List<String>> commandsWith(String option) {
        return commands().entrySet().stream().filter(e -> e.getValue().getCommandSpec().findOption(option) != null)
                .map(Map.Entry::getKey);
    }

    static Stream<List<String>> commandsWithFormat() {
        return commandsWith("--format");
    }

    static Stream<List<String>> commandsWithSeed() {
        return commandsWith("--seed");
    }

    private static DimsCommandTest.Run run(List<String> command, String... more) {
        List<String> args = new ArrayList<>(command);
        args.addAll(Arrays.asList(more));
        return DimsCommandTest.run(args.toArray(String[]::new));
    }

    /** The lines of the exit-code section: from the heading to the end of the help. */
    private static List<String> exitCodeSection(String help) {
        List<String> lines = help.strip().lines().toList();
        int heading = lines.lastIndexOf("Exit codes:");
        assertTrue(heading >= 0, "an exit-code section: " + help);
        return lines.subList(heading + 1, lines.size());
    }

    /** The section's lines from the entry of code 2 on. */
    private static List<String> sharedTail(List<String> section) {
        for (int i = 0; i < section.size(); i++) {
            if (section.get(i).matches("\\s*2\\s+.*")) {
                return section.subList(i, section.size());
            }
        }
        throw new AssertionError("no entry for exit code 2: " + section);
    }

    @Test
    void everyCommandsHelpEndsWithTheSameExitCodes() {
        List<String> rootTail = sharedTail(exitCodeSection(DimsCommandTest.run("--help").out()));
        assertTrue(String.join(" ", rootTail).contains("bad input"), rootTail.toString());
        assertTrue(String.join(" ", rootTail).matches(".*\\s3\\s+internal error.*"), rootTail.toString());
        assertTrue(String.join(" ", rootTail).matches(".*\\s4\\s+out of memory.*DLNKIT_JAVA_OPTS.*"), rootTail.toString());
        int checked = 0;
        for (List<String> command : commands().keySet()) {
            DimsCommandTest.Run r = run(command, "--help");
            assertEquals(0, r.code(), command + ": " + r.err());
            List<String> section = exitCodeSection(r.out());
            assertEquals(rootTail, sharedTail(section), command + " ends with the shared exit codes");
            // the codes are listed once each, in increasing order, and end with 2, 3 and 4
            List<Integer> codes = section.stream().filter(l -> l.matches("\\s*[0-9]\\s+.*")).map(l -> Integer.parseInt(l.strip()
                    .substring(0, 1))).toList();
            assertEquals(codes.stream().sorted().distinct().toList(), codes, command + ": " + section);
            assertEquals(List.of(2, 3, 4), codes.subList(codes.size() - 3, codes.size()), command + ": " + section);
            checked++;
        }
        assertTrue(checked >= 20, "the whole tree was walked: " + checked);
    }

    /** A command that can exit 1 says what 1 means; one whose code never returns 1 does not list it. */
    @Test
    void commandsThatNeverDisagreeDoNotListExitOne() {
        for (List<String> command : List.of(List.of("tables"), List.of("census", "report"), List.of("census", "query"),
                List.of("census", "draw"), List.of("experiment", "e1"), List.of("experiment", "e2"))) {
            List<String> section = exitCodeSection(run(command, "--help").out());
            assertFalse(section.stream().anyMatch(l -> l.matches("\\s*1\\s+.*")), command + ": " + section);
        }
        for (List<String> command : List.of(List.of("dims"), List.of("conjecture"), List.of("verify"), List.of("census"),
                List.of("experiment", "e3"), List.of("symbolic"))) {
            List<String> section = exitCodeSection(run(command, "--help").out());
            assertTrue(section.stream().anyMatch(l -> l.matches("\\s*1\\s+\\S.*")), command + ": " + section);
        }
    }

    /** The option's declaration as help shows it: label, default and description. */
    private static String declaration(CommandLine cli, String option) {
        OptionSpec o = cli.getCommandSpec().findOption(option);
        return o.paramLabel() + " | " + o.defaultValue() + " | " + String.join(" ", o.description()) + " | "
                + Arrays.stream(o.converters()).map(c -> c.getClass().getName()).toList();
    }

    @Test
    void sharedOptionsAreDeclaredIdenticallyEverywhere() {
        Map<List<String>, CommandLine> all = commands();
        for (String option : List.of("--seed", "--no-progress")) {
            List<String> declarations = all.values().stream().filter(c -> c.getCommandSpec().findOption(option) != null)
                    .map(c -> declaration(c, option)).distinct().toList();
            assertEquals(1, declarations.size(), option + " is declared one way: " + declarations);
        }
        assertTrue(commandsWithSeed().count() >= 15, "--seed everywhere randomness is: " + commandsWithSeed().toList());
        // --format and --out: one description apart from the accepted values, and the default
        List<String> formats = commandsWithFormat().map(c -> String.join(" ", all.get(c).getCommandSpec()
                .findOption("--format").description()).replaceAll("text(, json)? or (json|latex)", "VALUES")).distinct().toList();
        assertEquals(List.of("Output format: VALUES (default: text)."), formats);
        List<String> outs = all.values().stream().filter(c -> c.getCommandSpec().findOption("--out") != null)
                .map(c -> String.join(" ", c.getCommandSpec().findOption("--out").description()).replaceAll(" \\(default: [^)]*\\)", ""))
                .distinct().toList();
        assertEquals(List.of(OutputDirectory.DESCRIPTION + "."), outs);
    }

    @ParameterizedTest
    @MethodSource("commandsWithSeed")
    void theSeedReadsTheSameAndIsRangeChecked(List<String> command) {
        DimsCommandTest.Run help = run(command, "--help");
        String flat = help.out().replaceAll("\\s+", " ");
        String rootDims = run(List.of("dims"), "--help").out().replaceAll("\\s+", " ");
        int start = rootDims.indexOf("--seed=SEED Seed");
        String line = rootDims.substring(start, rootDims.indexOf("(default: 1).", start) + "(default: 1).".length());
        assertTrue(flat.contains(line), command + " lists --seed as dims does: " + line + "\n" + help.out());
        for (String bad : List.of("-1", "9223372036854775808", "\u0663", "+5", "1e3")) {
            DimsCommandTest.Run r = run(command, "--seed", bad, "--help");
            assertEquals(2, r.code(), command + " --seed " + bad + ": " + r.out() + r.err());
            HostileInputTest.assertOneLineNaming(r.err(), "--seed");
            HostileInputTest.assertOneLineNaming(r.err(), "\"" + bad + "\"");
        }
        assertEquals(0, run(command, "--seed", "9223372036854775807", "--help").code());
    }

    @ParameterizedTest
    @MethodSource("commandsWithFormat")
    void aFormatACommandDoesNotWriteIsRefusedInOneLine(List<String> command) {
        List<String> accepted = new ArrayList<>();
        for (String value : List.of("text", "json", "latex", "csv", "xml", "")) {
            DimsCommandTest.Run r = run(command, "--format", value, "--help");
            if (r.code() == 0) {
                accepted.add(value);
            } else {
                assertEquals(2, r.code(), command + " --format " + value + ": " + r.err());
                HostileInputTest.assertOneLineNaming(r.err(), "--format: expected ");
                HostileInputTest.assertOneLineNaming(r.err(), "got \"" + value + "\"");
                assertTrue(r.out().isEmpty(), r.out());
            }
        }
        assertEquals(List.of("text", "json"), accepted.subList(0, 2), command + ": text and json everywhere");
        assertFalse(accepted.contains("xml") || accepted.contains("") || accepted.contains("csv"), accepted.toString());
        String listed = accepted.size() == 2 ? "text or json" : "text, json or latex";
        String flat = run(command, "--help").out().replaceAll("\\s+", " ");
        assertTrue(flat.contains("--format=FORMAT Output format: " + listed + " (default: text)."), command + ": " + flat);
        DimsCommandTest.Run refused = run(command, "--format", "xml", "--help");
        assertTrue(refused.err().contains("--format: expected " + listed + ", got \"xml\""), "names the accepted values: " + refused.err());
        assertEquals(0, run(command, "--format", "JSON", "--help").code(), "case does not matter");
    }

    @Test
    void everyWidthsOptionUsesTheOneConverter() {
        int widthsOptions = 0;
        for (CommandLine cli : commands().values()) {
            for (OptionSpec o : cli.getCommandSpec().options()) {
                if (o.type() == Widths.class || o.longestName().equals("--widths")) {
                    assertEquals(Widths.class, o.type(), o.longestName());
                    assertEquals(1, o.converters().length);
                    assertTrue(o.converters()[0] instanceof WidthsOptions.Converter, cli.getCommandSpec().qualifiedName());
                    assertEquals("d0,...,dN", o.paramLabel());
                    widthsOptions++;
                }
            }
        }
        assertTrue(widthsOptions >= 7, "dims, restrict, conjecture, symbolic, hessian, experiment e1 and e3: " + widthsOptions);
        for (String bad : List.of("2,\u0663", "\uFF12,2", "2,,2", "2,x", "65,2", "2", "-2,2")) {
            for (List<String> command : List.of(List.of("dims"), List.of("hessian"), List.of("experiment", "e3"))) {
                DimsCommandTest.Run r = run(command, "--widths", bad, "--help");
                assertEquals(2, r.code(), command + " --widths " + bad + ": " + r.err());
                HostileInputTest.assertOneLineNaming(r.err(), "--widths: expected ");
            }
        }
    }
}
