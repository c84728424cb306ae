package dlnkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("table.tex");
        AtomicFiles.writeString(target, "old content");
        IOException full = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", full.getMessage());
        assertEquals("old content", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file is removed");
        }
    }

    @Test
    void aFailedFirstWriteLeavesNoFileAtAll() {
        Path target = dir.resolve("sub/new.json");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            throw new IOException("disk full");
        }));
        assertFalse(Files.exists(target));
    }

    @Test
    void newFilesAreWorldReadableAndReplacedFilesKeepTheirPermissions() throws IOException {
        Path fresh = dir.resolve("fresh.txt");
        AtomicFiles.writeString(fresh, "a");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
        Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeString(fresh, "b");
        assertEquals("b", Files.readString(fresh));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    @Test
    void outputPathsThatCannotBeWrittenAreRefusedNamingTheOption() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        for (Path bad : new Path[] {dir, file.resolve("under-a-file.json"), Path.of("")}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AtomicFiles.checkOutputFile("--certificate", bad));
            assertTrue(e.getMessage().startsWith("--certificate: expected"), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AtomicFiles.checkOutputDirectory("--out", file));
        assertTrue(e.getMessage().contains("a directory, not a file"), e.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> AtomicFiles.checkOutputFile("--certificate", dir.resolve("missing/dirs/b.json")));
        assertTrue(missing.getMessage().contains("a file in an existing directory"), missing.getMessage());
        AtomicFiles.checkOutputFile("--certificate", dir.resolve("fine.json"));
        AtomicFiles.checkOutputDirectory("--out", dir.resolve("new-dir"));
    }
}
