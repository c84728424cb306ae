package dlnkit.conjecture;

import dlnkit.certificate.CertificateVerifier;
import dlnkit.hessian.HessianCheck;
import dlnkit.image.ImageDimension;
import dlnkit.image.OrbitPoints;
import dlnkit.image.OrbitTangent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.exact.ModMatrix;
import dlnkit.model.DeltaMap;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.hessian.HessianMembership;
import dlnkit.variety.ZeroConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RestrictedDimensionTest {

    /** The seed's depth-4 subvarieties, for widths all 2 and all 3. */
    static Stream<Arguments> depthFourSeedCases() {
        List<Arguments> out = new ArrayList<>();
        for (int width : new int[] {2, 3}) {
            for (int i = 2; i <= 4; i++) {
                for (int j = 1; j < i; j++) {
                    out.add(Arguments.of(width, "W" + i + ", W" + j));
                }
            }
            for (int i = 3; i <= 4; i++) {
                out.add(Arguments.of(width, "W" + i + ", W" + (i - 1) + "W" + (i - 2)));
                out.add(Arguments.of(width, "W" + i + "W" + (i - 1) + ", W" + (i - 2)));
            }
        }
        return out.stream();
    }

    /** Each drops strictly below the full dimension, by both routes, with exact and float agreeing. */
    @ParameterizedTest
    @MethodSource("depthFourSeedCases")
    void depthFourSeedSubvarietiesDropStrictlyBelowTheFullDimension(int width, String zero) {
        Widths w = Widths.constant(4, width);
        RestrictionResult r = RestrictedDimension.compute(w, ZeroConditions.parse(zero, 4), 4, Tolerances.DEFAULT);
        assertTrue(r.agree(), zero + ": exact " + r.exactDimension() + ", " + r.floatRank().summary());
        assertEquals(w.targetDimension(), r.fullDimension());
        assertTrue(r.dimension() < r.fullDimension(), zero + ": " + r.dimension());
        assertFalse(r.certified());
    }

    /**
     * On {W_i = W_j = 0}: sum_{k=j}^{i-1} tr Delta_k = tr(W_i^T W_i) - tr(W_j W_j^T) = 0 at every point, so
     * delta(V) lies in a hyperplane; checked at sample points of the best orbit.
     */
    @ParameterizedTest
    @ValueSource(strings = {"W4, W1", "W3, W1", "W4, W2", "W2, W1"})
    void traceIdentityHoldsOnSamplesOfZeroLayerPairs(String zero) {
        Widths w = Widths.constant(4, 3);
        ZeroConditions v = ZeroConditions.parse(zero, 4);
        RestrictionResult r = RestrictedDimension.compute(w, v, 2, Tolerances.DEFAULT);
        int i = v.conditions().get(0).top();
        int j = v.conditions().get(1).top();
        Random rng = new Random(5);
        for (int sample = 0; sample < 5; sample++) {
            Network p = OrbitPoints.floating(r.bestOrbit(), rng);
            assertTrue(p.layer(i).isZero() && p.layer(j).isZero());
            double sum = 0;
            double scale = 0;
            List<Matrix> deltas = DeltaMap.value(p);
            for (int k = j; k < i; k++) {
                sum += deltas.get(k - 1).trace();
                scale += deltas.get(k - 1).frobeniusNorm();
            }
            assertEquals(0, sum, 1e-10 * Math.max(1, scale));
            if (i - j >= 2) {
                assertTrue(scale > 1e-3, "the traces vanish in sum, not each");
            }
        }
        assertTrue(r.dimension() <= w.targetDimension() - 1);
    }

    /**
     * On a linear subspace {W_i = 0, i in S}, the dimension is the generic rank of the Jacobian's columns of the
     * other layers: computed here at a random point without orbits, and compared.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2,2,2,2,2|W4, W2", "2,2,2,2,2|W3", "3,2,3,2|W1", "2,3,2,3,2|W4, W1", "1,3,1,3|W2", "2,2,2,2,2,2|W5, W3, W1"})
    void linearSubspacesMatchTheJacobianOfTheFreeLayers(String input) {
        String[] parts = input.split("\\|");
        Widths w = Widths.parse(parts[0]);
        ZeroConditions v = ZeroConditions.parse(parts[1], w.depth());
        RestrictionResult r = RestrictedDimension.compute(w, v, 3, Tolerances.DEFAULT);
        long[][][] point = ImageDimension.randomExactPoint(w, 99);
        List<Integer> freeColumns = new ArrayList<>();
        for (int t = 1; t <= w.depth(); t++) {
            boolean zeroLayer = v.impliesZero(t, t);
            if (zeroLayer) {
                for (long[] row : point[t - 1]) {
                    java.util.Arrays.fill(row, 0);
                }
            } else {
                for (int k = 0; k < w.layerSize(t); k++) {
                    freeColumns.add(w.layerOffset(t) + k);
                }
            }
        }
        long[][] j = OrbitTangent.exactDeltaJacobian(w, point);
        long[][] restricted = new long[j.length][freeColumns.size()];
        for (int row = 0; row < j.length; row++) {
            for (int c = 0; c < freeColumns.size(); c++) {
                restricted[row][c] = j[row][freeColumns.get(c)];
            }
        }
        assertTrue(r.agree());
        assertEquals(ModMatrix.rank(restricted), r.dimension(), input);
    }

    /** V inside V' gives dim delta(V) <= dim delta(V'); every restricted dimension is at most the full one. */
    @Test
    void smallerSubvarietiesHaveSmallerImages() {
        Widths w = Widths.constant(5, 2);
        String[][] chains = {{"W5W4W3", "W5W4, W2W1", "W5W4, W2W1, W3"}, {"W4W3W2W1", "W3W2", "W3W2, W5"}, {"W5W4W3W2W1", "W3", "W3, W1"}};
        for (String[] chain : chains) {
            long previous = Long.MAX_VALUE;
            for (String zero : chain) {
                RestrictionResult r = RestrictedDimension.compute(w, ZeroConditions.parse(zero, 5), 6, Tolerances.DEFAULT);
                assertTrue(r.agree());
                assertTrue(r.dimension() <= previous, zero);
                assertTrue(r.dimension() <= r.fullDimension());
                previous = r.dimension();
            }
        }
    }

    /** Reversal W_t -> W_{N+1-t}^T maps V to the reversed conditions and preserves the dimension. */
    @ParameterizedTest
    @ValueSource(strings = {"2,3,2,1,2|W4W3, W1", "1,2,3,2,2|W2W1", "3,2,2,3|W3, W2W1"})
    void reversalPreservesRestrictedDimensions(String input) {
        String[] parts = input.split("\\|");
        Widths w = Widths.parse(parts[0]);
        ZeroConditions v = ZeroConditions.parse(parts[1], w.depth());
        RestrictionResult a = RestrictedDimension.compute(w, v, 8, Tolerances.DEFAULT);
        RestrictionResult b = RestrictedDimension.compute(w.reversed(), v.reversed(), 8, Tolerances.DEFAULT);
        assertEquals(a.dimension(), b.dimension());
    }

    /** The seed's counterexample: 45 of 45 at N = 16, certified, inside A_H. */
    @Test
    void depthSixteenCounterexampleIsDominantAndCertified() {
        Widths w = Widths.constant(16, 2);
        ZeroConditions v = ZeroConditions.parse("W16W15W14, W12W11W10, W8W7W6, W4W3W2", 16);
        RestrictionResult r = RestrictedDimension.compute(w, v, 1, Tolerances.DEFAULT);
        assertEquals(45, r.target());
        assertEquals(45, r.dimension());
        assertTrue(r.stoppedEarly());
        assertTrue(r.certified());
        CertificateVerifier.Result check = CertificateVerifier.verify(r.certificate().orElseThrow());
        assertTrue(check.valid(), String.join("\n", check.lines()));
        assertTrue(HessianMembership.of(w, v).contained());
        HessianCheck sample = HessianCheck.atOrbitPoint(r.bestOrbit(), 3, Tolerances.DEFAULT);
        assertTrue(sample.inHessianVariety(), sample.summary());
        assertEquals("162797834", r.orbitsTotal().orElseThrow().toString());
    }
}
