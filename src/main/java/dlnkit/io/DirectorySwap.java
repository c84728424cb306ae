package dlnkit.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A directory of outputs built aside and swapped in whole: the body writes into a fresh temporary directory beside
 * the target; only when it returns is the old target moved aside, the new one renamed into its place and the old
 * one deleted. An interrupted or failing run leaves the old directory untouched (and removes its partial one), and
 * two concurrent runs each swap in a complete directory: the target is never a mix of two runs.
 *
 * <p>Text files that name the temporary directory (commands, paths in outputs) are rewritten to name the target.
 */
public final class DirectorySwap {
    /** Files whose text is rewritten to name the final directory. */
    static final Set<String> TEXT = Set.of("txt", "html", "tex", "csv", "json", "m2", "svg", "md");
    private static final int ATTEMPTS = 20;

    private DirectorySwap() {
    }

    /** Produces the directory's content in {@code work}; returns a result. */
    @FunctionalInterface
    public interface Body<T> {
        T build(Path work) throws IOException;
    }

    /** Runs {@code body} in a fresh directory beside {@code target}, then swaps it in; returns the body's result. */
    public static <T> T build(Path target, Body<T> body) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path work = Files.createTempDirectory(parent, "." + abs.getFileName() + ".partial-");
        boolean swapped = false;
        try {
            T result = body.build(work);
            rewritePaths(work, work.toString(), target.toString());
            swapIn(work, abs);
            swapped = true;
            return result;
        } finally {
            if (!swapped) {
                deleteRecursively(work);
            }
        }
    }

    /** Moves {@code ready} into {@code target}'s place, the old target (if any) aside and then away. */
    static void swapIn(Path ready, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path old = null;
            if (Files.exists(target)) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                try {
                    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                } catch (NoSuchFileException e) {
                    old = null; // a concurrent run moved it first
                }
            }
            try {
                Files.move(ready, target, StandardCopyOption.ATOMIC_MOVE);
                if (old != null) {
                    deleteRecursively(old);
                }
                return;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // a concurrent run swapped its directory in between: retire that one and try again
                if (old != null) {
                    deleteRecursively(old);
                }
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void rewritePaths(Path dir, String from, String to) throws IOException {
        if (from.equals(to)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(DirectorySwap::isText).toList();
        }
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (text.contains(from)) {
                AtomicFiles.writeString(f, text.replace(from, to));
            }
        }
    }

    private static boolean isText(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot >= 0 && TEXT.contains(name.substring(dot + 1));
    }

    /** Deletes a directory tree; missing files are ignored. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
