package dlnkit.certificate;

import dlnkit.image.OrbitTangent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.exact.ModMatrix;
import dlnkit.exact.ModP;
import dlnkit.model.Widths;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The extension lemma of proofs-notes/12-constant-widths.md, on the published certificates: append the layer
 * {@code W_{N+1} = lambda I} to a failure certificate's point; the directions of the old certificate together with the
 * unit directions at the new inner vertex {@code N} reach rank {@code T_{N+1}}, and the independent verifier accepts the
 * extended certificate (the point lies in A_H for the same M, exactly). Repeated, this certifies every depth up to
 * {@code maxDepth} from the depth-7 certificate alone, without any search.
 */
class DepthExtensionTest {

    @ParameterizedTest
    @CsvSource({"width2-depth7.json, 12", "width3-depth7.json, 9", "widths-2-1-2-2-1-1-depth5.json, 8"})
    void appendingAScaledIdentityKeepsTheFailureCertified(String file, int maxDepth) throws Exception {
        HessianCertificate c = CertificateFiles.parseHessian(Files.readString(Path.of("proofs-notes", "certificates", file)));
        while (c.widths().depth() < maxDepth) {
            HessianCertificate next = extend(c);
            CertificateVerifier.Result v = HessianCertificateVerifier.verify(next);
            assertTrue(v.valid(), next.widths() + ": " + String.join("\n", v.lines()));
            assertEquals(next.widths().targetDimension(), v.rank());
            c = next;
        }
        assertEquals(maxDepth, c.widths().depth());
    }

    /** {@code lambda = 1, 2, 3, ...}: the proof shows all but finitely many values work. */
    static HessianCertificate extend(HessianCertificate c) {
        for (int lambda = 1; lambda <= 5; lambda++) {
            HessianCertificate e = extend(c, lambda);
            if (e != null) {
                return e;
            }
        }
        throw new AssertionError("no lambda in 1..5 extends " + c.widths());
    }

    private static HessianCertificate extend(HessianCertificate c, int lambda) {
        Widths widths = c.widths();
        int n = widths.depth();
        int w = widths.d(n);
        List<Integer> values = new ArrayList<>(widths.values());
        values.add(w);
        Widths next = new Widths(values);
        List<List<List<BigInteger>>> point = new ArrayList<>(c.point());
        List<List<BigInteger>> layer = new ArrayList<>();
        for (int i = 0; i < w; i++) {
            List<BigInteger> row = new ArrayList<>();
            for (int j = 0; j < w; j++) {
                row.add(BigInteger.valueOf(i == j ? lambda : 0));
            }
            layer.add(row);
        }
        point.add(layer);
        List<OrbitTangent.Direction> inner = new ArrayList<>(c.inner());
        for (int i = 0; i < w; i++) {
            for (int j = 0; j < w; j++) {
                inner.add(new OrbitTangent.Direction(n, i, j));
            }
        }
        BigInteger[][][] pt = new BigInteger[n + 2][][];
        for (int t = 1; t <= n + 1; t++) {
            pt[t] = HessianCertificate.array(point.get(t - 1));
        }
        List<BigInteger[]> cols = new ArrayList<>();
        for (OrbitTangent.Direction d : inner) {
            cols.add(CertificateVerifier.differential(next, pt, d));
        }
        for (HessianCertificate.EndDirection e : c.ends()) {
            cols.add(HessianCertificateVerifier.endDifferential(next, pt, HessianCertificate.array(e.xi0()), HessianCertificate.array(e.xiN())));
        }
        int rows = (int) next.targetDimension();
        long[][] matrix = new long[rows][cols.size()];
        for (int k = 0; k < cols.size(); k++) {
            for (int r = 0; r < rows; r++) {
                matrix[r][k] = ModP.of(cols.get(k)[r]);
            }
        }
        int[] pivots = ModMatrix.pivotColumns(matrix);
        if (pivots.length != rows) {
            return null;
        }
        List<OrbitTangent.Direction> keptInner = new ArrayList<>();
        List<HessianCertificate.EndDirection> keptEnds = new ArrayList<>();
        for (int k : pivots) {
            if (k < inner.size()) {
                keptInner.add(inner.get(k));
            } else {
                keptEnds.add(c.ends().get(k - inner.size()));
            }
        }
        return new HessianCertificate(next, c.m(), point, keptInner, keptEnds, "extended from " + widths, c.seed());
    }
}
