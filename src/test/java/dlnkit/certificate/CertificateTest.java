package dlnkit.certificate;

import dlnkit.conjecture.RestrictedDimension;
import dlnkit.conjecture.RestrictionResult;
import dlnkit.image.OrbitTangent;

import dlnkit.testing.ExternalTools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.exact.ModMatrix;
import dlnkit.exact.ModP;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.ZeroConditions;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateTest {
    static Certificate certificate;

    @BeforeAll
    static void makeOne() {
        Widths w = Widths.constant(8, 2);
        ZeroConditions v = ZeroConditions.parse("W8W7W6, W4W3W2", 8);
        RestrictionResult r = RestrictedDimension.compute(w, v, 5, Tolerances.DEFAULT);
        certificate = r.certificate().orElseThrow(() -> new AssertionError("expected dominance on " + v + ": " + r.exactDimension()));
    }

    @Test
    void aCertificateSurvivesTheFileRoundTripAndVerifies() {
        Certificate back = CertificateFiles.parse(CertificateFiles.toJson(certificate));
        assertEquals(certificate, back);
        assertTrue(CertificateVerifier.verify(back).valid());
    }

    /** Layers 2, 3, 4 replaced by the identity: W4W3W2 = I, so the point is off V. */
    static Certificate offTheVariety() {
        List<List<List<BigInteger>>> point = new ArrayList<>(certificate.point());
        List<List<BigInteger>> identity = List.of(List.of(BigInteger.ONE, BigInteger.ZERO), List.of(BigInteger.ZERO, BigInteger.ONE));
        for (int t = 2; t <= 4; t++) {
            point.set(t - 1, identity);
        }
        return new Certificate(certificate.widths(), certificate.zero(), point, certificate.directions(),
                certificate.orbit(), certificate.seed());
    }

    @Test
    void aPointOffTheVarietyIsRejected() {
        CertificateVerifier.Result r = CertificateVerifier.verify(offTheVariety());
        assertFalse(r.valid());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("FAILED: W4W3W2")), r.lines().toString());
    }

    @Test
    void dependentDirectionsAreRejected() {
        List<OrbitTangent.Direction> dirs = new ArrayList<>(certificate.directions());
        // the identity at a vertex acts trivially on delta's differential only through W; replace a direction by a repeat
        dirs.set(0, dirs.get(1));
        assertFalse(CertificateVerifier.verify(new Certificate(certificate.widths(), certificate.zero(), certificate.point(), dirs,
                certificate.orbit(), certificate.seed())).valid());
        // too few directions
        assertFalse(CertificateVerifier.verify(new Certificate(certificate.widths(), certificate.zero(), certificate.point(),
                certificate.directions().subList(1, certificate.directions().size()), certificate.orbit(), certificate.seed())).valid());
    }

    @Test
    void malformedFilesNameTheProblem() {
        assertThrows(IllegalArgumentException.class, () -> CertificateFiles.parse("{\"format\": \"other\"}"));
        assertThrows(IllegalArgumentException.class, () -> CertificateFiles.parse("not json"));
        String json = CertificateFiles.toJson(certificate).replace("\"widths\"", "\"width\"");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CertificateFiles.parse(json));
        assertTrue(e.getMessage().contains("widths"), e.getMessage());
    }

    /** Bareiss over the integers against the determinant mod p. */
    @Test
    void bareissDeterminantMatchesTheDeterminantModP() {
        SplittableRandom rng = new SplittableRandom(81);
        for (int n = 1; n <= 7; n++) {
            BigInteger[][] m = new BigInteger[n][n];
            long[][] mod = new long[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    long v = rng.nextInt(7) - 3;
                    m[i][j] = BigInteger.valueOf(v);
                    mod[i][j] = ModP.of(v);
                }
            }
            assertEquals(ModMatrix.determinant(mod), ModP.of(BareissDeterminant.of(m)), "n = " + n);
        }
        assertEquals(BigInteger.valueOf(-2), BareissDeterminant.of(new BigInteger[][] {
            {BigInteger.ONE, BigInteger.TWO}, {BigInteger.valueOf(3), BigInteger.valueOf(4)}}));
    }

    /** When Macaulay2 is installed, the exported script must accept the certificate and reject a tampered one. */
    @Tag("slow") // Macaulay2, full tier only: mvn -B verify -Pfull
    @Test
    void macaulay2AcceptsTheExportedCheck(@TempDir Path dir) throws Exception {
        ExternalTools.require("M2", "--version");
        Path script = dir.resolve("check.m2");
        Files.writeString(script, CertificateExport.macaulay2(certificate), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("M2", "--script", script.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("CERTIFICATE VALID: rank " + certificate.widths().targetDimension()), out);

        Files.writeString(script, CertificateExport.macaulay2(offTheVariety()), StandardCharsets.UTF_8);
        Process q = new ProcessBuilder("M2", "--script", script.toString()).redirectErrorStream(true).start();
        assertTrue(q.waitFor(120, TimeUnit.SECONDS));
        assertTrue(q.exitValue() != 0, "a tampered point must fail in Macaulay2");
    }
}
