package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RestrictCommandTest {
    static final String COUNTEREXAMPLE = "W16W15W14, W12W11W10, W8W7W6, W4W3W2";

    @Tag("slow") // depth 16 again (RestrictedDimensionTest keeps it in the quick tier), full tier only: mvn -B verify -Pfull
    @Test
    void counterexamplePrintsFortyFiveOfFortyFiveCertifiedAndVerifyAcceptsIt(@TempDir Path dir) throws Exception {
        Path cert = dir.resolve("cert.json");
        Path m2 = dir.resolve("cert.m2");
        DimsCommandTest.Run r = DimsCommandTest.run("restrict", "--depth", "16", "--width", "2", "--zero", COUNTEREXAMPLE,
                "--certificate", cert.toString(), "--m2", m2.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("45 of 45 (delta is dominant on V, CERTIFIED)"), r.out());
        assertTrue(r.out().contains("V lies in A_H"), r.out());
        assertTrue(r.out().contains("both vanish (as the rule says)"), r.out());
        assertTrue(Files.size(cert) > 0 && Files.readString(m2).contains("rank J == T"));
        DimsCommandTest.Run v = DimsCommandTest.run("verify", cert.toString());
        assertEquals(0, v.code(), v.out() + v.err());
        assertTrue(v.out().strip().endsWith("VALID"), v.out());
    }

    @Test
    void jsonHasTheDocumentedKeys() {
        DimsCommandTest.Run r = DimsCommandTest.run("restrict", "--widths", "2,2,2,2,2", "--zero", "W4, W2", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        for (String key : List.of("dimension", "fullDimension", "target", "orbitsTotal", "orbitsEvaluated", "certified",
                "witness", "seed")) {
            assertTrue(o.has(key), key + " missing: " + r.out());
        }
        assertEquals(7, o.get("dimension").getAsInt());
        assertEquals(9, o.get("fullDimension").getAsInt());
        assertTrue(o.get("orbitsTotal").getAsJsonPrimitive().isNumber(), "a count is a JSON number");
        assertEquals(9, o.get("orbitsTotal").getAsInt());
        assertEquals(false, o.get("certified").getAsBoolean());
        assertEquals(false, o.getAsJsonObject("hessianVariety").get("contained").getAsBoolean());
    }

    @Test
    void crossCheckAgreesOnADepthFourProductCase() {
        DimsCommandTest.Run r = DimsCommandTest.run("restrict", "--depth", "4", "--width", "3", "--zero", "W4, W3W2",
                "--cross-check", "16", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(15, o.get("dimension").getAsInt());
        assertEquals(true, o.getAsJsonObject("crossCheck").get("agrees").getAsBoolean(), r.out());
        assertEquals(15, o.getAsJsonObject("crossCheck").get("maxRank").getAsInt());
    }

    @Test
    void nonDominantCaseSaysNoCertificate(@TempDir Path dir) {
        Path cert = dir.resolve("c.json");
        DimsCommandTest.Run r = DimsCommandTest.run("restrict", "--depth", "4", "--width", "2", "--zero", "W4W3, W2",
                "--certificate", cert.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("7 of 9 (strictly below the full dimension 9)"), r.out());
        assertTrue(r.out().contains("no certificate"), r.out());
        assertTrue(!Files.exists(cert));
    }

    @ParameterizedTest
    @ValueSource(strings = {"W4W2", "W2W3", "W5", "W3,,W1", "", "V3", "W3W3"})
    void badConditionsGiveOneLineAndExitTwo(String zero) {
        DimsCommandTest.Run r = DimsCommandTest.run("restrict", "--depth", "4", "--width", "2", "--zero", zero);
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("dlnkit restrict: --zero"), r.err());
    }

    @Test
    void verifyRejectsMissingAndMalformedFiles(@TempDir Path dir) throws Exception {
        DimsCommandTest.Run missing = DimsCommandTest.run("verify", dir.resolve("nope.json").toString());
        assertEquals(2, missing.code());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"x\"}");
        DimsCommandTest.Run malformed = DimsCommandTest.run("verify", bad.toString());
        assertEquals(2, malformed.code());
        assertEquals(1, malformed.err().strip().lines().count(), malformed.err());
    }
}
