package dlnkit.certificate;

import dlnkit.hessian.PairRule;
import dlnkit.exact.IntegerMatrix;
import dlnkit.hessian.ExactLoss;
import dlnkit.image.OrbitTangent;
import dlnkit.image.UpperBound;

import dlnkit.model.Widths;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rechecks a {@link HessianCertificate} from its contents alone, in integer arithmetic: {@code M} has full
 * rank, the point satisfies the cyclic pair rule exactly for that {@code M}, every end direction satisfies
 * {@code xi_0 M = M xi_N}, and {@code d delta} along the {@code T} directions has rank {@code T} mod p. When the
 * certificate carries an upper bound, the verifier recomputes {@code U} from the widths with its own routine
 * ({@link #upperBound}), checks the certificate's value and deficits against it, and requires {@code U} directions of
 * rank {@code U} instead: {@code dim closure(delta(A_H)) >= U >= dim closure(im delta)} (proofs-notes/10-upper-bounds.md).
 *
 * <p>It shares no mathematical code with the builder ({@code ConjectureDecision}, {@code OrbitPoints},
 * {@code StratumTangent}, {@code ModMatrix}): its arithmetic is {@link VerifierArithmetic}, a deliberate copy, so
 * that a bug in the builder's routines cannot make a wrong certificate pass. {@link HessianCertificateExport} writes
 * the same checks as a Macaulay2 script that needs no dlnkit code at all.
 */
public final class HessianCertificateVerifier {
    private HessianCertificateVerifier() {
    }

    public static CertificateVerifier.Result verify(HessianCertificate c) {
        List<String> lines = new ArrayList<>();
        Widths widths = c.widths();
        int n = widths.depth();
        long target = widths.targetDimension();
        BigInteger[][] m = HessianCertificate.array(c.m());
        if (m.length != widths.d(0) || java.util.Arrays.stream(m).anyMatch(r -> r.length != widths.d(n))) {
            lines.add("FAILED: M is not " + widths.d(0) + "x" + widths.d(n));
            return new CertificateVerifier.Result(false, lines, -1, target);
        }
        int rankM = VerifierArithmetic.rankModP(m);
        if (rankM != Math.min(widths.d(0), widths.d(n))) {
            lines.add("FAILED: M has rank " + rankM + " mod p, full rank " + Math.min(widths.d(0), widths.d(n)) + " needed");
            return new CertificateVerifier.Result(false, lines, -1, target);
        }
        lines.add("ok: M = X Y^T is " + m.length + "x" + m[0].length + " of full rank " + rankM + " (mod p, hence over Q)");
        BigInteger[][][] w = new BigInteger[n + 1][][];
        for (int t = 1; t <= n; t++) {
            w[t] = HessianCertificate.array(c.point().get(t - 1));
            int cols = widths.d(t - 1);
            if (w[t].length != widths.d(t) || java.util.Arrays.stream(w[t]).anyMatch(r -> r.length != cols)) {
                lines.add("FAILED: W_" + t + " is not " + widths.d(t) + "x" + widths.d(t - 1));
                return new CertificateVerifier.Result(false, lines, -1, target);
            }
        }
        String pairFailure = PairRule.firstViolation(widths, w, m);
        if (pairFailure != null) {
            lines.add("FAILED: the point is not in A_H: " + pairFailure);
            return new CertificateVerifier.Result(false, lines, -1, target);
        }
        lines.add("ok: the point satisfies the cyclic pair rule exactly for this M: it lies in A_H");
        // the definition itself: with X = [I 0] and Y = [M^T 0] (so X Y^T = M), gradient and Hessian vanish exactly
        int samples = Math.max(widths.d(0), widths.d(n));
        BigInteger[][] x = IntegerMatrix.zeros(widths.d(0), samples);
        for (int i = 0; i < widths.d(0); i++) {
            x[i][i] = BigInteger.ONE;
        }
        BigInteger[][] y = IntegerMatrix.zeros(widths.d(n), samples);
        for (int i = 0; i < widths.d(0); i++) {
            for (int j = 0; j < widths.d(n); j++) {
                y[j][i] = m[i][j];
            }
        }
        if (!ExactLoss.gradientAndHessianVanish(widths, w, x, y)) {
            lines.add("FAILED: the gradient or the Hessian of the loss does not vanish at the point (exact, X = [I 0], Y = [M^T 0])");
            return new CertificateVerifier.Result(false, lines, -1, target);
        }
        lines.add("ok: gradient and Hessian of L = ||W_{N:1} X - Y||^2 vanish exactly at the point (integer arithmetic, "
                + "X = [I 0], Y = [M^T 0], from the definition of L)");
        Set<OrbitTangent.Direction> seen = new HashSet<>();
        List<BigInteger[]> columns = new ArrayList<>();
        for (OrbitTangent.Direction d : c.inner()) {
            boolean ok = d.vertex() >= 1 && d.vertex() <= n - 1 && d.i() >= 0 && d.j() >= 0
                    && d.i() < widths.d(d.vertex()) && d.j() < widths.d(d.vertex()) && seen.add(d);
            if (!ok) {
                lines.add("FAILED: inner direction " + d + " is out of range or repeated");
                return new CertificateVerifier.Result(false, lines, -1, target);
            }
            columns.add(CertificateVerifier.differential(widths, w, d));
        }
        for (HessianCertificate.EndDirection e : c.ends()) {
            BigInteger[][] xi0 = HessianCertificate.array(e.xi0());
            BigInteger[][] xiN = HessianCertificate.array(e.xiN());
            if (xi0.length != widths.d(0) || xiN.length != widths.d(n)
                    || !equal(IntegerMatrix.multiply(xi0, m), IntegerMatrix.multiply(m, xiN))) {
                lines.add("FAILED: an end direction does not satisfy xi_0 M = M xi_N");
                return new CertificateVerifier.Result(false, lines, -1, target);
            }
            columns.add(endDifferential(widths, w, xi0, xiN));
        }
        lines.add("ok: " + c.ends().size() + " end directions lie in the Lie algebra of G_M (xi_0 M = M xi_N exactly)");
        long required = target;
        String requiredName = "T";
        if (c.upperBound().isPresent()) {
            HessianCertificate.BoundData claimed = c.upperBound().get();
            long[] own = upperBound(widths);
            List<Integer> ownDeficits = new ArrayList<>();
            for (int t = 1; t < own.length; t++) {
                ownDeficits.add((int) own[t]);
            }
            if (claimed.value() != own[0] || !claimed.deficits().equals(ownDeficits)) {
                lines.add("FAILED: the certificate's upper bound " + claimed.value() + " (deficits " + claimed.deficits()
                        + ") is not the bound recomputed from the widths, " + own[0] + " (deficits " + ownDeficits + ")");
                return new CertificateVerifier.Result(false, lines, -1, target);
            }
            required = own[0];
            requiredName = "U";
            lines.add("ok: upper bound recomputed from the widths: dim closure(im delta) <= U = T - sum u_t (u_t + 1) / 2 = "
                    + target + " - " + (target - own[0]) + " = " + own[0] + ", u_t = max(0, d_t - d_{t-1} - d_{t+1}) = "
                    + ownDeficits + " (proofs-notes/10-upper-bounds.md)");
        }
        if (columns.size() != required) {
            lines.add("FAILED: " + columns.size() + " directions given, " + requiredName + " = " + required + " needed");
            return new CertificateVerifier.Result(false, lines, -1, target);
        }
        int size = (int) required;
        int rows = (int) target;
        BigInteger[][] matrix = new BigInteger[rows][size];
        for (int k = 0; k < size; k++) {
            for (int r = 0; r < rows; r++) {
                matrix[r][k] = columns.get(k)[r];
            }
        }
        int rank = VerifierArithmetic.rankModP(matrix);
        boolean full = rank == size;
        lines.add((full ? "ok: " : "FAILED: ") + "rank of d delta along the directions mod p = " + rank
                + (full ? " = " + requiredName : " < " + requiredName + " = " + size));
        if (full) {
            if (c.ends().isEmpty()) {
                lines.add("note: every direction fixes vertices 0 and N, where the loss is invariant (W_{N:1} does not change), "
                        + "so the whole orbit through the point has vanishing gradient and Hessian: the proof does not use the "
                        + "pair-rule theorem");
            } else {
                lines.add("note: end directions move along G_M, which preserves A_H by the cyclic pair rule (docs/math.md section 3)");
            }
            if (c.upperBound().isPresent()) {
                lines.add("proved: dim closure(delta(A_H)) >= U = " + required + " >= dim closure(im delta) for data with X Y^T = M, "
                        + "so both equal U: the main conjecture fails for widths " + widths);
            } else {
                lines.add("proved: dim closure(delta(A_H)) = T = " + target + " for data with X Y^T = M: the main conjecture fails "
                        + "for widths " + widths);
            }
        }
        return new CertificateVerifier.Result(full, lines, rank, target);
    }

    /**
     * The verifier's own computation of the upper bound (a deliberate duplicate of {@link UpperBound}, which it does not
     * call): {@code [U, u_1, ..., u_{N-1}]} with {@code u_t = max(0, d_t - d_{t-1} - d_{t+1})} and
     * {@code U = sum_t d_t (d_t + 1) / 2 - sum_t u_t (u_t + 1) / 2}.
     */
    public static long[] upperBound(Widths widths) {
        List<Integer> d = widths.values();
        long[] out = new long[d.size() - 1];
        long u = 0;
        for (int t = 1; t + 1 < d.size(); t++) {
            long deficit = Math.max(0, d.get(t) - d.get(t - 1) - d.get(t + 1));
            out[t] = deficit;
            u += (long) d.get(t) * (d.get(t) + 1) / 2 - deficit * (deficit + 1) / 2;
        }
        out[0] = u;
        return out;
    }

    /** {@code d delta(W)[V]} for the end direction: {@code V_1 = -W_1 xi_0}, {@code V_N = xi_N W_N}. */
    static BigInteger[] endDifferential(Widths widths, BigInteger[][][] w, BigInteger[][] xi0, BigInteger[][] xiN) {
        int n = widths.depth();
        BigInteger[][][] v = new BigInteger[n + 1][][];
        for (int t = 1; t <= n; t++) {
            v[t] = IntegerMatrix.zeros(widths.d(t), widths.d(t - 1));
        }
        v[1] = IntegerMatrix.subtract(v[1], IntegerMatrix.multiply(w[1], xi0));
        v[n] = IntegerMatrix.add(v[n], IntegerMatrix.multiply(xiN, w[n]));
        return CertificateVerifier.deltaDifferential(widths, w, v);
    }

    private static boolean equal(BigInteger[][] a, BigInteger[][] b) {
        return IntegerMatrix.equal(a, b);
    }
}
