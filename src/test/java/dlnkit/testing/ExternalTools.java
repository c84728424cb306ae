package dlnkit.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one way tests find and run external programs (Macaulay2, Singular, pdflatex, Chromium, Slurm).
 *
 * <p>{@link #require} skips a test with a clear message when the program is missing or does not run, except
 * under CI ({@code CI=true}, as {@code .ci/run} is run) or with {@code DLNKIT_REQUIRE_TOOLS=1}: there a missing
 * program fails the test, because {@code .ci/run} installs every program a test needs and a quiet skip would
 * hide a check that did not happen.
 */
public final class ExternalTools {
    private static final Map<String, Boolean> RUNS = new ConcurrentHashMap<>();

    private ExternalTools() {
    }

    /** Exit code and combined output of a finished run. */
    public record Run(int exitCode, String output) {
    }

    /** True when tests must not skip for a missing program. */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || "1".equals(System.getenv("DLNKIT_REQUIRE_TOOLS"));
    }

    /** True when {@code program} is on the PATH and answers {@code versionArgs} with exit code 0. */
    public static boolean runs(String program, String... versionArgs) {
        return RUNS.computeIfAbsent(program + " " + String.join(" ", versionArgs), key -> {
            if (which(program) == null) {
                return false;
            }
            try {
                Path dir = Files.createTempDirectory("dlnkit-probe");
                Run r = run(dir, concat(program, versionArgs), 60);
                return r.exitCode() == 0;
            } catch (IOException | InterruptedException | AssertionError e) {
                return false;
            }
        });
    }

    /**
     * Skips the calling test (or fails it under CI) unless {@code program} runs; {@code versionArgs} is a cheap
     * invocation that must exit 0, such as {@code --version}.
     */
    public static void require(String program, String... versionArgs) {
        if (runs(program, versionArgs)) {
            return;
        }
        String message = program + " is not installed or does not run (" + program + " " + String.join(" ", versionArgs)
                + "); .ci/run installs it";
        if (required()) {
            Assertions.fail(message + ", but it is missing under CI");
        }
        Assumptions.abort(message);
    }

    /** The executable's path on the PATH, or null. */
    public static Path which(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** {@code M2 --script file}. */
    public static Run macaulay2(String script) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("dlnkit-m2");
        Path file = dir.resolve("export.m2");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        return run(dir, List.of("M2", "--script", file.toString()), 120);
    }

    /** {@code Singular -q --no-tty file}; the script must end with {@code quit;}. */
    public static Run singular(String script) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("dlnkit-singular");
        Path file = dir.resolve("export.sing");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        return run(dir, List.of("Singular", "-q", "--no-tty", file.toString()), 120);
    }

    /** {@code pdflatex -halt-on-error} on a document. */
    public static Run pdflatex(String document) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("dlnkit-latex");
        Path file = dir.resolve("export.tex");
        Files.writeString(file, document, StandardCharsets.UTF_8);
        return run(dir, List.of("pdflatex", "-interaction=nonstopmode", "-halt-on-error", file.toString()), 120);
    }

    /** Runs {@code command} in {@code dir} with no input; fails the test when it takes longer than {@code seconds}. */
    public static Run run(Path dir, List<String> command, int seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "output", ".txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + seconds + " s");
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static List<String> concat(String program, String... args) {
        List<String> all = new java.util.ArrayList<>();
        all.add(program);
        all.addAll(List.of(args));
        return all;
    }
}
