package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dlnkit.certificate.CertificateFiles;
import dlnkit.certificate.CertificateVerifier;
import dlnkit.certificate.HessianCertificate;
import dlnkit.certificate.HessianCertificateExport;
import dlnkit.certificate.HessianCertificateVerifier;
import dlnkit.testing.ExternalTools;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published failure certificates rechecked by Macaulay2 through {@code verify --m2}, with no dlnkit code in the
 * check, and tampered copies rejected by both Macaulay2 and {@code verify}: two independent routes must agree.
 */
class FailureCertificateMacaulay2Test {
    static final Path CERTIFICATES = Path.of("proofs-notes", "certificates");

    @Tag("slow") // Macaulay2, full tier only: mvn -B verify -Pfull
    @Test
    void widthTwoDepthSevenIsValidInMacaulay2(@TempDir Path dir) throws Exception {
        assertValidInMacaulay2(CERTIFICATES.resolve("width2-depth7.json"), dir, "2,2,2,2,2,2,2,2", 18);
    }

    @Tag("slow") // Macaulay2, full tier only: mvn -B verify -Pfull
    @Test
    void widthThreeDepthSevenIsValidInMacaulay2(@TempDir Path dir) throws Exception {
        assertValidInMacaulay2(CERTIFICATES.resolve("width3-depth7.json"), dir, "3,3,3,3,3,3,3,3", 36);
    }

    @Tag("slow") // Macaulay2, full tier only: mvn -B verify -Pfull
    @Test
    void mixedWidthsDepthFiveIsValidInMacaulay2(@TempDir Path dir) throws Exception {
        assertValidInMacaulay2(CERTIFICATES.resolve("widths-2-1-2-2-1-1-depth5.json"), dir, "2,1,2,2,1,1", 8);
    }

    /**
     * A failure where {@code dim closure(im delta) = 13 < T = 14}: the certificate carries the proven upper bound
     * {@code U = 13} ({@code u_2 = 3 - 1 - 1 = 1}), and Macaulay2 recomputes it from the widths.
     */
    @Tag("slow") // Macaulay2, full tier only: mvn -B verify -Pfull
    @Test
    void boundedCertificateIsValidInMacaulay2(@TempDir Path dir) throws Exception {
        assertValidInMacaulay2(CERTIFICATES.resolve("widths-2-1-3-1-2-2-1-depth6.json"), dir, "2,1,3,1,2,2,1", 14, 13);
    }

    /** The claimed bound raised to T: the certificate's bound is not the one recomputed from the widths. */
    @Tag("slow") // Macaulay2, full tier only: mvn -B verify -Pfull
    @Test
    void changedUpperBoundIsRejectedByBoth(@TempDir Path dir) throws Exception {
        JsonObject o = read(CERTIFICATES.resolve("widths-2-1-3-1-2-2-1-depth6.json"));
        o.getAsJsonObject("upperBound").addProperty("value", 14);
        String m2 = assertRejectedByBoth(write(dir, "bound.json", o), dir, "is not the bound recomputed from the widths");
        assertTrue(m2.contains("the certificate's upper bound {14, {0, 1, 0, 0, 0}} is not the bound recomputed from the widths, "
                + "{13, {0, 1, 0, 0, 0}}"), m2);
        JsonObject moved = read(CERTIFICATES.resolve("widths-2-1-3-1-2-2-1-depth6.json"));
        JsonArray deficits = moved.getAsJsonObject("upperBound").getAsJsonArray("deficits");
        deficits.set(1, new JsonPrimitive(0));
        deficits.set(2, new JsonPrimitive(1));
        assertRejectedByBoth(write(dir, "deficits.json", moved), dir, "is not the bound recomputed from the widths");
    }

    /** Without its upper bound, the certificate's 13 directions cannot reach T = 14: rejected by both. */
    @Tag("slow") // Macaulay2, full tier only: mvn -B verify -Pfull
    @Test
    void removedUpperBoundIsRejectedByBoth(@TempDir Path dir) throws Exception {
        JsonObject o = read(CERTIFICATES.resolve("widths-2-1-3-1-2-2-1-depth6.json"));
        o.remove("upperBound");
        String m2 = assertRejectedByBoth(write(dir, "nobound.json", o), dir, "13 directions given, T = 14 needed");
        assertTrue(m2.contains("d delta along the directions has rank 13 < T = 14"), m2);
    }

    /** One entry of the point changed: the point leaves A_H, and the loss's Hessian no longer vanishes. */
    @Tag("slow") // Macaulay2, full tier only: mvn -B verify -Pfull
    @Test
    void changedPointEntryIsRejectedByBoth(@TempDir Path dir) throws Exception {
        JsonObject o = read(CERTIFICATES.resolve("width3-depth7.json"));
        JsonArray row = o.getAsJsonArray("point").get(0).getAsJsonArray().get(0).getAsJsonArray();
        row.set(0, new JsonPrimitive(row.get(0).getAsBigInteger().add(BigInteger.ONE)));
        String m2 = assertRejectedByBoth(write(dir, "point.json", o), dir, "the point is not in A_H");
        assertTrue(m2.contains("the pair rule fails") && m2.contains("does not vanish at the point"), m2);
    }

    /**
     * Every layer the identity: {@code W_{N:1} = I}, so the gradient {@code 2 A_j^T (X - Y) X^T B_j^T = 2 (I - M^T)} is
     * not zero; Macaulay2 must find it (the tampered copies above leave the gradient zero and break the Hessian).
     */
    @Tag("slow") // Macaulay2, full tier only: mvn -B verify -Pfull
    @Test
    void pointOffTheCriticalSetHasANonzeroGradientInMacaulay2(@TempDir Path dir) throws Exception {
        JsonObject o = read(CERTIFICATES.resolve("width2-depth7.json"));
        JsonArray point = o.getAsJsonArray("point");
        for (int t = 0; t < point.size(); t++) {
            point.set(t, JsonParser.parseString("[[1, 0], [0, 1]]"));
        }
        String m2 = assertRejectedByBoth(write(dir, "identity.json", o), dir, "the point is not in A_H");
        assertTrue(m2.contains("the gradient of the loss does not vanish at the point")
                && m2.contains("the Hessian of the loss does not vanish at the point") && m2.contains("the pair rule fails"), m2);
    }

    /** The last direction replaced by a copy of the first: the T directions no longer span, the rank drops. */
    @Tag("slow") // Macaulay2, full tier only: mvn -B verify -Pfull
    @Test
    void repeatedDirectionIsRejectedByBoth(@TempDir Path dir) throws Exception {
        JsonObject o = read(CERTIFICATES.resolve("width2-depth7.json"));
        JsonArray inner = o.getAsJsonArray("inner");
        inner.set(inner.size() - 1, inner.get(0).deepCopy());
        String m2 = assertRejectedByBoth(write(dir, "direction.json", o), dir, "repeated");
        assertTrue(m2.contains("d delta along the directions has rank 17 < T = 18"), m2);
    }

    /** One entry of M changed: the point no longer lies in A_H for the new data. */
    @Tag("slow") // Macaulay2, full tier only: mvn -B verify -Pfull
    @Test
    void changedDataIsRejectedByBoth(@TempDir Path dir) throws Exception {
        JsonObject o = read(CERTIFICATES.resolve("widths-2-1-2-2-1-1-depth5.json"));
        JsonArray row = o.getAsJsonArray("m").get(0).getAsJsonArray();
        row.set(0, new JsonPrimitive(row.get(0).getAsBigInteger().add(BigInteger.ONE)));
        String m2 = assertRejectedByBoth(write(dir, "m.json", o), dir, "the point is not in A_H");
        assertTrue(m2.contains("the pair rule fails"), m2);
    }

    /**
     * End directions (no published certificate needs one): one inner direction of the width-2 certificate replaced by
     * {@code (xi_0, xi_N) = (I, I)}, in the Lie algebra of {@code G_M}; Macaulay2 agrees with the Java verifier on it,
     * and rejects {@code (I, 0)}, for which {@code xi_0 M = M xi_N} fails.
     */
    @Tag("slow") // Macaulay2, full tier only: mvn -B verify -Pfull
    @Test
    void endDirectionsAgreeWithTheJavaVerifier() throws Exception {
        ExternalTools.require("M2", "--version");
        HessianCertificate c = CertificateFiles.parseHessian(Files.readString(CERTIFICATES.resolve("width2-depth7.json")));
        List<List<BigInteger>> id = List.of(List.of(BigInteger.ONE, BigInteger.ZERO), List.of(BigInteger.ZERO, BigInteger.ONE));
        List<List<BigInteger>> zero = List.of(List.of(BigInteger.ZERO, BigInteger.ZERO), List.of(BigInteger.ZERO, BigInteger.ZERO));
        HessianCertificate withEnd = null;
        for (int k = 0; k < c.inner().size() && withEnd == null; k++) {
            List<dlnkit.image.OrbitTangent.Direction> inner = new ArrayList<>(c.inner());
            inner.remove(k);
            HessianCertificate candidate = new HessianCertificate(c.widths(), c.m(), c.point(), inner,
                    List.of(new HessianCertificate.EndDirection(id, id)), c.stratum(), c.seed());
            if (HessianCertificateVerifier.verify(candidate).valid()) {
                withEnd = candidate;
            }
        }
        assertTrue(withEnd != null, "no inner direction can be traded for the end direction (I, I)");
        ExternalTools.Run good = ExternalTools.macaulay2(HessianCertificateExport.macaulay2(withEnd));
        assertEquals(0, good.exitCode(), good.output());
        assertTrue(good.output().contains("17 inner and 1 end directions") && good.output().contains("CERTIFICATE VALID"), good.output());

        HessianCertificate bad = new HessianCertificate(withEnd.widths(), withEnd.m(), withEnd.point(), withEnd.inner(),
                List.of(new HessianCertificate.EndDirection(id, zero)), withEnd.stratum(), withEnd.seed());
        CertificateVerifier.Result java = HessianCertificateVerifier.verify(bad);
        assertFalse(java.valid());
        ExternalTools.Run rejected = ExternalTools.macaulay2(HessianCertificateExport.macaulay2(bad));
        assertEquals(1, rejected.exitCode(), rejected.output());
        assertTrue(rejected.output().contains("CERTIFICATE INVALID: ")
                && rejected.output().contains("an end direction does not satisfy xi_0 M = M xi_N"), rejected.output());
    }

    /** {@code conjecture --m2} writes the script of the certificate it finds, the same as {@code verify --m2} on that file. */
    @Test
    void conjectureWritesTheScriptOfItsCertificate(@TempDir Path dir) throws IOException {
        Path cert = dir.resolve("fail.json");
        Path script = dir.resolve("fail.m2");
        DimsCommandTest.Run r = DimsCommandTest.run("conjecture", "--widths", "2,1,2,2,1,1", "--certificate", cert.toString(),
                "--m2", script.toString(), "--no-progress");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Macaulay2 check written to " + script), r.out());
        HessianCertificate c = CertificateFiles.parseHessian(Files.readString(cert));
        assertEquals(HessianCertificateExport.macaulay2(c), Files.readString(script));

        Path none = dir.resolve("none.m2");
        DimsCommandTest.Run holds = DimsCommandTest.run("conjecture", "--depth", "4", "--width", "2", "--m2", none.toString(),
                "--no-progress");
        assertEquals(0, holds.code(), holds.out() + holds.err());
        assertTrue(holds.out().contains("no Macaulay2 check written: there is no failure certificate"), holds.out());
        assertFalse(Files.exists(none));

        DimsCommandTest.Run bad = DimsCommandTest.run("conjecture", "--depth", "4", "--width", "2", "--m2", dir.toString());
        assertEquals(2, bad.code(), bad.out() + bad.err());
        assertTrue(bad.err().contains("--m2: expected a file path, not a directory"), bad.err());
    }

    /**
     * The scripts and Macaulay2 outputs published beside the certificates are what the exporter writes today (the
     * outputs are compared in the tests above).
     */
    @Test
    void publishedScriptsAreTheCurrentExport() throws IOException {
        for (String name : List.of("width2-depth7", "width3-depth7", "widths-2-1-2-2-1-1-depth5", "widths-2-1-3-1-2-2-1-depth6")) {
            HessianCertificate c = CertificateFiles.parseHessian(Files.readString(CERTIFICATES.resolve(name + ".json")));
            assertEquals(HessianCertificateExport.macaulay2(c), Files.readString(CERTIFICATES.resolve(name + ".m2")),
                    name + ".m2 is stale: regenerate it with ./dlnkit verify " + name + ".json --m2 " + name + ".m2");
        }
    }

    /**
     * {@code verify} accepts, writes the script, and Macaulay2 prints the one VALID line, the line published in
     * {@code proofs-notes/certificates/NAME.m2.txt}.
     */
    static void assertValidInMacaulay2(Path cert, Path dir, String widths, int target) throws Exception {
        assertValidInMacaulay2(cert, dir, widths, target, target);
    }

    /** As above; when {@code bound < target} the certificate carries the upper bound and the rank to reach is it. */
    static void assertValidInMacaulay2(Path cert, Path dir, String widths, int target, int bound) throws Exception {
        ExternalTools.require("M2", "--version");
        Path script = dir.resolve("check.m2");
        DimsCommandTest.Run v = DimsCommandTest.run("verify", cert.toString(), "--m2", script.toString());
        assertEquals(0, v.code(), v.out() + v.err());
        assertTrue(v.out().contains("Macaulay2 check written to " + script), v.out());
        ExternalTools.Run m2 = ExternalTools.run(dir, List.of("M2", "--script", script.toString()), 120);
        assertEquals(0, m2.exitCode(), m2.output());
        List<String> lines = m2.output().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), m2.output());
        if (bound == target) {
            assertTrue(lines.get(0).startsWith("CERTIFICATE VALID: widths " + widths + ", T = " + target + ":"), m2.output());
            assertTrue(lines.get(0).contains("rank d delta = " + target + " = T"), m2.output());
        } else {
            assertTrue(lines.get(0).startsWith("CERTIFICATE VALID: widths " + widths + ", T = " + target + ", upper bound U = " + bound
                    + " "), m2.output());
            assertTrue(lines.get(0).contains("rank d delta = " + bound + " = U >= dim closure(im delta)"), m2.output());
        }
        Path published = Path.of(cert.toString().replaceFirst("\\.json$", ".m2.txt"));
        assertEquals(Files.readString(published, StandardCharsets.UTF_8).strip(), lines.get(0), "the published output " + published);
    }

    /**
     * {@code verify} rejects the file (exit 1, a FAILED line with {@code reason}) and still writes the script; Macaulay2
     * prints one INVALID line and exits with code 1. Returns that line.
     */
    static String assertRejectedByBoth(Path cert, Path dir, String reason) throws Exception {
        ExternalTools.require("M2", "--version");
        Path script = dir.resolve(cert.getFileName() + ".m2");
        DimsCommandTest.Run v = DimsCommandTest.run("verify", cert.toString(), "--m2", script.toString());
        assertEquals(1, v.code(), v.out() + v.err());
        assertTrue(v.out().lines().anyMatch(l -> l.startsWith("  FAILED: ") && l.contains(reason)), v.out());
        assertTrue(v.out().strip().endsWith("INVALID"), v.out());
        ExternalTools.Run m2 = ExternalTools.run(dir, List.of("M2", "--script", script.toString()), 120);
        assertEquals(1, m2.exitCode(), m2.output());
        List<String> lines = m2.output().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), m2.output());
        assertTrue(lines.get(0).startsWith("CERTIFICATE INVALID: "), m2.output());
        return lines.get(0);
    }

    static JsonObject read(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    static Path write(Path dir, String name, JsonObject o) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, new GsonBuilder().setPrettyPrinting().create().toJson(o), StandardCharsets.UTF_8);
        return file;
    }
}
