package dlnkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySwapTest {
    @TempDir
    Path dir;

    /** A run writes files named by its id, each holding its id; a complete directory has all of one run's files. */
    private static String run(Path work, int id, int files) throws IOException {
        for (int i = 0; i < files; i++) {
            AtomicFiles.writeString(work.resolve("sub").resolve("f" + i + ".txt"), "run " + id + " at " + work);
        }
        return "run " + id;
    }

    private Set<String> contents(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toSet());
        }
    }

    @Test
    void aFailingRunLeavesThePreviousDirectoryWholeAndNoPartialOne() throws IOException {
        Path out = dir.resolve("out");
        DirectorySwap.build(out, work -> run(work, 1, 5));
        assertThrows(IOException.class, () -> DirectorySwap.build(out, work -> {
            run(work, 2, 3);
            throw new IOException("killed halfway");
        }));
        assertEquals(Set.of("run 1 at " + out), contents(out));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(out), siblings.toList(), "no partial or old directory is left beside it");
        }
    }

    @Test
    void pathsOfTheWorkingDirectoryAreRewrittenToTheTarget() throws IOException {
        Path out = dir.resolve("report");
        String result = DirectorySwap.build(out, work -> run(work, 7, 2));
        assertEquals("run 7", result);
        assertEquals(Set.of("run 7 at " + out), contents(out));
    }

    @Test
    void concurrentRunsNeverMixTheirFiles() throws Exception {
        Path out = dir.resolve("out");
        int runs = 6;
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<>();
        for (int id = 0; id < runs; id++) {
            int runId = id;
            futures.add(pool.submit(() -> {
                start.await();
                return DirectorySwap.build(out, work -> run(work, runId, 40));
            }));
        }
        start.countDown();
        for (Future<String> f : futures) {
            assertTrue(f.get().startsWith("run "));
        }
        pool.shutdown();
        Set<String> seen = contents(out);
        assertEquals(1, seen.size(), "one run's files only: " + seen);
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(40, files.filter(Files::isRegularFile).count(), "a complete run");
        }
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(out), siblings.toList());
        }
    }
}
