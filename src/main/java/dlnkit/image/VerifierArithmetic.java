package dlnkit.image;

import java.math.BigInteger;

/**
 * The certificate verifiers' own small integer routines: matrix products, sums and transposes of
 * {@code BigInteger} matrices, and the rank of an integer matrix modulo the prime {@code p = 2^61 - 1}.
 *
 * <p>The duplication is deliberate. The builders of certificates ({@code OrbitPoints}, {@code StratumTangent},
 * {@code ModMatrix}, {@code ModP}, {@code ConjectureDecision}, {@code RestrictedDimension}) have their own versions of
 * these routines; the verifiers ({@link CertificateVerifier}, {@link HessianCertificateVerifier}, {@link ExactLoss})
 * use only this class, so that a bug on the builder's side cannot be hidden by the same bug in the recheck. Keep it
 * that way: do not replace these methods by calls into the builder's classes, and do not call them from a builder.
 */
final class VerifierArithmetic {
    /** The prime {@code 2^61 - 1}; the rank mod p is a lower bound for the rank over {@code Q}. */
    static final long P = (1L << 61) - 1;
    private static final BigInteger P_BIG = BigInteger.valueOf(P);

    private VerifierArithmetic() {
    }

    static BigInteger[][] zeros(int rows, int cols) {
        BigInteger[][] m = new BigInteger[rows][cols];
        for (BigInteger[] row : m) {
            java.util.Arrays.fill(row, BigInteger.ZERO);
        }
        return m;
    }

    static BigInteger[][] identity(int d) {
        BigInteger[][] m = zeros(d, d);
        for (int i = 0; i < d; i++) {
            m[i][i] = BigInteger.ONE;
        }
        return m;
    }

    /** The product {@code a b}; {@code a} is {@code r x k}, {@code b} is {@code k x c}. */
    static BigInteger[][] multiply(BigInteger[][] a, BigInteger[][] b) {
        int inner = b.length;
        int cols = inner == 0 ? 0 : b[0].length;
        BigInteger[][] out = new BigInteger[a.length][cols];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < cols; j++) {
                BigInteger s = BigInteger.ZERO;
                for (int k = 0; k < inner; k++) {
                    s = s.add(a[i][k].multiply(b[k][j]));
                }
                out[i][j] = s;
            }
        }
        return out;
    }

    static BigInteger[][] transpose(BigInteger[][] a) {
        int rows = a.length;
        int cols = rows == 0 ? 0 : a[0].length;
        BigInteger[][] t = new BigInteger[cols][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    static BigInteger[][] add(BigInteger[][] a, BigInteger[][] b) {
        BigInteger[][] s = new BigInteger[a.length][];
        for (int i = 0; i < a.length; i++) {
            s[i] = new BigInteger[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                s[i][j] = a[i][j].add(b[i][j]);
            }
        }
        return s;
    }

    static BigInteger[][] subtract(BigInteger[][] a, BigInteger[][] b) {
        BigInteger[][] s = new BigInteger[a.length][];
        for (int i = 0; i < a.length; i++) {
            s[i] = new BigInteger[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                s[i][j] = a[i][j].subtract(b[i][j]);
            }
        }
        return s;
    }

    static BigInteger[][] negate(BigInteger[][] a) {
        BigInteger[][] s = new BigInteger[a.length][];
        for (int i = 0; i < a.length; i++) {
            s[i] = new BigInteger[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                s[i][j] = a[i][j].negate();
            }
        }
        return s;
    }

    static boolean isZero(BigInteger[][] m) {
        for (BigInteger[] row : m) {
            for (BigInteger x : row) {
                if (x.signum() != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean equal(BigInteger[][] a, BigInteger[][] b) {
        return java.util.Arrays.deepEquals(a, b);
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
