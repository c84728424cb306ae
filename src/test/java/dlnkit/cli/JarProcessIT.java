package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the shaded jar as its own process: the process must end by itself (no thread pool may keep the
 * JVM alive) with the documented exit code. The 60 s bound detects a hang; it is not a speed target.
 */
class JarProcessIT {
    record Result(int code, String out, String err) {
    }

    static Result runJar(String... args) throws IOException, InterruptedException {
        return runJar(List.of(), args);
    }

    static Result runJar(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("dlnkit.jar", "target/dlnkit.jar");
        assertTrue(new File(jar).isFile(), "missing " + jar);
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "dlnkit " + String.join(" ", args) + " did not exit within 60 s");
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void dimsExitsByItselfWithCodeZero() throws Exception {
        Result r = runJar("dims", "--depth", "3", "--width", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("6 of 6"), r.out());
    }

    @Test
    void badWidthsExitWithCodeTwoAndOneLine() throws Exception {
        Result r = runJar("dims", "--widths", "2,x");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    /** A run that reaches the heap limit, in the main thread or in a worker, ends at once with code 4 and one line. */
    @Test
    void outOfMemoryExitsWithCodeFourAndOneLine() throws Exception {
        Result r = runJar(List.of("-Xmx48m"), "conjecture", "--depth", "7", "--width", "6", "--threads", "2", "--no-progress");
        assertEquals(Main.OUT_OF_MEMORY, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("out of memory: the Java heap limit (48 MB) was reached") && r.err().contains("DLNKIT_JAVA_OPTS"), r.err());
    }

    @Test
    void helpListsTheExitCodes() throws Exception {
        Result r = runJar("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Exit codes"), r.out());
    }
}
