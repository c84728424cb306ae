package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.certificate.Certificate;
import dlnkit.certificate.CertificateExport;
import dlnkit.certificate.CertificateFiles;
import dlnkit.certificate.CertificateVerifier;
import dlnkit.testing.ExternalTools;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Tag;

/**
 * The published all-data certificates (proofs-notes/11): verify accepts them and checks the definition at the point
 * for every data; the published Macaulay2 scripts equal today's export and Macaulay2 prints the published line; a
 * point moved off its component is rejected by the definition check.
 */
class AllDataCertificatesTest {
    private static final Path DIR = Path.of("proofs-notes/certificates");

    @Tag("slow") // Macaulay2, full tier only: mvn -B verify -Pfull
    @ParameterizedTest
    @ValueSource(strings = {"all-data-width2-depth8", "all-data-width3-depth8"})
    void publishedAllDataCertificatesAreValid(String name) throws Exception {
        Certificate c = CertificateFiles.read(DIR.resolve(name + ".json"));
        assertTrue(CertificateVerifier.verify(c).valid());
        List<String> notes = AllDataCommands.verifyNotes(c, true);
        assertTrue(notes.size() == 2 && notes.get(0).startsWith("ok: gradient and Hessian") && notes.get(1).startsWith("proved: "),
                notes.toString());
        assertEquals(Files.readString(DIR.resolve(name + ".m2")), CertificateExport.macaulay2(c));

        // W_1 with one entry changed: the conditions and the definition fail
        List<List<List<BigInteger>>> point = new ArrayList<>();
        for (List<List<BigInteger>> layer : c.point()) {
            List<List<BigInteger>> rows = new ArrayList<>();
            for (List<BigInteger> row : layer) {
                rows.add(new ArrayList<>(row));
            }
            point.add(rows);
        }
        point.get(0).get(0).set(0, point.get(0).get(0).get(0).add(BigInteger.ONE));
        Certificate moved = new Certificate(c.widths(), c.zero(), point, c.directions(), c.orbit(), c.seed());
        assertFalse(CertificateVerifier.verify(moved).valid());
        assertTrue(AllDataCommands.verifyNotes(moved, false).get(0).startsWith("FAILED: gradient and Hessian"));

        ExternalTools.require("M2", "--version");
        ExternalTools.Run run = ExternalTools.macaulay2(CertificateExport.macaulay2(c));
        assertEquals(0, run.exitCode(), run.output());
        assertEquals(Files.readString(DIR.resolve(name + ".m2.txt")).strip(), run.output().strip());
    }
}
