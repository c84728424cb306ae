package dlnkit.certificate;

import dlnkit.conjecture.ConjectureDecision;
import dlnkit.hessian.ExactLoss;
import dlnkit.image.OrbitTangent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Data;
import dlnkit.model.Loss;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HessianCertificateTest {
    static HessianCertificate certificate;

    @BeforeAll
    static void make() {
        certificate = ConjectureDecision.decide(Widths.constant(7, 2), 1, Tolerances.DEFAULT).certificate().orElseThrow();
    }

    @Test
    void roundTripAndVerify() {
        HessianCertificate back = CertificateFiles.parseHessian(CertificateFiles.toJson(certificate));
        assertEquals(certificate, back);
        assertTrue(HessianCertificateVerifier.verify(back).valid());
    }

    @Test
    void changedDataIsRejected() {
        List<List<BigInteger>> m = new ArrayList<>();
        for (List<BigInteger> row : certificate.m()) {
            m.add(new ArrayList<>(row));
        }
        m.get(1).set(0, m.get(1).get(0).add(BigInteger.ONE));
        HessianCertificate bad = new HessianCertificate(certificate.widths(), m, certificate.point(), certificate.inner(),
                certificate.ends(), certificate.stratum(), certificate.seed());
        CertificateVerifier.Result r = HessianCertificateVerifier.verify(bad);
        assertFalse(r.valid());
        assertTrue(r.lines().get(r.lines().size() - 1).startsWith("FAILED"), r.lines().toString());
    }

    @Test
    void tooFewDirectionsAreRejected() {
        HessianCertificate bad = new HessianCertificate(certificate.widths(), certificate.m(), certificate.point(),
                certificate.inner().subList(1, certificate.inner().size()), certificate.ends(), certificate.stratum(), certificate.seed());
        assertFalse(HessianCertificateVerifier.verify(bad).valid());
    }

    /** End directions: (I, I) lies in the Lie algebra of G_M and is accepted as such; (I, 0) does not and is rejected. */
    @Test
    void endDirectionsMustSatisfyXiZeroMEqualsMXiN() {
        List<List<BigInteger>> id = List.of(List.of(BigInteger.ONE, BigInteger.ZERO), List.of(BigInteger.ZERO, BigInteger.ONE));
        List<List<BigInteger>> zero = List.of(List.of(BigInteger.ZERO, BigInteger.ZERO), List.of(BigInteger.ZERO, BigInteger.ZERO));
        List<OrbitTangent.Direction> fewer = certificate.inner().subList(1, certificate.inner().size());
        HessianCertificate good = new HessianCertificate(certificate.widths(), certificate.m(), certificate.point(), fewer,
                List.of(new HessianCertificate.EndDirection(id, id)), certificate.stratum(), certificate.seed());
        CertificateVerifier.Result r = HessianCertificateVerifier.verify(good);
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("ok: 1 end directions lie in the Lie algebra")), r.lines().toString());
        HessianCertificate bad = new HessianCertificate(certificate.widths(), certificate.m(), certificate.point(), fewer,
                List.of(new HessianCertificate.EndDirection(id, zero)), certificate.stratum(), certificate.seed());
        CertificateVerifier.Result rb = HessianCertificateVerifier.verify(bad);
        assertFalse(rb.valid());
        assertTrue(rb.lines().stream().anyMatch(l -> l.contains("xi_0 M = M xi_N")), rb.lines().toString());
    }

    /** Exact integer gradient/Hessian against the float ones on small integer inputs, where doubles are exact too. */
    @Test
    void exactLossAgreesWithTheFloatLossOnSmallIntegers() {
        Random rng = new Random(91);
        int agreeZero = 0;
        for (int trial = 0; trial < 200; trial++) {
            Widths w = Widths.constant(3, 2);
            BigInteger[][][] wb = new BigInteger[4][][];
            List<Matrix> layers = new ArrayList<>();
            for (int t = 1; t <= 3; t++) {
                wb[t] = new BigInteger[2][2];
                double[][] d = new double[2][2];
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 2; j++) {
                        int v = rng.nextInt(4) == 0 ? rng.nextInt(5) - 2 : 0;
                        wb[t][i][j] = BigInteger.valueOf(v);
                        d[i][j] = v;
                    }
                }
                layers.add(Matrix.of(d));
            }
            BigInteger[][] x = {{BigInteger.ONE, BigInteger.ZERO}, {BigInteger.ZERO, BigInteger.ONE}};
            int m00 = rng.nextInt(3) - 1;
            BigInteger[][] y = {{BigInteger.valueOf(m00), BigInteger.ZERO}, {BigInteger.ZERO, BigInteger.ONE}};
            Data data = new Data(Matrix.of(new double[][] {{1, 0}, {0, 1}}), Matrix.of(new double[][] {{m00, 0}, {0, 1}}));
            Network net = new Network(w, layers);
            boolean floatZero = java.util.Arrays.stream(Loss.gradient(net, data).flatten()).allMatch(v -> v == 0)
                    && java.util.Arrays.stream(Loss.denseHessian(net, data)).flatMapToDouble(java.util.Arrays::stream).allMatch(v -> v == 0);
            boolean exactZero = ExactLoss.gradientAndHessianVanish(w, wb, x, y);
            assertEquals(floatZero, exactZero, "trial " + trial);
            agreeZero += exactZero ? 1 : 0;
        }
        assertTrue(agreeZero > 5 && agreeZero < 195, "both answers must occur: " + agreeZero);
    }
}
