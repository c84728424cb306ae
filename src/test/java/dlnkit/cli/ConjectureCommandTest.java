package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dlnkit.conjecture.ConjectureDecision;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.Stratum;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConjectureCommandTest {
    @Test
    void depthTwoSaysTheSlidesAreWrong() {
        DimsCommandTest.Run r = DimsCommandTest.run("conjecture", "--depth", "2", "--width", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("holds: A_H is empty"), r.out());
        assertTrue(r.out().contains("the slides' A_H = {0} is not right"), r.out());
    }

    @Test
    void jsonHasTheDocumentedKeys() {
        DimsCommandTest.Run r = DimsCommandTest.run("conjecture", "--depth", "4", "--width", "2", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        for (String key : List.of("verdict", "dimension", "fullDimension", "strataTotal", "strataEvaluated", "seed")) {
            assertTrue(o.has(key), key + " missing: " + r.out());
        }
        assertEquals("holds", o.get("verdict").getAsString());
        assertEquals(5, o.get("dimension").getAsInt());
        assertEquals(9, o.get("fullDimension").getAsInt());
    }

    @Test
    void searchFindsDepthSevenForWidthTwoAndVerifyAcceptsTheCertificate(@TempDir Path dir) {
        Path cert = dir.resolve("fail.json");
        DimsCommandTest.Run r = DimsCommandTest.run("search", "--width", "2", "--max-depth", "9", "--format", "json",
                "--certificate", cert.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(7, o.get("smallestFailingDepth").getAsInt());
        JsonArray verdicts = o.getAsJsonArray("verdicts");
        assertEquals(6, verdicts.size());
        for (int i = 0; i < 5; i++) {
            assertEquals("holds", verdicts.get(i).getAsJsonObject().get("verdict").getAsString());
        }
        assertEquals("fails", verdicts.get(5).getAsJsonObject().get("verdict").getAsString());
        DimsCommandTest.Run v = DimsCommandTest.run("verify", cert.toString());
        assertEquals(0, v.code(), v.out() + v.err());
        assertTrue(v.out().contains("the proof does not use the pair-rule theorem"), v.out());
    }

    @Test
    void searchWithNoFailureReportsNull() {
        DimsCommandTest.Run r = DimsCommandTest.run("search", "--width", "1", "--max-depth", "6", "--format", "json", "--no-progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(JsonParser.parseString(r.out()).getAsJsonObject().get("smallestFailingDepth").isJsonNull(), r.out());
    }

    @Test
    void hessianAgreementTableHasBothAnswersAndNoDisagreement() {
        DimsCommandTest.Run r = DimsCommandTest.run("hessian", "--depths", "3-5", "--width", "2", "--samples", "60", "--format", "json");
        assertEquals(0, r.code(), r.out() + r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertTrue(o.get("agreement").getAsBoolean());
        for (var row : o.getAsJsonArray("rows")) {
            JsonObject x = row.getAsJsonObject();
            assertTrue(x.get("inHessianVariety").getAsInt() > 0 && x.get("notInHessianVariety").getAsInt() > 0, r.out());
            assertEquals(0, x.get("disagree").getAsInt());
        }
    }

    /** --point: the depth-7 certificate's point is in A_H; changing one entry takes it out; both decided exactly. */
    @Test
    void hessianPointFileIsDecidedExactly(@TempDir Path dir) throws Exception {
        String in = "{\"widths\": [1,1,1,1], \"point\": [[[0]], [[0]], [[0]]], \"x\": [[1, 0]], \"y\": [[2, 1]]}";
        Path p = dir.resolve("zero.json");
        java.nio.file.Files.writeString(p, in);
        DimsCommandTest.Run r = DimsCommandTest.run("hessian", "--point", p.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("cyclic pair rule (exact)                 in A_H"), r.out());
        assertTrue(r.out().contains("both vanish: in A_H"), r.out());
        // W_2 nonzero: the pair {W_1, W_3} has arcs W_2 and M, neither zero
        java.nio.file.Files.writeString(p, in.replace("[[[0]], [[0]], [[0]]]", "[[[0]], [[3]], [[0]]]"));
        DimsCommandTest.Run q = DimsCommandTest.run("hessian", "--point", p.toString());
        assertEquals(0, q.code(), q.out() + q.err());
        assertTrue(q.out().contains("not in A_H: pair {W_1, W_3}"), q.out());
        assertTrue(q.out().contains("do not both vanish: not in A_H"), q.out());
        DimsCommandTest.Run j = DimsCommandTest.run("hessian", "--point", p.toString(), "--format", "json");
        assertEquals(0, j.code(), j.err());
        com.google.gson.JsonObject o = com.google.gson.JsonParser.parseString(j.out()).getAsJsonObject();
        assertEquals(false, o.get("pairRuleInHessianVariety").getAsBoolean());
        assertEquals(false, o.get("exactGradientAndHessianVanish").getAsBoolean());
        assertEquals(true, o.get("agree").getAsBoolean());
        assertEquals(4, o.getAsJsonArray("widths").size());
        java.nio.file.Files.writeString(p, "{\"widths\": [1,1]}");
        DimsCommandTest.Run bad = DimsCommandTest.run("hessian", "--point", p.toString());
        assertEquals(2, bad.code());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    @Test
    void badSearchAndHessianArgumentsGiveOneLine() {
        for (String[] args : List.of(new String[] {"search", "--width", "0", "--max-depth", "5"},
                new String[] {"search", "--width", "2", "--max-depth", "1"},
                new String[] {"hessian", "--depths", "x-3", "--width", "2"},
                new String[] {"hessian", "--depths", "5-3", "--width", "2"},
                new String[] {"hessian", "--widths", "2,2", "--samples", "0"})) {
            DimsCommandTest.Run r = DimsCommandTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }

    /** --all decides every depth; each certified failing depth's certificate lands in --certificate-dir and verifies. */
    @Test
    void searchAllWritesOneCertificatePerFailingDepthAndEachVerifies(@TempDir Path dir) {
        Path certs = dir.resolve("certs");
        DimsCommandTest.Run r = DimsCommandTest.run("search", "--width", "2", "--max-depth", "8", "--all", "--format", "json",
                "--certificate-dir", certs.toString(), "--no-progress", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(7, o.get("smallestFailingDepth").getAsInt());
        JsonArray verdicts = o.getAsJsonArray("verdicts");
        assertEquals(7, verdicts.size());
        int failing = 0;
        for (var v : verdicts) {
            JsonObject x = v.getAsJsonObject();
            int depth = x.get("depth").getAsInt();
            assertEquals(depth >= 7 ? "fails" : "holds", x.get("verdict").getAsString(), r.out());
            if (x.get("certified").getAsBoolean()) {
                failing++;
                Path cert = certs.resolve("width2-depth" + depth + ".json");
                DimsCommandTest.Run check = DimsCommandTest.run("verify", cert.toString());
                assertEquals(0, check.code(), check.out() + check.err());
                assertTrue(check.out().contains("VALID"), check.out());
            }
        }
        assertEquals(2, failing, r.out());
        assertEquals(2, o.getAsJsonArray("certificateFiles").size(), r.out());
    }

    @Test
    void certificateDirNeedsAll() {
        DimsCommandTest.Run r = DimsCommandTest.run("search", "--width", "2", "--max-depth", "4", "--certificate-dir", "x", "--no-progress");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--certificate-dir"), r.err());
    }

    /** --count gives the total number of strata; without it the decision does not count. */
    @Test
    void countOnlyOnRequest() {
        DimsCommandTest.Run counted = DimsCommandTest.run("conjecture", "--depth", "5", "--width", "2", "--count", "--format", "json");
        DimsCommandTest.Run plain = DimsCommandTest.run("conjecture", "--depth", "5", "--width", "2", "--format", "json");
        assertEquals(0, counted.code(), counted.err());
        JsonObject c = JsonParser.parseString(counted.out()).getAsJsonObject();
        JsonObject p = JsonParser.parseString(plain.out()).getAsJsonObject();
        assertTrue(c.get("strataTotal").getAsLong() >= c.get("strataEvaluated").getAsLong(), counted.out());
        assertTrue(p.get("strataTotal").isJsonNull(), plain.out());
        assertEquals(c.get("dimension"), p.get("dimension"));
    }

    @Test
    void badThreadsAndBenchCasesGiveOneLine() {
        for (String[] args : List.of(new String[] {"conjecture", "--depth", "4", "--width", "2", "--threads", "-1"},
                new String[] {"search", "--width", "2", "--max-depth", "4", "--threads", "-2"},
                new String[] {"bench", "conjecture", "--cases", "2-7"},
                new String[] {"bench", "conjecture", "--runs", "0"})) {
            DimsCommandTest.Run r = DimsCommandTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }

    /**
     * A holds prints both exact routes and what it proves, in text and JSON; the JSON error bound is the product of the
     * two routes' bounds printed beside it; a certified fails has no second route and says `verify` rechecks it.
     */
    @Test
    void holdsShowsBothRoutesAndFailsShowsTheCertificate() {
        DimsCommandTest.Run text = DimsCommandTest.run("conjecture", "--depth", "6", "--width", "2", "--no-progress");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("two independent exact routes agree"), text.out());
        assertTrue(text.out().contains("exact routes            mod 2^61-1 at"), text.out());
        assertTrue(text.out().contains("again mod 2^31-1"), text.out());
        assertTrue(text.out().contains("what it proves          a holds is probabilistic"), text.out());
        DimsCommandTest.Run json = DimsCommandTest.run("conjecture", "--depth", "6", "--width", "2", "--format", "json");
        JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
        assertEquals("holds", o.get("verdict").getAsString());
        JsonObject route = o.getAsJsonObject("secondRoute");
        assertEquals((1L << 61) - 1, route.get("firstPrime").getAsLong());
        assertEquals((1L << 31) - 1, route.get("secondPrime").getAsLong());
        assertTrue(route.get("agree").getAsBoolean());
        assertTrue(route.get("disagreement").isJsonNull());
        int checked = route.get("strataChecked").getAsInt();
        assertTrue(checked >= 1 && checked >= route.get("strataReachingFull").getAsInt(), json.out());
        double product = route.get("firstRouteBound").getAsDouble() * route.get("secondRouteBound").getAsDouble();
        assertEquals(product, o.get("errorBound").getAsDouble(), 1e-12 * product);
        assertTrue(o.get("errorBound").getAsDouble() < route.get("firstRouteBound").getAsDouble());

        DimsCommandTest.Run fails = DimsCommandTest.run("conjecture", "--depth", "7", "--width", "2", "--format", "json");
        JsonObject f = JsonParser.parseString(fails.out()).getAsJsonObject();
        assertEquals("fails", f.get("verdict").getAsString());
        assertTrue(f.get("certified").getAsBoolean());
        assertTrue(f.get("secondRoute").isJsonNull(), fails.out());
        assertTrue(f.get("proves").getAsString().contains("dlnkit verify"), fails.out());
    }

    /** search: each holding depth with a nonempty A_H carries its second route; the failing depth none. */
    @Test
    void searchRecordsTheSecondRoutePerDepth() {
        DimsCommandTest.Run r = DimsCommandTest.run("search", "--width", "2", "--max-depth", "7", "--format", "json", "--no-progress");
        assertEquals(0, r.code(), r.err());
        JsonArray verdicts = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("verdicts");
        for (int i = 0; i < verdicts.size(); i++) {
            JsonObject v = verdicts.get(i).getAsJsonObject();
            boolean holdsWithStrata = v.get("verdict").getAsString().equals("holds") && !v.get("dimension").isJsonNull();
            assertEquals(holdsWithStrata, !v.get("secondRoute").isJsonNull(), v.toString());
        }
        DimsCommandTest.Run text = DimsCommandTest.run("search", "--width", "2", "--max-depth", "5", "--no-progress");
        assertTrue(text.out().contains("of them again mod 2^31-1"), text.out());
    }

    /**
     * A disagreement between the two routes is printed as such, never as a holds: the larger rank is called a proven
     * lower bound, and a failure candidate when it reaches dim closure(im delta).
     */
    @Test
    void aDisagreementIsPrintedAsUndecidedWithTheLowerBound() {
        ConjectureResult holds = ConjectureDecision.decide(Widths.constant(6, 2), 1, Tolerances.DEFAULT);
        Stratum s = holds.bestStratum().orElseThrow();
        ConjectureResult belowFull = withDisagreement(holds, new ConjectureResult.Disagreement(s, holds.exactDimension(),
                holds.exactDimension() - 1));
        String text = ConjectureCommand.verdictText(belowFull);
        assertTrue(text.startsWith("undecided: the two exact routes disagree"), text);
        assertTrue(text.contains("at least " + holds.exactDimension()), text);
        assertTrue(text.contains("the holds is not confirmed"), text);
        ConjectureResult reachesFull = withDisagreement(holds, new ConjectureResult.Disagreement(s, holds.exactDimension(),
                holds.fullDimension()));
        assertTrue(ConjectureCommand.verdictText(reachesFull).contains("FAILURE CANDIDATE"), ConjectureCommand.verdictText(reachesFull));
        assertTrue(ConjectureCommand.routesText(reachesFull).endsWith("DISAGREE"), ConjectureCommand.routesText(reachesFull));
        JsonObject o = JsonParser.parseString(ConjectureCommand.json(reachesFull, "", 0).toString()).getAsJsonObject();
        assertEquals("undecided", o.get("verdict").getAsString());
        assertEquals(holds.fullDimension(), o.getAsJsonObject("secondRoute").getAsJsonObject("disagreement").get("lowerBound").getAsInt());
    }

    private static ConjectureResult withDisagreement(ConjectureResult r, ConjectureResult.Disagreement d) {
        ConjectureResult.SecondRoute route = r.secondRoute().orElseThrow();
        return new ConjectureResult(r.widths(), ConjectureResult.Verdict.UNDECIDED, r.exactDimension(), r.floatRank(),
                r.fullDimension(), r.bestStratum(), r.strataTotal(), r.orbitsVisited(), r.strataVisited(), r.strataEvaluated(),
                r.skippedBySymmetry(), r.stoppedEarly(), r.certificate(), Optional.of(new ConjectureResult.SecondRoute(
                        route.firstPrime(), route.secondPrime(), route.strataChecked(), route.reachingFull(), Optional.of(d))),
                r.tolerances(), r.seed());
    }
}
