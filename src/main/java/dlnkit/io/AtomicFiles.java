package dlnkit.io;

import dlnkit.model.Checks;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Atomic file output and early checks of output paths.
 *
 * <p>{@link #write} streams into a temporary file beside the target, forces it to disk and renames it over the
 * target ({@link StandardCopyOption#ATOMIC_MOVE}); on any failure the temporary file is removed and the target is
 * untouched. {@link #checkOutputFile} and {@link #checkOutputDirectory} reject, with the house message naming the
 * option, paths that could not be written, so that a command fails with exit code 2 before it computes anything.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes the stream's content; the body receives the temporary file's stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code text} (UTF-8) to {@code target} atomically, creating missing parent directories. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes {@code bytes} to {@code target} atomically, creating missing parent directories. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Writes what {@code body} produces to {@code target} atomically, creating missing parent directories. */
    public static void write(Path target, Body body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        boolean done = false;
        try {
            keepPermissions(tmp, absolute);
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                body.writeTo(out);
                out.flush();
                ch.force(true);
            }
            moveIntoPlace(tmp, absolute);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Readable by all, writable by the owner: what a plain write under the usual umask 022 gives. */
    static final java.util.Set<java.nio.file.attribute.PosixFilePermission> DEFAULT_PERMISSIONS =
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");

    /**
     * A temporary file is created readable by its owner only; the file it replaces keeps its permissions, and a
     * new file gets {@link #DEFAULT_PERMISSIONS}, so that a report served by another user stays readable.
     */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target) : DEFAULT_PERMISSIONS);
    }

    /** Renames {@code source} onto {@code target} atomically where the file system allows it. */
    public static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Checks that {@code path}, given as {@code option}, can be written as a file: not empty, not a directory, its
     * parent an existing, writable directory. Throws the house
     * {@link IllegalArgumentException} otherwise.
     */
    public static void checkOutputFile(String option, Path path) {
        Checks.require(path != null && !path.toString().isBlank(), option, "a file path", "an empty path");
        Checks.require(!Files.isDirectory(path), option, "a file path, not a directory", path);
        Path parent = path.toAbsolutePath().getParent();
        // a file goes into a directory that exists: a typo in its directory is refused, not silently created
        Checks.require(parent != null && Files.isDirectory(parent), option, "a file in an existing directory",
                path + " (" + parent + " is not a directory)");
        checkWritableDirectory(option, parent, path);
    }

    /** Checks that {@code path}, given as {@code option}, is or can be created as a writable directory. */
    public static void checkOutputDirectory(String option, Path path) {
        Checks.require(path != null && !path.toString().isBlank(), option, "a directory path", "an empty path");
        Checks.require(!Files.exists(path) || Files.isDirectory(path), option, "a directory, not a file", path);
        checkWritableDirectory(option, path.toAbsolutePath(), path);
    }

    private static void checkWritableDirectory(String option, Path dir, Path given) {
        Path existing = dir;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        Checks.require(existing != null && Files.isDirectory(existing), option,
                "a path whose directories can be created (" + existing + " is a file)", given);
        Checks.require(Files.isWritable(existing), option, "a path in a writable directory (" + existing + " is not writable)", given);
    }
}
