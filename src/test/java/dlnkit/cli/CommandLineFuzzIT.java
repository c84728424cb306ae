package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing of the command line and of the certificate reader: for every generated input the exit code is 0, 1 or
 * 2, standard error never holds a stack trace or an internal error, and a refusal (exit 2) is one line. The
 * invocations start from cheap valid ones and replace one option's value by a hostile one; the certificates are
 * a valid certificate with random edits. Seeds are fixed, so a failure reproduces. A failsafe integration test
 * (about a minute): it runs in the full tier, {@code mvn verify -Pfull}, after the unit tests.
 */
@Tag("slow") // full tier only: mvn -B verify -Pfull, as CI runs it
class CommandLineFuzzIT {
    private static Path dir;
    private static String validCertificate;

    /** Cheap valid invocations and the options whose values are fuzzed in each. */
    private static final Map<List<String>, List<String>> BASES = Map.of(
            List.of("dims", "--widths", "1,2,1", "--no-progress"), List.of("--widths", "--seed", "--format", "--float-method"),
            List.of("restrict", "--widths", "2,2,2", "--zero", "W2", "--no-progress"),
            List.of("--zero", "--seed", "--format", "--cross-check", "--certificate", "--m2", "--widths"),
            List.of("conjecture", "--widths", "1,2,1", "--no-progress"), List.of("--widths", "--seed", "--format", "--certificate"),
            List.of("search", "--width", "1", "--max-depth", "3", "--no-progress"),
            List.of("--width", "--max-depth", "--threads", "--seed", "--format", "--certificate"),
            List.of("hessian", "--depths", "2-3", "--width", "1", "--samples", "3", "--no-progress"),
            List.of("--depths", "--width", "--samples", "--seed", "--format", "--point"),
            List.of("symbolic", "--widths", "1,1,1", "--what", "delta"),
            List.of("--widths", "--what", "--export", "--form", "--zero", "--samples", "--timeout", "--data"),
            List.of("experiment", "e4", "--starts", "1", "--horizon", "5", "--samples", "3", "--no-progress"),
            List.of("--starts", "--epsilon", "--horizon", "--samples", "--gradient-tolerance", "--seed", "--out"));

    private static final List<String> HOSTILE = List.of("", " ", "-1", "0", "-0", "NaN", "Infinity", "-Infinity", "1e309",
            "99999999999999999999", "0x10", "1.5", "abc", "\uFF12", "\u0663", "W4 W3", "W0", "W99999999999", ",", "2,,2",
            "/dev/null/x", "\u0000", "%s%n", "${HOME}", "json", "TEXT", "1,1", "W1");

    /** Options that name a file to write or read; their fuzzed values are placed under the scratch directory. */
    private static final List<String> PATH_OPTIONS = List.of("--certificate", "--m2", "--out", "--point");

    /** The working directory's entries before the run: the fuzz suite must not write outside its scratch directory. */
    private static List<String> workingDirectory;

    @BeforeContainer
    static void setUp() throws IOException {
        workingDirectory = entries(Path.of(""));
        dir = Files.createTempDirectory("dlnkit-fuzz");
        validCertificate = Files.readString(Path.of("proofs-notes/certificates/width2-depth7.json"), StandardCharsets.UTF_8);
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertEquals(workingDirectory, entries(Path.of("")), "the fuzzed invocations wrote into the working directory");
    }

    private static List<String> entries(Path directory) throws IOException {
        try (var list = Files.list(directory.toAbsolutePath())) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".jqwik-database")).sorted().toList();
        }
    }

    @Provide
    Arbitrary<List<String>> invocations() {
        List<Map.Entry<List<String>, List<String>>> bases = new ArrayList<>(BASES.entrySet());
        bases.sort(Map.Entry.comparingByKey((a, b) -> String.join(" ", a).compareTo(String.join(" ", b))));
        Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.of(HOSTILE),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(12).withCharRange(' ', '~'));
        return Arbitraries.of(bases).flatMap(base -> Combinators.combine(Arbitraries.of(base.getValue()), values).as((option, value) -> {
            List<String> args = new ArrayList<>(base.getKey());
            int at = args.indexOf(option);
            if (PATH_OPTIONS.contains(option)) {
                // a file option writes where it is told: keep every generated path inside the scratch directory
                value = dir + "/" + value;
            }
            if (at >= 0) {
                args.set(at + 1, value);
            } else {
                args.add(option);
                args.add(value);
            }
            if (args.get(0).equals("experiment") && !args.contains("--out")) {
                args.add("--out");
                args.add(dir.resolve("e4").toString());
            }
            return args;
        }));
    }

    @Property(tries = 150, seed = "20261202")
    void everyInvocationEndsWithACleanExitCode(@ForAll("invocations") List<String> args) {
        DimsCommandTest.Run r = DimsCommandTest.run(args.toArray(String[]::new));
        assertClean(String.join(" | ", args), r);
    }

    @Provide
    Arbitrary<String> mutatedCertificates() {
        Arbitrary<Integer> positions = Arbitraries.integers().between(0, validCertificate.length() - 1);
        Arbitrary<Character> chars = Arbitraries.of('0', '1', '-', '9', '[', ']', '{', '}', ',', '"', ':', ' ', 'x', '.', 'e');
        Arbitrary<String> one = Combinators.combine(positions, chars, Arbitraries.integers().between(0, 2)).as((pos, c, kind) -> {
            StringBuilder sb = new StringBuilder(validCertificate);
            switch (kind) {
                case 0 -> sb.setCharAt(pos, (char) c);
                case 1 -> sb.insert((int) pos, (char) c);
                default -> sb.deleteCharAt(pos);
            }
            return sb.toString();
        });
        return one;
    }

    @Property(tries = 120, seed = "20261203")
    void everyEditedCertificateIsVerifiedOrRefusedCleanly(@ForAll("mutatedCertificates") String json) {
        Path file = dir.resolve("cert.json");
        try {
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DimsCommandTest.Run r = DimsCommandTest.run("verify", file.toString());
        assertClean("verify of an edited certificate", r);
    }

    private static void assertClean(String what, DimsCommandTest.Run r) {
        assertTrue(r.code() >= 0 && r.code() <= 2, what + ": exit " + r.code() + "\n" + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("internal error"), what + ": " + r.err());
        if (r.code() == 2) {
            assertEquals(1, r.err().strip().lines().count(), what + ": a refusal is one line: " + r.err());
        }
    }
}
