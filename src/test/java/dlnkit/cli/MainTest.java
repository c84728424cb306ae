package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command tree {@link Main} builds: the whole of it, or only the subcommand that runs. */
class MainTest {
    private static CommandLine tree(String first) {
        return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), first);
    }

    @Test
    void everyNameIsItsCommandsAnnotatedName() {
        for (Map.Entry<String, Class<?>> e : Main.SUBCOMMANDS) {
            assertEquals(e.getKey(), e.getValue().getAnnotation(CommandLine.Command.class).name(), e.getValue().getName());
        }
        assertEquals(Main.SUBCOMMANDS.size(), Main.SUBCOMMANDS.stream().map(Map.Entry::getKey).distinct().count());
    }

    @Test
    void aKnownFirstArgumentBuildsOnlyThatSubcommand() {
        for (Map.Entry<String, Class<?>> e : Main.SUBCOMMANDS) {
            CommandLine cli = tree(e.getKey());
            if (e.getValue() == CommandLine.HelpCommand.class) {
                assertEquals(Main.SUBCOMMANDS.size(), cli.getSubcommands().size(), "help sees every command");
            } else {
                assertEquals(List.of(e.getKey()), List.copyOf(cli.getSubcommands().keySet()));
                assertTrue(e.getValue().isInstance(cli.getSubcommands().get(e.getKey()).getCommand()));
            }
        }
    }

    @Test
    void anythingElseBuildsTheWholeTreeInHelpOrder() {
        List<String> names = Main.SUBCOMMANDS.stream().map(Map.Entry::getKey).toList();
        for (String first : new String[] {null, "--help", "-V", "conjectur", "Conjecture", ""}) {
            assertEquals(names, List.copyOf(tree(first).getSubcommands().keySet()), String.valueOf(first));
        }
    }

    @Test
    void aMisspeltSubcommandIsRefusedInOneLineWithASuggestion() {
        DimsCommandTest.Run r = DimsCommandTest.run("conjectur", "--depth", "3");
        assertEquals(Main.BAD_INPUT, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("conjecture"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void outOfMemoryIsFoundThroughWrappers() {
        assertTrue(OutOfMemory.causes(new IllegalStateException(new RuntimeException(new OutOfMemoryError("x")))));
        assertFalse(OutOfMemory.causes(new IllegalStateException(new RuntimeException("x"))));
        assertTrue(OutOfMemory.line().matches("dlnkit: out of memory: the Java heap limit \\(\\d+ MB\\) was reached; .*DLNKIT_JAVA_OPTS.*"),
                OutOfMemory.line());
    }
}
