package dlnkit.hessian;

import dlnkit.certificate.CertificateFiles;
import dlnkit.certificate.HessianCertificate;
import dlnkit.certificate.HessianCertificateVerifier;
import dlnkit.image.OrbitPoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Widths;
import dlnkit.hessian.AllDataHessianVariety;
import dlnkit.variety.Orbit;
import dlnkit.variety.ZeroConditions;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The derivation of A_H^all (proofs-notes/11-all-data-notion.md) against the definition: exact integer gradients and
 * Hessians of the loss at random integer data, and on the spanning family of data that decides "for every data".
 */
class AllDataLossTest {
    private static final int DATA_SETS = 3;

    private static List<AllDataLoss.Data> randomData(Widths w, SplittableRandom rng) {
        List<AllDataLoss.Data> out = new ArrayList<>();
        for (int i = 0; i < DATA_SETS; i++) {
            out.add(AllDataLoss.randomData(w, 1 + rng.nextInt(4), 9, rng));
        }
        return out;
    }

    private static Widths randomWidths(int n, Random rng) {
        int[] d = new int[n + 1];
        for (int t = 0; t <= n; t++) {
            d[t] = 1 + rng.nextInt(3);
        }
        return Widths.of(d);
    }

    /**
     * At random points of random orbits of every component (depths 3 to 6, random widths), the gradient and the
     * Hessian vanish exactly for random integer data and on the spanning family; one entry changed by one (a point
     * just off the component) makes the rule and the definition agree again, and both answers occur off it.
     */
    @Test
    void gradientAndHessianVanishForAllDataExactlyOnTheComponentsAndNotJustOffThem() {
        Random rng = new Random(3);
        SplittableRandom srng = new SplittableRandom(3);
        int offInside = 0;
        int offOutside = 0;
        for (int n = 3; n <= 6; n++) {
            for (ZeroConditions v : AllDataHessianVariety.components(n)) {
                for (int rep = 0; rep < 3; rep++) {
                    Widths w = randomWidths(n, rng);
                    Orbit o = Orbit.random(w, v, 0.5 + 0.5 * rng.nextDouble(), rng);
                    BigInteger[][][] p = AllDataLoss.oneBased(OrbitPoints.integer(o, srng));
                    assertTrue(AllDataLoss.rule(w, p).contained(), v + " " + o);
                    assertTrue(AllDataLoss.vanishFor(w, p, randomData(w, srng)), v + " " + o);
                    assertTrue(AllDataLoss.vanishForAllData(w, p), v + " " + o);
                    // just off: one entry of one layer changed by one
                    int t = 1 + rng.nextInt(n);
                    int r = rng.nextInt(w.d(t));
                    int c = rng.nextInt(w.d(t - 1));
                    p[t][r][c] = p[t][r][c].add(BigInteger.valueOf(rng.nextBoolean() ? 1 : -1));
                    boolean rule = AllDataLoss.rule(w, p).contained();
                    boolean definition = AllDataLoss.vanishForAllData(w, p);
                    assertEquals(rule, definition, v + " " + o + " off at layer " + t);
                    assertEquals(rule, AllDataLoss.vanishFor(w, p, randomData(w, srng)), v + " " + o + " off at layer " + t);
                    offInside += rule ? 1 : 0;
                    offOutside += rule ? 0 : 1;
                }
            }
        }
        assertTrue(offInside > 0 && offOutside > 15, offInside + " still inside, " + offOutside + " outside after the change");
    }

    /**
     * At random points of random orbits of random path-zero subvarieties (and of random orbits), the three-blocks rule
     * agrees with the definition on the spanning family and with random integer data; both answers occur.
     */
    @Test
    void membershipRuleAgreesWithExactGradientAndHessianForRandomData() {
        Random rng = new Random(7);
        SplittableRandom srng = new SplittableRandom(7);
        int inside = 0;
        int outside = 0;
        for (int i = 0; i < 300; i++) {
            int n = 2 + rng.nextInt(5);
            Widths w = randomWidths(n, rng);
            List<dlnkit.variety.PathCondition> conditions = new ArrayList<>();
            for (int top = 1; top <= n; top++) {
                for (int bottom = 1; bottom <= top; bottom++) {
                    if (rng.nextInt(n) == 0) {
                        conditions.add(new dlnkit.variety.PathCondition(top, bottom));
                    }
                }
            }
            ZeroConditions v = new ZeroConditions(n, conditions);
            Orbit o = Orbit.random(w, v, rng.nextDouble(), rng);
            BigInteger[][][] p = AllDataLoss.oneBased(OrbitPoints.integer(o, srng));
            boolean rule = AllDataLoss.rule(w, p).contained();
            assertEquals(AllDataHessianVariety.contains(o), rule, o.toString());
            assertEquals(rule, AllDataLoss.vanishForAllData(w, p), o.toString());
            assertEquals(rule, AllDataLoss.vanishFor(w, p, randomData(w, srng)), o.toString());
            if (AllDataHessianVariety.contains(v)) {
                assertTrue(rule, v + " contains " + o);
            }
            inside += rule ? 1 : 0;
            outside += rule ? 0 : 1;
        }
        assertTrue(inside > 30 && outside > 30, inside + " inside, " + outside + " outside");
    }

    /**
     * Outside A_H^all some data make the gradient or Hessian nonzero, but the point can still be in the fixed-data A_H
     * for its own data: the published width-2, depth-7 failure certificate's point (in A_H for its M, by the
     * verifier) is not in A_H^all, and its gradient or Hessian is nonzero for random data.
     */
    @Test
    void fixedDataPointsNeedNotBeAllDataPoints() throws Exception {
        HessianCertificate c = CertificateFiles.parseHessian(CertificateFiles.readText(
                java.nio.file.Path.of("proofs-notes/certificates/width2-depth7.json")));
        assertTrue(HessianCertificateVerifier.verify(c).valid());
        Widths w = c.widths();
        BigInteger[][][] p = new BigInteger[w.depth() + 1][][];
        for (int t = 1; t <= w.depth(); t++) {
            List<List<BigInteger>> rows = c.point().get(t - 1);
            p[t] = new BigInteger[rows.size()][];
            for (int r = 0; r < rows.size(); r++) {
                p[t][r] = rows.get(r).toArray(new BigInteger[0]);
            }
        }
        assertFalse(AllDataLoss.rule(w, p).contained());
        assertFalse(AllDataLoss.vanishForAllData(w, p));
        assertFalse(AllDataLoss.vanishFor(w, p, randomData(w, new SplittableRandom(1))));
    }

    /** The spanning family has d_0 (d_0 + 1) / 2 (d_N + 1) one-sample data sets. */
    @Test
    void spanningFamilySize() {
        assertEquals(3 * 4, AllDataLoss.spanningFamily(Widths.of(2, 5, 3)).size());
        assertEquals(6 * 2, AllDataLoss.spanningFamily(Widths.of(3, 1, 1)).size());
    }
}
