package dlnkit.certificate;


import java.math.BigInteger;

/**
 * The certificate verifiers' own rank routine: the rank of an integer matrix modulo the prime {@code p = 2^61 - 1},
 * with its own modular product and power.
 *
 * <p>The duplication is deliberate. The builders of certificates ({@code StratumTangent}, {@code StratumDifferential},
 * {@code ModMatrix}, {@code ModP}, {@code ConjectureDecision}, {@code RestrictedDimension}) rank by their own routines;
 * the verifiers ({@link CertificateVerifier}, {@link HessianCertificateVerifier}) rank only through this class, so
 * that a bug in the builder's elimination cannot be hidden by the same bug in the recheck. Keep it that way: do not
 * replace these methods by calls into the builder's classes, and do not call them from a builder. Both sides share
 * only the elementary exact products and sums of {@link dlnkit.exact.IntegerMatrix}, which are tested on their own
 * against machine-integer arithmetic.
 */
final class VerifierArithmetic {
    /** The prime {@code 2^61 - 1}; the rank mod p is a lower bound for the rank over {@code Q}. */
    static final long P = (1L << 61) - 1;
    private static final BigInteger P_BIG = BigInteger.valueOf(P);

    private VerifierArithmetic() {
    }

    /**
     * The rank of an integer matrix modulo {@code p = 2^61 - 1}, by Gaussian elimination on residues. Reduction mod
     * {@code p} is a ring map, so every minor that is nonzero mod {@code p} is a nonzero integer: the rank mod p
     * never exceeds the rank over {@code Q}, and full rank mod p proves full rank over {@code Q}.
     */
    static int rankModP(BigInteger[][] m) {
        int rows = m.length;
        int cols = rows == 0 ? 0 : m[0].length;
        long[][] a = new long[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                a[i][j] = m[i][j].mod(P_BIG).longValueExact();
            }
        }
        int rank = 0;
        for (int c = 0; c < cols && rank < rows; c++) {
            int pivot = rank;
            while (pivot < rows && a[pivot][c] == 0) {
                pivot++;
            }
            if (pivot == rows) {
                continue;
            }
            long[] swap = a[rank];
            a[rank] = a[pivot];
            a[pivot] = swap;
            long inverse = power(a[rank][c], P - 2);
            for (int i = rank + 1; i < rows; i++) {
                if (a[i][c] == 0) {
                    continue;
                }
                long factor = times(a[i][c], inverse);
                for (int j = c; j < cols; j++) {
                    // a[i][j] -= factor * a[rank][j] (mod p), both residues in [0, p)
                    long s = a[i][j] - times(factor, a[rank][j]);
                    a[i][j] = s < 0 ? s + P : s;
                }
            }
            rank++;
        }
        return rank;
    }

    /**
     * {@code a b mod p} for residues {@code a, b} in {@code [0, p)}: the 122-bit product is {@code hi 2^64 + lo}
     * (lo unsigned), and {@code 2^61 = 1 (mod p)} gives {@code 2^64 = 8}, {@code lo = (lo >>> 61) 2^61 + (lo & p)}.
     */
    static long times(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        long s = (hi << 3) + (lo >>> 61) + (lo & P);
        s = (s & P) + (s >>> 61);
        return s >= P ? s - P : s;
    }

    /** {@code base^exponent mod p} by repeated squaring; with {@code exponent = p - 2}, the inverse of a nonzero residue. */
    static long power(long base, long exponent) {
        long result = 1;
        long b = base;
        for (long e = exponent; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = times(result, b);
            }
            b = times(b, b);
        }
        return result;
    }
}
