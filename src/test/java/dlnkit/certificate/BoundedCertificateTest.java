package dlnkit.certificate;

import dlnkit.conjecture.ConjectureDecision;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.image.UpperBound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Failures where {@code dim closure(im delta) < T}: certified with the proven upper bound {@code U}, rechecked by the
 * verifier, which recomputes {@code U} on its own; tampered bounds are rejected. The sweep over every widths vector in
 * {1,2,3} at depths 5 and 6 is {@code dlnkit.examples.WidthScanIT}.
 */
class BoundedCertificateTest {

    @ParameterizedTest
    @ValueSource(strings = {"2,1,3,1,2,2,1", "1,2,2,1,3,1,2", "2,1,3,1,3,2,1", "3,2,2,2,1,3,1"})
    void failuresBelowTheTargetAreCertifiedWithTheBound(String ws) {
        Widths w = Widths.parse(ws);
        UpperBound bound = UpperBound.of(w);
        assertTrue(bound.belowTarget(), ws);
        ConjectureResult r = ConjectureDecision.decide(w, 1, Tolerances.DEFAULT);
        assertEquals(ConjectureResult.Verdict.FAILS, r.verdict(), ws);
        HessianCertificate c = r.certificate().orElseThrow();
        assertEquals(Optional.of(HessianCertificate.BoundData.of(bound)), c.upperBound());
        assertEquals(bound.value(), c.inner().size() + c.ends().size());
        CertificateVerifier.Result v = HessianCertificateVerifier.verify(c);
        assertTrue(v.valid(), String.join("\n", v.lines()));
        assertEquals(bound.value(), v.rank());
        assertEquals(c, CertificateFiles.parseHessian(CertificateFiles.toJson(c)));
    }

    /** A seeded sample of depth-6 widths in {1,2,3} with U < T: every failure certified with the bound and verified. */
    @Test
    void sampledDepthSixFailuresBelowTheTargetAreAllCertified() {
        List<Widths> below = new ArrayList<>();
        for (Widths w : Widths.allWithEntriesUpTo(6, 3)) {
            if (UpperBound.of(w).belowTarget()) {
                below.add(w);
            }
        }
        SplittableRandom rng = new SplittableRandom(11);
        int fails = 0;
        for (int k = 0; k < 12; k++) {
            Widths w = below.get(rng.nextInt(below.size()));
            ConjectureResult r = ConjectureDecision.decide(w, 1, Tolerances.DEFAULT);
            if (r.verdict() == ConjectureResult.Verdict.FAILS) {
                fails++;
                HessianCertificate c = r.certificate().orElseThrow(() -> new AssertionError(w + " fails without a certificate"));
                assertTrue(c.upperBound().isPresent(), w.toString());
                assertTrue(HessianCertificateVerifier.verify(c).valid(), w.toString());
            } else {
                assertEquals(ConjectureResult.Verdict.HOLDS, r.verdict(), w.toString());
            }
        }
        assertTrue(fails >= 1, "the sample has no failure");
    }

    @Test
    void tamperedBoundsAreRejected() {
        Widths w = Widths.parse("2,1,3,1,2,2,1");
        HessianCertificate c = ConjectureDecision.decide(w, 1, Tolerances.DEFAULT).certificate().orElseThrow();
        HessianCertificate.BoundData b = c.upperBound().orElseThrow();
        HessianCertificate noBound = new HessianCertificate(w, c.m(), c.point(), c.inner(), c.ends(), c.stratum(), c.seed());
        CertificateVerifier.Result v = HessianCertificateVerifier.verify(noBound);
        assertFalse(v.valid());
        assertTrue(v.lines().get(v.lines().size() - 1).contains("13 directions given, T = 14 needed"), String.join("\n", v.lines()));
        HessianCertificate raised = withBound(c, new HessianCertificate.BoundData(b.value() + 1, b.deficits()));
        assertFalse(HessianCertificateVerifier.verify(raised).valid());
        HessianCertificate moved = withBound(c, new HessianCertificate.BoundData(b.value(), List.of(1, 0, 0, 0, 0)));
        assertFalse(HessianCertificateVerifier.verify(moved).valid());
        // a bound one lower with one direction fewer: the value is not the recomputed bound, whatever the rank
        HessianCertificate lower = new HessianCertificate(w, c.m(), c.point(), c.inner().subList(1, c.inner().size()), c.ends(),
                c.stratum(), c.seed(), Optional.of(new HessianCertificate.BoundData(b.value() - 1, b.deficits())));
        assertFalse(HessianCertificateVerifier.verify(lower).valid());
    }

    /** A malformed bound is bad input (an IllegalArgumentException naming the field), not a silent truncation. */
    @ParameterizedTest
    @ValueSource(strings = {"5", "{\"value\": \"x\", \"deficits\": [0, 1, 0, 0, 0]}", "{\"value\": 13}",
        "{\"value\": 13, \"deficits\": [0, 1.5, 0, 0, 0]}", "{\"value\": 13, \"deficits\": [0, 99999999999, 0, 0, 0]}",
        "{\"value\": 1e400, \"deficits\": [0, 1, 0, 0, 0]}"})
    void malformedBoundsAreRejectedWhenRead(String bound) {
        HessianCertificate c = ConjectureDecision.decide(Widths.parse("2,1,3,1,2,2,1"), 1, Tolerances.DEFAULT).certificate().orElseThrow();
        com.google.gson.JsonObject o = com.google.gson.JsonParser.parseString(CertificateFiles.toJson(c)).getAsJsonObject();
        o.add("upperBound", com.google.gson.JsonParser.parseString(bound));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CertificateFiles.parseHessian(o.toString()));
        assertTrue(e.getMessage().contains("upperBound"), e.getMessage());
    }

    private static HessianCertificate withBound(HessianCertificate c, HessianCertificate.BoundData b) {
        return new HessianCertificate(c.widths(), c.m(), c.point(), c.inner(), c.ends(), c.stratum(), c.seed(), Optional.of(b));
    }
}
