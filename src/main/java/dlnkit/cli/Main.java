package dlnkit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dlnkit} command line. {@link #main} exits the JVM as soon as the command is done: Symja
 * starts non-daemon thread pools that would otherwise keep it alive.
 */
@Command(name = "dlnkit", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Verify claims about deep linear networks: the image dimension of the delta map (exact and float ranks), on "
                + "subvarieties and on the vanishing-Hessian variety A_H, the main conjecture with certificates, polynomial systems "
                + "and their exports, and gradient descent. `dlnkit report` runs the main job.",
        exitCodeList = {"0:success", "1:the computation finished but its routes disagree or are inconclusive (or a "
            + "benchmark missed its target)"})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int DISAGREE = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;
    public static final int OUT_OF_MEMORY = 4;

    /**
     * The subcommands by name, in the order {@code --help} lists them (each name is its command's {@code @Command} name,
     * which {@code MainTest} checks). They are added by {@link #commandLine}, not by the annotation, so that a run of one
     * subcommand builds only that one: picocli's model of the whole tree, and even reading every command's annotation
     * to find the one named, cost a large part of a small computation's start-up.
     */
    static final List<Map.Entry<String, Class<?>>> SUBCOMMANDS = List.of(Map.entry("dims", DimsCommand.class),
            Map.entry("restrict", RestrictCommand.class), Map.entry("conjecture", ConjectureCommand.class),
            Map.entry("census", CensusCommand.class), Map.entry("search", SearchCommand.class),
            Map.entry("hessian", HessianCommand.class), Map.entry("symbolic", SymbolicCommand.class),
            Map.entry("experiment", ExperimentCommand.class), Map.entry("verify", VerifyCommand.class),
            Map.entry("tables", TablesCommand.class), Map.entry("report", ReportCommand.class),
            Map.entry("bench", BenchCommand.class), Map.entry("help", CommandLine.HelpCommand.class));

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (see dlnkit --help)");
    }

    public static void main(String[] args) {
        OutOfMemory.install();
        int code;
        try {
            code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        } catch (OutOfMemoryError e) {
            OutOfMemory.say();
            code = OUT_OF_MEMORY;
        }
        System.exit(code);
    }

    /** Runs the command line without exiting; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(out, err, args.length == 0 ? null : args[0]);
        return cli.execute(args);
    }

    /** The whole command tree. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null);
    }

    /**
     * The command tree with only the subcommand named {@code first} when there is one by that name (the first
     * argument: the root has no options besides help and version), else with every subcommand, so that the root's
     * help, {@code help}, and the suggestions for a misspelt name see them all.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String first) {
        CommandLine cli = new CommandLine(new Main());
        Class<?> only = null;
        for (Map.Entry<String, Class<?>> e : SUBCOMMANDS) {
            if (e.getKey().equals(first) && e.getValue() != CommandLine.HelpCommand.class) {
                only = e.getValue();
            }
        }
        for (Map.Entry<String, Class<?>> e : SUBCOMMANDS) {
            if (only == null || e.getValue() == only) {
                cli.addSubcommand(e.getValue());
            }
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        ExitCodes.apply(cli);
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + unknownSubcommand(ex).orElseGet(() -> houseForm(oneLine(ex.getMessage()))));
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof IllegalArgumentException) {
                c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + oneLine(ex.getMessage()));
                return BAD_INPUT;
            }
            if (OutOfMemory.causes(ex)) {
                OutOfMemory.say();
                return OUT_OF_MEMORY;
            }
            c.getErr().println(c.getCommandSpec().qualifiedName() + ": internal error: " + ex);
            ex.printStackTrace(c.getErr());
            return INTERNAL;
        });
        return cli;
    }

    /**
     * "unknown subcommand 'x': expected one of dims, ..." (and picocli's closest names) when the root meets a word that
     * names no subcommand; empty for every other refusal.
     */
    static java.util.Optional<String> unknownSubcommand(CommandLine.ParameterException ex) {
        CommandLine c = ex.getCommandLine();
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || c.getSubcommands().isEmpty() || u.getUnmatched().isEmpty()
                || u.getUnmatched().get(0).startsWith("-")) {
            return java.util.Optional.empty();
        }
        List<String> close = u.getSuggestions();
        return java.util.Optional.of("unknown subcommand '" + u.getUnmatched().get(0) + "': expected one of "
                + String.join(", ", c.getSubcommands().keySet()) + (close.isEmpty() ? "" : " (closest: " + String.join(", ", close) + ")"));
    }

    /**
     * picocli's "Invalid value for option '--x': message" as the house form "--x: message": the converters (widths,
     * seed, format) throw "expected ..., got ...", so a refusal reads like every other.
     */
    static String houseForm(String message) {
        return message.replaceFirst("^Invalid value for option '([^']+)': ", "$1: ");
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"dlnkit " + (v == null ? "development build" : v)};
        }
    }
}
