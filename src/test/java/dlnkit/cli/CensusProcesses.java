package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test helper: dlnkit census runs as separate processes of the shaded jar (the jar failsafe names in dlnkit.jar). */
final class CensusProcesses {
    private CensusProcesses() {
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("dlnkit.jar", "target/dlnkit.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "missing " + jar + " (mvn package)");
        return jar;
    }

    /** Starts {@code java -jar dlnkit.jar args...}, output to {@code log}. */
    static Process start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java", "-jar", jar().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    /** Waits for {@code p}; fails the test when it does not exit in {@code seconds} or exits with another code. */
    static void await(Process p, Path log, int seconds, int expectedCode) throws IOException, InterruptedException {
        boolean ended = p.waitFor(seconds, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(ended, "did not exit within " + seconds + " s: " + output);
        assertTrue(p.exitValue() == expectedCode, "exit " + p.exitValue() + " (expected " + expectedCode + "): " + output);
    }

    /** Runs one census command to the end with exit code 0 and returns its output. */
    static String run(Path dir, String name, String... args) throws IOException, InterruptedException {
        Path log = dir.resolve(name + ".log");
        Process p = start(log, args);
        await(p, log, 600, 0);
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
