package dlnkit.symbolic;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Macaulay2, Singular or pdflatex on a script when they are installed (tests skip otherwise). */
final class ExternalTools {
    private ExternalTools() {
    }

    record Run(int exitCode, String output) {
    }

    /** True when {@code program} is an executable on the PATH. */
    static boolean installed(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** {@code M2 --script file}. */
    static Run macaulay2(String script) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("dlnkit-m2");
        Path file = dir.resolve("export.m2");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        return run(dir, List.of("M2", "--script", file.toString()));
    }

    /** {@code Singular -q --no-tty file}; the script must end with {@code quit;}. */
    static Run singular(String script) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("dlnkit-singular");
        Path file = dir.resolve("export.sing");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        return run(dir, List.of("Singular", "-q", "--no-tty", file.toString()));
    }

    /** {@code pdflatex -halt-on-error} on a document. */
    static Run pdflatex(String document) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("dlnkit-latex");
        Path file = dir.resolve("export.tex");
        Files.writeString(file, document, StandardCharsets.UTF_8);
        return run(dir, List.of("pdflatex", "-interaction=nonstopmode", "-halt-on-error", file.toString()));
    }

    private static Run run(Path dir, List<String> command) throws IOException, InterruptedException {
        Path log = dir.resolve("output.txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in 120 s");
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
