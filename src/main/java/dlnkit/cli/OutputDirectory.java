package dlnkit.cli;

import dlnkit.io.AtomicFiles;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --out DIR}, mixed into every command that writes files into a directory: the same description and the same
 * check ({@link AtomicFiles#checkOutputDirectory}), which a command runs first, before any computation.
 */
abstract class OutputDirectory {
    static final String DESCRIPTION = "Output directory, created if missing; checked before any computation";

    abstract Path path();

    /** The directory, after checking that it is or can be created as a writable directory (exit 2 otherwise). */
    Path checked() {
        AtomicFiles.checkOutputDirectory("--out", path());
        return path();
    }

    /** {@code --out DIR}, required. */
    static final class Required extends OutputDirectory {
        @Option(names = "--out", required = true, paramLabel = "DIR", description = DESCRIPTION + ".")
        Path dir;

        @Override
        Path path() {
            return dir;
        }
    }

    /** {@code --out DIR}, by default {@code out}. */
    static final class DefaultOut extends OutputDirectory {
        @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", description = DESCRIPTION + " (default: ${DEFAULT-VALUE}).")
        Path dir;

        @Override
        Path path() {
            return dir;
        }
    }
}
