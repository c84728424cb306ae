package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.examples.DepthTwo;
import dlnkit.experiment.E3Avoidance;
import dlnkit.conjecture.ConjectureDecision;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.certificate.HessianCertificate;
import dlnkit.certificate.HessianCertificateVerifier;
import dlnkit.model.Widths;
import dlnkit.report.IndexPage;
import dlnkit.report.NotionTables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report's summary rows come from records: a row is ok for the records the library computes, and turns CHECK FAILED
 * when one record field says otherwise (a wrong verdict, an invalid certificate, another seed); the finding's numbers are
 * the records' fields.
 */
class ReportSummaryTest {
    static final long SEED = 1;
    static DepthSearch search;
    static VerifyCommand.Verdict verdict;

    @BeforeAll
    static void searchWidthTwo() {
        search = DepthSearch.run(2, ReportSummary.SEED_COUNTEREXAMPLE_DEPTH, false, SEED, ConjectureDecision.Options.sequential(), d -> { });
        HessianCertificate c = search.smallestFailure().orElseThrow().certificate().orElseThrow();
        verdict = verdict(c, SEED, HessianCertificateVerifier.verify(c).valid());
    }

    static VerifyCommand.Verdict verdict(HessianCertificate c, long seed, boolean valid) {
        return new VerifyCommand.Verdict(Path.of("c.json"), HessianCertificate.FORMAT, c.widths(), seed, HessianCertificateVerifier.verify(c),
                valid);
    }

    /** The same decision with another verdict. */
    static ConjectureResult withVerdict(ConjectureResult r, ConjectureResult.Verdict v) {
        return new ConjectureResult(r.widths(), v, r.exactDimension(), r.floatRank(), r.fullDimension(), r.bestStratum(), r.strataTotal(),
                r.orbitsVisited(), r.strataVisited(), r.strataEvaluated(), r.skippedBySymmetry(), r.stoppedEarly(), r.certificate(), r.secondRoute(),
                r.tolerances(), r.seed());
    }

    @Test
    void smallestFailingDepthRowIsFormattedFromTheSearchAndTheVerifier() {
        assertTrue(verdict.valid(), "the independent verifier accepts the search's certificate");
        IndexPage.Claim row = ReportSummary.smallestConstant(SEED, search, Optional.of(verdict), "cmd");
        int depth = search.smallestFailingDepth();
        assertTrue(row.ok(), row.toString());
        assertEquals("smallest failing depth " + depth + " for width 2, depths 2.." + (depth - 1) + " hold, certificate VALID",
                row.finding());
        assertEquals(depth - 2, search.belowFailure().size());
        assertTrue(search.belowFailure().stream().allMatch(r -> r.verdict() == ConjectureResult.Verdict.HOLDS));
    }

    @Test
    void aWrongVerdictBelowTheFailureTurnsTheRowToCheckFailed() {
        List<ConjectureResult> verdicts = new ArrayList<>(search.verdicts());
        verdicts.set(1, withVerdict(verdicts.get(1), ConjectureResult.Verdict.UNDECIDED));
        DepthSearch wrong = new DepthSearch(search.width(), search.maxDepth(), false, SEED, verdicts);
        IndexPage.Claim row = ReportSummary.smallestConstant(SEED, wrong, Optional.of(verdict), "cmd");
        assertFalse(row.ok(), row.toString());
        assertTrue(row.finding().contains("do NOT all hold"), row.finding());
    }

    @Test
    void aFailureAtOrBelowTheSeedsBoundContradictsTheSeedAndFailsTheCheck() {
        // the seed claims the conjecture holds for N <= 4: a search whose first failure is at depth 3 must not pass
        List<ConjectureResult> verdicts = new ArrayList<>(search.verdicts().subList(0, 2));
        verdicts.set(1, withVerdict(verdicts.get(1), ConjectureResult.Verdict.FAILS));
        DepthSearch early = new DepthSearch(2, search.maxDepth(), false, SEED, verdicts);
        IndexPage.Claim row = ReportSummary.smallestConstant(SEED, early, Optional.of(verdict), "cmd");
        assertFalse(row.ok(), row.toString());
        assertTrue(row.finding().startsWith("smallest failing depth 3 for width 2"), row.finding());
    }

    @Test
    void anInvalidMissingOrForeignCertificateFailsTheCheck() {
        HessianCertificate c = search.smallestFailure().orElseThrow().certificate().orElseThrow();
        IndexPage.Claim invalid = ReportSummary.smallestConstant(SEED, search, Optional.of(verdict(c, SEED, false)), "cmd");
        assertFalse(invalid.ok());
        assertTrue(invalid.finding().endsWith("certificate INVALID"), invalid.finding());
        IndexPage.Claim missing = ReportSummary.smallestConstant(SEED, search, Optional.empty(), "cmd");
        assertFalse(missing.ok());
        assertTrue(missing.finding().endsWith("certificate MISSING"), missing.finding());
        IndexPage.Claim foreign = ReportSummary.smallestConstant(SEED, search, Optional.of(verdict(c, SEED + 1, true)), "cmd");
        assertFalse(foreign.ok(), "a certificate recording another seed");
        assertTrue(foreign.finding().endsWith("certificate VALID (recorded seed " + (SEED + 1) + ")"), foreign.finding());
        assertFalse(ReportSummary.smallestConstant(SEED + 1, search, Optional.of(verdict), "cmd").ok(),
                "records computed at another seed than the report's");
    }

    @Test
    void depthTwoRowFollowsTheExamplesRecord() {
        DepthTwo.Result r = DepthTwo.check(SEED);
        IndexPage.Claim row = ReportSummary.depthTwo(SEED, r, "cmd");
        assertEquals(!r.originInHessianVariety() && r.strictSaddleAtZero(), row.ok(), row.toString());
        assertTrue(row.ok(), "dlnkit finds A_H empty at depth 2: " + row);
        assertTrue(row.finding().contains(String.format(java.util.Locale.ROOT, "%.3g", r.hessianForm())), row.finding());
        DepthTwo.Result wrong = new DepthTwo.Result(r.seed(), r.widths(), true, r.hessianForm(), r.predictedForm(), r.dimension());
        IndexPage.Claim failed = ReportSummary.depthTwo(SEED, wrong, "cmd");
        assertFalse(failed.ok());
        assertTrue(failed.finding().startsWith("A_H contains 0"), failed.finding());
        DepthTwo.Result flat = new DepthTwo.Result(r.seed(), r.widths(), false, 0.0, r.predictedForm(), r.dimension());
        assertFalse(ReportSummary.depthTwo(SEED, flat, "cmd").ok(), "a vanishing Hessian form at 0 is no strict saddle");
    }

    @Test
    void limitsInsideTheHessianVarietyFailTheAvoidanceRow() {
        E3Avoidance.Summary clean = new E3Avoidance.Summary(40, 40, 0, 0, 40, 12, 1e-6, SEED);
        assertTrue(ReportSummary.e3(SEED, clean, "cmd").ok());
        assertEquals("limits in A_H: 0 of 40 (pair rule), 0 of 40 (Hessian)", ReportSummary.e3(SEED, clean, "cmd").finding());
        E3Avoidance.Summary inside = new E3Avoidance.Summary(40, 40, 1, 1, 40, 12, 1e-6, SEED);
        assertFalse(ReportSummary.e3(SEED, inside, "cmd").ok());
        E3Avoidance.Summary disagree = new E3Avoidance.Summary(40, 40, 0, 1, 39, 12, 1e-6, SEED);
        assertFalse(ReportSummary.e3(SEED, disagree, "cmd").ok());
    }

    @Test
    void notionsRowChecksTheInclusionOfTheNotionsAndTheSearch() {
        int fixed = search.smallestFailingDepth();
        NotionTables.SmallestFailure f = new NotionTables.SmallestFailure(2, false, 10, fixed, true, List.of(), SEED);
        NotionTables.SmallestFailure later = new NotionTables.SmallestFailure(2, true, 10, fixed + 1, true, List.of(), SEED);
        IndexPage.Claim ok = ReportSummary.notions(SEED, List.of(new NotionTables.NotionRow(f, later)), search, "cmd");
        assertTrue(ok.ok(), ok.toString());
        assertEquals("width 2: " + fixed + " / " + (fixed + 1) + " (fixed / all data)", ok.finding());
        // A_H^all lies in A_H: an all-data failure below the fixed-data one is a contradiction
        NotionTables.SmallestFailure earlier = new NotionTables.SmallestFailure(2, true, 10, fixed - 1, true, List.of(), SEED);
        assertFalse(ReportSummary.notions(SEED, List.of(new NotionTables.NotionRow(f, earlier)), search, "cmd").ok());
        // the fixed-data search of the notions table must agree with the search
        NotionTables.SmallestFailure other = new NotionTables.SmallestFailure(2, false, 10, fixed + 1, true, List.of(), SEED);
        assertFalse(ReportSummary.notions(SEED, List.of(new NotionTables.NotionRow(other, later)), search, "cmd").ok());
        NotionTables.SmallestFailure uncertified = new NotionTables.SmallestFailure(2, true, 10, fixed + 1, false, List.of(), SEED);
        assertFalse(ReportSummary.notions(SEED, List.of(new NotionTables.NotionRow(f, uncertified)), search, "cmd").ok());
    }

    @Test
    void theTablePrintsTheSeedAndEveryCheck() {
        IndexPage.Claim good = ReportSummary.smallestConstant(SEED, search, Optional.of(verdict), "cmd");
        IndexPage.Claim bad = ReportSummary.smallestConstant(SEED, search, Optional.empty(), "cmd");
        String table = ReportSummary.table(7, Path.of("out"), 1.5, List.of(good, bad), false);
        assertTrue(table.startsWith("dlnkit report (seed 7), written to out in 1.5 s"), table);
        assertTrue(table.contains(good.finding()) && table.contains(bad.finding() + " |"), "findings are not clipped:\n" + table);
        assertEquals(1, table.lines().filter(l -> l.endsWith("| ok")).count(), table);
        assertEquals(1, table.lines().filter(l -> l.endsWith("| CHECK FAILED")).count(), table);
        assertTrue(table.contains("SOME CHECKS FAILED (seed 7)"), table);
    }

    @Test
    void rangesAreWrittenAsIntervalsOrLists() {
        assertEquals("2..6", ReportSummary.range(List.of(4, 2, 3, 5, 6)));
        assertEquals("4", ReportSummary.range(List.of(4)));
        assertEquals("2,4", ReportSummary.range(List.of(4, 2)));
        assertEquals("none", ReportSummary.range(List.of()));
    }

    @Test
    void aSearchRecordRejectsVerdictsOutOfDepthOrder() {
        List<ConjectureResult> swapped = new ArrayList<>(search.verdicts());
        java.util.Collections.swap(swapped, 0, 1);
        try {
            new DepthSearch(2, 16, false, SEED, swapped);
            throw new AssertionError("accepted verdicts out of order");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("verdicts"), expected.getMessage());
        }
        assertEquals(Widths.constant(2, 2), search.verdicts().get(0).widths());
    }
}
