package dlnkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.conjecture.AllDataDecision;
import dlnkit.conjecture.ConjectureDecision;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.conjecture.RestrictedDimension;
import dlnkit.conjecture.RestrictionResult;
import dlnkit.image.ImageDimension;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.sampling.SampledDimension;
import dlnkit.variety.ZeroConditions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every long computation reports to the one listener, and what it reports matches the counts in its result. */
class ProgressListenerTest {
    /** The reports heard, as {@code {done, total}}, with the notes. */
    static final class Heard implements ProgressListener {
        final List<long[]> reports = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        @Override
        public void update(long done, long total) {
            reports.add(new long[] {done, total});
        }

        @Override
        public void update(long done, long total, String note) {
            update(done, total);
            notes.add(note);
        }

        long[] last() {
            return reports.get(reports.size() - 1);
        }

        void assertNonDecreasing() {
            for (int i = 1; i < reports.size(); i++) {
                assertTrue(reports.get(i)[0] >= reports.get(i - 1)[0], "progress never goes back");
            }
        }
    }

    @Test
    void theDefaultNoteMethodReportsTheCounts() {
        List<long[]> heard = new ArrayList<>();
        ProgressListener l = (done, total) -> heard.add(new long[] {done, total});
        l.update(3, 7, "three of seven");
        assertEquals(1, heard.size());
        assertEquals(3, heard.get(0)[0]);
        assertEquals(7, heard.get(0)[1]);
        ProgressListener.NONE.update(1, 2, "ignored");
    }

    @Test
    void blockEliminationReportsEachStageOfTheJacobian() {
        Widths w = Widths.constant(6, 2);
        Heard h = new Heard();
        int rank = ImageDimension.exactRank(w, ImageDimension.randomExactPoint(w, 1), 1, h).rank();
        assertEquals(ImageDimension.exactRank(w, 1).rank(), rank, "the listener does not change the result");
        assertFalse(h.reports.isEmpty());
        h.assertNonDecreasing();
        for (int i = 0; i < h.reports.size(); i++) {
            assertEquals(i + 1, h.reports.get(i)[0], "one report per stage, in order");
            assertEquals(h.reports.size(), h.reports.get(i)[1], "the total is the number of stages");
        }
    }

    @Test
    void theOrbitMethodEndsOnItsVisitedCountOfAnUnknownTotal() {
        Widths w = Widths.constant(4, 2);
        Heard h = new Heard();
        RestrictionResult r = RestrictedDimension.compute(w, ZeroConditions.parse("W4W3, W2", 4), 2, Tolerances.DEFAULT, h);
        h.assertNonDecreasing();
        assertEquals(r.orbitsVisited(), h.last()[0]);
        assertTrue(h.reports.stream().allMatch(x -> x[1] == ProgressListener.UNKNOWN));
    }

    @Test
    void theStrataSearchReportsStrataEvaluatedOfAnUnknownTotal() {
        Heard h = new Heard();
        ConjectureResult r = ConjectureDecision.decide(Widths.constant(7, 2), 1, Tolerances.DEFAULT, h);
        assertFalse(h.reports.isEmpty());
        h.assertNonDecreasing();
        assertTrue(h.last()[0] <= r.strataEvaluated(), "at most the strata evaluated in the end");
        assertTrue(h.reports.stream().allMatch(x -> x[1] == ProgressListener.UNKNOWN));
    }

    @Test
    void theAllDataSearchCountsComponentsAndNotesOrbits() {
        Widths w = Widths.constant(4, 2);
        Heard h = new Heard();
        AllDataDecision.decide(w, 1, Tolerances.DEFAULT, h);
        h.assertNonDecreasing();
        long todo = AllDataDecision.componentsToEnumerate(w).size();
        assertTrue(h.reports.stream().allMatch(x -> x[1] == todo), "the total is the components to enumerate");
        assertTrue(h.last()[0] >= 1 && h.last()[0] <= todo, "components done: " + h.last()[0]);
        assertEquals(h.reports.size(), h.notes.size());
        assertTrue(h.notes.stream().allMatch(n -> n.endsWith(" orbits evaluated")), h.notes.toString());
    }

    @Test
    void samplingReportsEachSampleOfAll() {
        Widths w = Widths.constant(3, 2);
        Heard h = new Heard();
        SampledDimension.samples(w, ZeroConditions.parse("W2", 3), 3, 1, Tolerances.DEFAULT, h);
        assertEquals(3, h.reports.size());
        for (int k = 0; k < 3; k++) {
            assertEquals(k + 1, h.reports.get(k)[0]);
            assertEquals(3, h.reports.get(k)[1]);
        }
    }
}
