package dlnkit.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ModMatrixTest {
    static long[][] random(int rows, int cols, SplittableRandom rng) {
        long[][] m = new long[rows][cols];
        for (long[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = rng.nextLong(ModP.P);
            }
        }
        return m;
    }

    /** A product of random m x r and r x n factors has rank r (with overwhelming probability). */
    @Test
    void rankOfRandomProductIsTheInnerSize() {
        SplittableRandom rng = new SplittableRandom(31);
        for (int r = 0; r <= 6; r++) {
            long[][] m = ModMatrix.multiply(random(7, r, rng), random(r, 9, rng));
            assertEquals(r, ModMatrix.rank(m), "inner size " + r);
        }
    }

    /** Small integer matrices: rank mod p equals the rank over Q computed with exact fractions. */
    @Test
    void rankModPMatchesRationalRankOnSmallIntegers() {
        SplittableRandom rng = new SplittableRandom(32);
        for (int trial = 0; trial < 200; trial++) {
            int rows = 1 + rng.nextInt(5);
            int cols = 1 + rng.nextInt(5);
            long[][] m = new long[rows][cols];
            BigInteger[][] q = new BigInteger[rows][cols];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    long v = rng.nextInt(3) - 1; // entries in {-1, 0, 1}: many singular cases
                    m[i][j] = ModP.of(v);
                    q[i][j] = BigInteger.valueOf(v);
                }
            }
            assertEquals(fractionFreeRank(q), ModMatrix.rank(m));
        }
    }

    /** Bareiss fraction-free elimination over the integers: an independent rank over Q. */
    static int fractionFreeRank(BigInteger[][] a) {
        int rows = a.length;
        int cols = a[0].length;
        BigInteger[][] m = new BigInteger[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = a[i].clone();
        }
        int rank = 0;
        for (int c = 0; c < cols && rank < rows; c++) {
            int p = -1;
            for (int i = rank; i < rows; i++) {
                if (m[i][c].signum() != 0) {
                    p = i;
                    break;
                }
            }
            if (p < 0) {
                continue;
            }
            BigInteger[] t = m[rank];
            m[rank] = m[p];
            m[p] = t;
            for (int i = rank + 1; i < rows; i++) {
                BigInteger f = m[i][c];
                for (int j = 0; j < cols; j++) {
                    m[i][j] = m[i][j].multiply(m[rank][c]).subtract(m[rank][j].multiply(f));
                }
            }
            rank++;
        }
        return rank;
    }

    @Test
    void nullSpaceIsKilledAndHasTheRightSize() {
        SplittableRandom rng = new SplittableRandom(33);
        long[][] m = ModMatrix.multiply(random(5, 3, rng), random(3, 8, rng));
        long[][] basis = ModMatrix.nullSpace(m, 8);
        assertEquals(8 - 3, basis.length);
        assertEquals(5, ModMatrix.rank(basis));
        for (long[] x : basis) {
            long[][] column = new long[8][1];
            for (int i = 0; i < 8; i++) {
                column[i][0] = x[i];
            }
            for (long[] row : ModMatrix.multiply(m, column)) {
                assertEquals(0, row[0]);
            }
        }
    }

    @Test
    void inverseTimesMatrixIsIdentity() {
        SplittableRandom rng = new SplittableRandom(34);
        long[][] m = random(6, 6, rng);
        long[][] product = ModMatrix.multiply(m, ModMatrix.inverse(m));
        for (int i = 0; i < 6; i++) {
            long[] expected = new long[6];
            expected[i] = 1;
            assertArrayEquals(expected, product[i]);
        }
        long[][] singular = ModMatrix.multiply(random(4, 3, rng), random(3, 4, rng));
        assertThrows(IllegalArgumentException.class, () -> ModMatrix.inverse(singular));
    }

    @Test
    void rationalsMapToTheirResidue() {
        long half = ModP.of(BigInteger.ONE, BigInteger.TWO);
        assertEquals(1, ModP.mul(half, 2));
        assertEquals(ModP.P - 3, ModP.of(-3));
        assertEquals(-3, ModP.signedLift(ModP.of(-3)));
        assertThrows(IllegalArgumentException.class, () -> ModP.of(BigInteger.ONE, ModP.P_BIG));
    }
}
