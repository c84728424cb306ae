package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.io.StrictJson;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input on the command line and in input files: each case must exit 2 with one line on standard error
 * that names the argument, and must do so before any computation (nothing on standard output, no file written).
 */
class HostileInputTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> badArguments() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path underFile = file.resolve("out.json");
        List<Arguments> cases = new ArrayList<>();
        // output paths that are a directory, under a file, or empty
        for (String[] prefix : new String[][] {{"conjecture", "--depth", "3", "--width", "2", "--certificate"},
            {"restrict", "--depth", "4", "--width", "2", "--zero", "W4", "--certificate"},
            {"restrict", "--depth", "4", "--width", "2", "--zero", "W4", "--m2"},
            {"search", "--width", "2", "--max-depth", "3", "--certificate"}}) {
            String option = prefix[prefix.length - 1];
            cases.add(Arguments.of(concat(prefix, dir.toString()), option));
            cases.add(Arguments.of(concat(prefix, underFile.toString()), option));
            cases.add(Arguments.of(concat(prefix, ""), option));
        }
        cases.add(Arguments.of(new String[] {"conjecture", "--depth", "7", "--width", "2", "--no-progress", "--certificate",
            dir.resolve("none/a/b.json").toString()}, "--certificate"));
        cases.add(Arguments.of(new String[] {"tables", "--out", file.toString()}, "--out"));
        cases.add(Arguments.of(new String[] {"report", "--out", underFile.toString()}, "--out"));
        cases.add(Arguments.of(new String[] {"report", "--out", ""}, "--out"));
        cases.add(Arguments.of(new String[] {"experiment", "e1", "--out", file.toString()}, "--out"));
        // malformed numbers, products and widths
        cases.add(Arguments.of(new String[] {"restrict", "--depth", "4", "--width", "2", "--zero", "W99999999999999"}, "--zero"));
        cases.add(Arguments.of(new String[] {"restrict", "--depth", "4", "--width", "2", "--zero", "W4 W3"}, "--zero"));
        cases.add(Arguments.of(new String[] {"dims", "--widths", "\uFF12,2"}, "widths"));
        cases.add(Arguments.of(new String[] {"dims", "--widths", "2,\u0663"}, "widths"));
        cases.add(Arguments.of(new String[] {"dims", "--depth", "99999999999", "--width", "2"}, "--depth"));
        cases.add(Arguments.of(new String[] {"dims", "--depth", "-3", "--width", "2"}, "depth"));
        cases.add(Arguments.of(new String[] {"dims", "--depth", "3", "--width", "NaN"}, "--width"));
        cases.add(Arguments.of(new String[] {"hessian", "--depths", "3-4", "--width", "2", "--samples", "-5"}, "--samples"));
        cases.add(Arguments.of(new String[] {"search", "--width", "2", "--max-depth", "0"}, "--max-depth"));
        cases.add(Arguments.of(new String[] {"experiment", "e1", "--out", dir.resolve("e1").toString(), "--etas", "NaN"}, "--etas"));
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void badArgumentsExitTwoWithOneLineBeforeComputing(String[] args, String named) {
        DimsCommandTest.Run r = DimsCommandTest.run(args);
        assertEquals(2, r.code(), String.join(" ", args) + "\nstdout: " + r.out() + "\nstderr: " + r.err());
        assertOneLineNaming(r.err(), named);
        assertTrue(r.out().isEmpty(), "nothing is computed before the arguments are checked: " + r.out());
    }

    static Stream<Arguments> badCertificates() {
        String valid = "{\"format\": \"dlnkit-dominance-certificate-1\", \"widths\": [1, 1, 1], \"point\": [[[1]], [[1]]],"
                + " \"directions\": [[1, 0, 0]], \"zero\": \"\", \"seed\": 1}";
        return Stream.of(
                Arguments.of("comment", "// a comment\n" + valid),
                Arguments.of("unquoted key", valid.replace("\"seed\"", "seed")),
                Arguments.of("single quotes", valid.replace("\"zero\": \"\"", "'zero': ''")),
                Arguments.of("byte-order mark", "\uFEFF" + valid),
                Arguments.of("trailing data", valid + " {}"),
                Arguments.of("an array", "[" + valid + "]"),
                Arguments.of("deep nesting", "[".repeat(100_000) + "]".repeat(100_000)),
                Arguments.of("widths a string", valid.replace("[1, 1, 1]", "\"1,1,1\"")),
                Arguments.of("entry a string", valid.replace("[[[1]], [[1]]]", "[[[\"one\"]], [[1]]]")),
                Arguments.of("entry a fraction", valid.replace("[[[1]], [[1]]]", "[[[0.5]], [[1]]]")),
                Arguments.of("direction an object", valid.replace("[[1, 0, 0]]", "[{\"s\": 1}]")),
                Arguments.of("format a number", valid.replace("\"dlnkit-dominance-certificate-1\"", "7")),
                Arguments.of("empty", ""),
                Arguments.of("null", "null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCertificates")
    void malformedCertificatesAreRefusedInOneLine(String what, String json) throws IOException {
        Path file = dir.resolve("cert-" + what.replace(' ', '-') + ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        DimsCommandTest.Run r = DimsCommandTest.run("verify", file.toString());
        assertEquals(2, r.code(), what + ": " + r.out() + r.err());
        assertOneLineNaming(r.err(), "certificate");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCertificates")
    void malformedPointFilesAreRefusedInOneLine(String what, String json) throws IOException {
        Path file = dir.resolve("point-" + what.replace(' ', '-') + ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        DimsCommandTest.Run r = DimsCommandTest.run("hessian", "--point", file.toString());
        assertEquals(2, r.code(), what + ": " + r.out() + r.err());
        assertOneLineNaming(r.err(), "--point");
    }

    @org.junit.jupiter.api.Test
    void anOversizedCertificateIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(StrictJson.MAX_BYTES + 1); // sparse: no bytes are written
        }
        DimsCommandTest.Run r = DimsCommandTest.run("verify", file.toString());
        assertEquals(2, r.code(), r.err());
        assertOneLineNaming(r.err(), "at most " + StrictJson.MAX_BYTES + " bytes");
    }

    @org.junit.jupiter.api.Test
    void invalidUtf8IsRefused() throws IOException {
        Path file = dir.resolve("latin1.json");
        Files.write(file, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
        DimsCommandTest.Run r = DimsCommandTest.run("verify", file.toString());
        assertEquals(2, r.code(), r.err());
        assertOneLineNaming(r.err(), "UTF-8");
    }

    static void assertOneLineNaming(String err, String named) {
        String trimmed = err.strip();
        assertFalse(trimmed.isEmpty(), "a message on standard error");
        assertFalse(trimmed.contains("\n"), "one line: " + err);
        assertFalse(trimmed.contains("Exception") || trimmed.contains("\tat "), "no stack trace or exception name: " + err);
        assertTrue(trimmed.contains(named), "names " + named + ": " + err);
    }

    private static String[] concat(String[] prefix, String last) {
        String[] out = java.util.Arrays.copyOf(prefix, prefix.length + 1);
        out[prefix.length] = last;
        return out;
    }
}
