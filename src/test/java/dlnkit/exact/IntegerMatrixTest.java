package dlnkit.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The exact integer matrix routines against machine-integer arithmetic on small entries (no overflow possible). */
class IntegerMatrixTest {
    private static final SplittableRandom RNG = new SplittableRandom(20261202);

    private static long[][] random(int rows, int cols) {
        long[][] m = new long[rows][cols];
        for (long[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = RNG.nextInt(-1000, 1001);
            }
        }
        return m;
    }

    private static BigInteger[][] big(long[][] m) {
        BigInteger[][] out = new BigInteger[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = new BigInteger[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                out[i][j] = BigInteger.valueOf(m[i][j]);
            }
        }
        return out;
    }

    @Test
    void productsSumsAndTransposesMatchLongArithmetic() {
        for (int trial = 0; trial < 200; trial++) {
            int r = RNG.nextInt(0, 5);
            int k = RNG.nextInt(1, 5);
            int c = RNG.nextInt(1, 5);
            long[][] a = random(r, k);
            long[][] b = random(k, c);
            long[][] a2 = random(r, k);
            long[][] prod = new long[r][c];
            long[][] sum = new long[r][k];
            long[][] diff = new long[r][k];
            long[][] neg = new long[r][k];
            long[][] tr = new long[k][r];
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    for (int l = 0; l < k; l++) {
                        prod[i][j] += a[i][l] * b[l][j];
                    }
                }
                for (int j = 0; j < k; j++) {
                    sum[i][j] = a[i][j] + a2[i][j];
                    diff[i][j] = a[i][j] - a2[i][j];
                    neg[i][j] = -a[i][j];
                    tr[j][i] = a[i][j];
                }
            }
            assertArrayEquals(big(prod), IntegerMatrix.multiply(big(a), big(b)));
            assertArrayEquals(big(sum), IntegerMatrix.add(big(a), big(a2)));
            assertArrayEquals(big(diff), IntegerMatrix.subtract(big(a), big(a2)));
            assertArrayEquals(big(neg), IntegerMatrix.negate(big(a)));
            if (r > 0) {
                assertArrayEquals(big(tr), IntegerMatrix.transpose(big(a)));
            }
            assertTrue(IntegerMatrix.equal(IntegerMatrix.multiply(IntegerMatrix.identity(r), big(a)), big(a)));
            assertTrue(IntegerMatrix.isZero(IntegerMatrix.subtract(big(a), big(a))));
        }
    }

    @Test
    void zeroIdentityAndConversion() {
        assertTrue(IntegerMatrix.isZero(IntegerMatrix.zeros(3, 2)));
        assertFalse(IntegerMatrix.isZero(IntegerMatrix.identity(2)));
        assertEquals(BigInteger.ONE, IntegerMatrix.identity(3)[2][2]);
        assertEquals(BigInteger.ZERO, IntegerMatrix.identity(3)[0][2]);
        assertArrayEquals(big(new long[][] {{1, -2}, {Integer.MIN_VALUE, 7}}), IntegerMatrix.of(new int[][] {{1, -2}, {Integer.MIN_VALUE, 7}}));
        assertFalse(IntegerMatrix.equal(IntegerMatrix.zeros(2, 3), IntegerMatrix.zeros(3, 2)));
    }
}
