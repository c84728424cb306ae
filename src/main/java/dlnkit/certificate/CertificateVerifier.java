package dlnkit.certificate;

import dlnkit.exact.IntegerMatrix;
import dlnkit.image.OrbitTangent;

import dlnkit.model.Widths;
import dlnkit.variety.PathCondition;
import dlnkit.variety.ZeroConditions;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rechecks a {@link Certificate} from its contents alone, with its own integer arithmetic: it does not
 * use the orbit enumeration, the orbit's normal form or the structured Jacobian. The differential is
 * computed from its formula {@code dDelta_t = V_{t+1}^T W_{t+1} + W_{t+1}^T V_{t+1} - V_t W_t^T - W_t V_t^T}
 * in exact integers. Its arithmetic is {@link VerifierArithmetic}, a deliberate copy of the routines the builder
 * uses, so the recheck shares no mathematical code with the builder ({@code RestrictedDimension}, {@code OrbitPoints},
 * {@code ModMatrix}). The claim's conditions are read with the common {@code --zero} grammar ({@code ZeroConditions}).
 */
public final class CertificateVerifier {
    /** Above this size the exact integer determinant is skipped (the mod-p rank suffices as proof). */
    public static final int DETERMINANT_LIMIT = 120;

    private CertificateVerifier() {
    }

    /**
     * The outcome, step by step.
     *
     * @param valid true when every check passed: a proof of the claim
     * @param lines one line per check, {@code "ok: ..."} or {@code "FAILED: ..."}
     * @param rank the rank mod p of the {@code T x T} matrix (-1 when not reached)
     * @param target {@code T}
     */
    public record Result(boolean valid, List<String> lines, int rank, long target) {
        public Result {
            lines = List.copyOf(lines);
        }
    }

    public static Result verify(Certificate c) {
        List<String> lines = new ArrayList<>();
        Widths widths = c.widths();
        int n = widths.depth();
        long target = widths.targetDimension();
        BigInteger[][][] w = new BigInteger[n + 1][][];
        for (int t = 1; t <= n; t++) {
            w[t] = c.layer(t);
            boolean shape = w[t].length == widths.d(t);
            for (BigInteger[] row : w[t]) {
                shape &= row.length == widths.d(t - 1);
            }
            if (!shape) {
                lines.add("FAILED: W_" + t + " is not " + widths.d(t) + "x" + widths.d(t - 1));
                return new Result(false, lines, -1, target);
            }
        }
        lines.add("ok: point has the shapes of widths " + widths);
        ZeroConditions v = c.zero().isBlank() ? ZeroConditions.none(n) : ZeroConditions.parse(c.zero(), n);
        for (PathCondition pc : v.conditions()) {
            BigInteger[][] p = w[pc.bottom()];
            for (int t = pc.bottom() + 1; t <= pc.top(); t++) {
                p = IntegerMatrix.multiply(w[t], p);
            }
            if (!IntegerMatrix.isZero(p)) {
                lines.add("FAILED: " + pc + " is not zero at the point");
                return new Result(false, lines, -1, target);
            }
            lines.add("ok: " + pc + " = 0 exactly (integer arithmetic)");
        }
        Set<OrbitTangent.Direction> seen = new HashSet<>();
        for (OrbitTangent.Direction d : c.directions()) {
            boolean inRange = d.vertex() >= 0 && d.vertex() <= n && d.i() >= 0 && d.j() >= 0
                    && d.i() < widths.d(d.vertex()) && d.j() < widths.d(d.vertex());
            if (!inRange || !seen.add(d)) {
                lines.add("FAILED: direction " + d + " is out of range or repeated");
                return new Result(false, lines, -1, target);
            }
        }
        if (c.directions().size() != target) {
            lines.add("FAILED: " + c.directions().size() + " directions given, T = " + target + " needed");
            return new Result(false, lines, -1, target);
        }
        int size = (int) target;
        BigInteger[][] m = new BigInteger[size][size];
        for (int k = 0; k < size; k++) {
            BigInteger[] col = differential(widths, w, c.directions().get(k));
            for (int r = 0; r < size; r++) {
                m[r][k] = col[r];
            }
        }
        int rank = VerifierArithmetic.rankModP(m);
        boolean full = rank == size;
        lines.add((full ? "ok: " : "FAILED: ") + "rank of the " + size + "x" + size + " matrix d delta(W)[V_k] mod p = "
                + VerifierArithmetic.P + " is " + rank + (full ? " = T, so its integer determinant is nonzero" : " < T"));
        if (full && size <= DETERMINANT_LIMIT) {
            BigInteger det = BareissDeterminant.of(m);
            lines.add((det.signum() != 0 ? "ok: " : "FAILED: ") + "integer determinant (Bareiss) has "
                    + det.abs().toString().length() + " digits" + (det.signum() != 0 ? ", nonzero" : ": ZERO"));
            full = det.signum() != 0;
        }
        if (full) {
            lines.add("proved: delta restricted to V = {" + v + "} is dominant: dim closure(delta(V)) = T = " + target);
        }
        return new Result(full, lines, rank, target);
    }

    /** {@code d delta(W)[V]} for the direction, upper triangles of {@code dDelta_1..dDelta_{N-1}}. */
    static BigInteger[] differential(Widths widths, BigInteger[][][] w, OrbitTangent.Direction dir) {
        int n = widths.depth();
        BigInteger[][][] v = new BigInteger[n + 1][][];
        for (int t = 1; t <= n; t++) {
            v[t] = IntegerMatrix.zeros(widths.d(t), widths.d(t - 1));
        }
        int s = dir.vertex();
        if (s >= 1) {
            // V_s = E_ij W_s: row i of V_s is row j of W_s
            v[s][dir.i()] = w[s][dir.j()].clone();
        }
        if (s < n) {
            // V_{s+1} = -W_{s+1} E_ij: column j of V_{s+1} is minus column i of W_{s+1}
            for (int r = 0; r < widths.d(s + 1); r++) {
                v[s + 1][r][dir.j()] = w[s + 1][r][dir.i()].negate();
            }
        }
        return deltaDifferential(widths, w, v);
    }

    /** {@code d delta(W)[V]} in integers, {@code w[t]} and {@code v[t]} the layers ({@code t = 1..N}). */
    static BigInteger[] deltaDifferential(Widths widths, BigInteger[][][] w, BigInteger[][][] v) {
        int n = widths.depth();
        List<BigInteger> out = new ArrayList<>();
        for (int t = 1; t < n; t++) {
            BigInteger[][] d = IntegerMatrix.add(IntegerMatrix.add(IntegerMatrix.multiply(IntegerMatrix.transpose(v[t + 1]), w[t + 1]),
                    IntegerMatrix.multiply(IntegerMatrix.transpose(w[t + 1]), v[t + 1])),
                    IntegerMatrix.negate(IntegerMatrix.add(IntegerMatrix.multiply(v[t], IntegerMatrix.transpose(w[t])), IntegerMatrix.multiply(w[t], IntegerMatrix.transpose(v[t])))));
            for (int i = 0; i < d.length; i++) {
                for (int j = i; j < d.length; j++) {
                    out.add(d[i][j]);
                }
            }
        }
        return out.toArray(new BigInteger[0]);
    }

}
