package dlnkit.certificate;

import dlnkit.exact.IntegerMatrix;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dlnkit.exact.ModMatrix;
import dlnkit.exact.ModP;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The verifiers' own arithmetic against independent routes: BigInteger, Bareiss determinants, the builder's ModMatrix. */
class VerifierArithmeticTest {
    @Test
    void productModPAgreesWithBigInteger() {
        SplittableRandom rng = new SplittableRandom(7);
        BigInteger p = BigInteger.valueOf(VerifierArithmetic.P);
        long[] edge = {0, 1, 2, VerifierArithmetic.P - 1, VerifierArithmetic.P - 2, 1L << 60, (1L << 61) - 3};
        for (long a : edge) {
            for (long b : edge) {
                assertEquals(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(p).longValueExact(), VerifierArithmetic.times(a, b));
            }
        }
        for (int k = 0; k < 10_000; k++) {
            long a = rng.nextLong(VerifierArithmetic.P);
            long b = rng.nextLong(VerifierArithmetic.P);
            assertEquals(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(p).longValueExact(), VerifierArithmetic.times(a, b));
        }
    }

    /** Products of n x k and k x n integer matrices have rank at most k; the rank mod p agrees with ModMatrix and Bareiss. */
    @Test
    void rankModPAgreesWithIndependentRoutes() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rng.nextInt(7);
            int k = 1 + rng.nextInt(n);
            BigInteger[][] a = random(rng, n, k);
            BigInteger[][] b = random(rng, k, n);
            BigInteger[][] m = IntegerMatrix.multiply(a, b);
            int rank = VerifierArithmetic.rankModP(m);
            long[][] mod = new long[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    mod[i][j] = ModP.of(m[i][j]);
                }
            }
            assertEquals(ModMatrix.rank(mod), rank);
            assertEquals(BareissDeterminant.of(m).signum() != 0, rank == n, "determinant against full rank");
            assertEquals(true, rank <= k);
        }
    }

    private static BigInteger[][] random(SplittableRandom rng, int rows, int cols) {
        BigInteger[][] m = new BigInteger[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = BigInteger.valueOf(rng.nextInt(-4, 5));
            }
        }
        return m;
    }
}
