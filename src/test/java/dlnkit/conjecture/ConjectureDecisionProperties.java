package dlnkit.conjecture;

import dlnkit.certificate.HessianCertificateVerifier;
import dlnkit.hessian.HessianAgreement;
import dlnkit.hessian.HessianCheck;
import dlnkit.image.StratumTangent;
import dlnkit.image.UpperBound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.exact.ModMatrix;
import dlnkit.conjecture.ConjectureResult.Verdict;
import dlnkit.model.Widths;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.SvdRank;
import dlnkit.numeric.Tolerances;
import dlnkit.properties.DlnDomain;
import dlnkit.properties.PropertyTimer;
import dlnkit.properties.QuickTries;
import dlnkit.variety.Stratum;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.domains.Domain;

import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Reversal symmetry of the strata of A_H and of the conjecture decision (W_t -> W_{N+1-t}^T, widths reversed,
 * M -> M^T), over widths of depth 1..6 with entries 1..3.
 */
@Domain(DlnDomain.class)
@Domain(DomainContext.Global.class)
@AddLifecycleHook(PropertyTimer.class)
class ConjectureDecisionProperties {
    private static final Tolerances TOL = Tolerances.DEFAULT;

    /**
     * Each stratum of A_H reverses to a stratum (of the reversed orbit) with as many forced zeros of C, and delta has
     * the same rank along both, exactly (mod p, at independent random points and data) and in floating point. The
     * symmetry reduction of the conjecture search for palindromic widths rests on this. The reversed widths have as
     * many strata.
     */
    @Property(tries = 1000)
    @QuickTries(300)
    void reversalMapsEachStratumToAStratumOfTheSameImageDimension(@ForAll Widths widths,
            @ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
        List<Stratum> strata = HessianAgreement.strata(widths);
        List<Stratum> reversedStrata = HessianAgreement.strata(widths.reversed());
        if (strata.size() < HessianAgreement.STRATA_SAMPLE_LIMIT) {
            assertEquals(strata.size(), reversedStrata.size(), widths.toString());
        }
        Statistics.label("A_H").collect(strata.isEmpty() ? "empty" : "nonempty");
        Statistics.label("A_H").coverage(c -> c.check("nonempty").percentage(p -> p >= 50));
        if (strata.isEmpty()) {
            return;
        }
        Stratum s = strata.get((int) Math.floorMod(seed, (long) strata.size()));
        Optional<Stratum> reversed = Stratum.of(s.orbit().reversed());
        assertTrue(reversed.isPresent(), widths + ": " + s + " reverses to no stratum");
        assertEquals(s.zeroCount(), reversed.get().zeroCount(), s + " vs " + reversed.get());
        int rank = ModMatrix.rank(StratumTangent.exactComposite(s, new SplittableRandom(seed), false));
        int reversedRank = ModMatrix.rank(StratumTangent.exactComposite(reversed.get(), new SplittableRandom(seed + 1), false));
        assertEquals(rank, reversedRank, widths + " seed " + seed + ": " + s);
        FloatRank floatRank = SvdRank.of(StratumTangent.floating(s, new Random(seed), TOL).composite(), TOL);
        assertEquals(rank, floatRank.rank(), widths + " seed " + seed + ": " + s + ": " + floatRank.summary());
        assertTrue(floatRank.conclusive(TOL), floatRank.summary());
        Statistics.label("zero pattern of C").collect(s.zeroCount() > 0 ? "some forced zeros" : "no forced zeros");
        Statistics.label("zero pattern of C").coverage(c -> c.check("some forced zeros").percentage(p -> p >= 15));
    }

    /**
     * The conjecture decision is the same for the reversed widths: verdict, dim delta(A_H), dim im delta, emptiness;
     * exact and float agree (no UNDECIDED). A failure with delta dominant comes with a certificate the independent
     * verifier accepts (a certificate proves rank U, the proven upper bound, so there is none when dim im delta < U), and the float gradient
     * and Hessian vanish at a random point of the failing stratum. (Failures occur from depth 5 for widths that are
     * not constant, e.g. 1,1,2,2,1,3.)
     */
    @Property(tries = 300)
    void reversalPreservesTheConjectureDecision(@ForAll Widths widths, @ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
        ConjectureResult a = ConjectureDecision.decide(widths, seed, TOL);
        ConjectureResult b = ConjectureDecision.decide(widths.reversed(), seed + 1, TOL);
        String context = widths + " seed " + seed + ": " + a.verdict() + " " + a.exactDimension() + " of " + a.fullDimension()
                + ", reversed " + b.verdict() + " " + b.exactDimension() + " of " + b.fullDimension();
        assertNotEquals(Verdict.UNDECIDED, a.verdict(), context);
        assertEquals(a.verdict(), b.verdict(), context);
        assertEquals(a.exactDimension(), b.exactDimension(), context);
        assertEquals(a.fullDimension(), b.fullDimension(), context);
        assertEquals(a.emptyHessianVariety(), b.emptyHessianVariety(), context);
        String decision = a.emptyHessianVariety() ? "A_H empty" : a.verdict().toString();
        if (a.verdict() == Verdict.FAILS) {
            // a certificate proves rank U (the proven upper bound on dim im delta, U = T unless an inner vertex is wider
            // than its neighbours together), so one exists exactly when dim im delta reaches U
            assertEquals(a.fullDimension() == UpperBound.of(widths).value(), a.certificate().isPresent(), context);
            a.certificate().ifPresent(c -> assertTrue(HessianCertificateVerifier.verify(c).valid(), context));
            HessianCheck numeric = HessianCheck.atStratumPoint(a.bestStratum().orElseThrow(), seed, TOL);
            assertTrue(numeric.inHessianVariety(), context + ": " + numeric.summary());
            decision = a.certificate().isPresent() ? "FAILS, certified" : "FAILS, dim im delta < U (no certificate)";
        }
        Statistics.label("decision").collect(decision);
        Statistics.label("decision").coverage(c -> {
            c.check("A_H empty").percentage(p -> p >= 10);
            c.check("HOLDS").percentage(p -> p >= 30);
            c.check("FAILS, certified").percentage(p -> p >= 2);
        });
    }
}
