package dlnkit.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The second field's arithmetic against BigInteger: elements, inverses, and ranks, determinants, inverses and null
 * spaces of random matrices against Gaussian elimination in BigInteger mod p.
 */
class PrimeFieldTest {
    /** 2^31 - 1 (two folds), a prime below 2^31 that is not Mersenne (one remainder), and 2^61 - 1 through the field. */
    private static final List<PrimeField> FIELDS = List.of(PrimeField.M31, PrimeField.forPrime(2_147_483_629L),
            PrimeField.forPrime(65_521), PrimeField.M61);

    @Test
    void arithmeticAgreesWithBigInteger() {
        SplittableRandom rng = new SplittableRandom(11);
        for (PrimeField f : FIELDS) {
            BigInteger p = BigInteger.valueOf(f.p());
            for (int k = 0; k < 200_000; k++) {
                // the extremes p - 1 and 0 often, where a fold or a carry would go wrong
                long a = k % 7 == 0 ? f.p() - 1 - rng.nextInt(3) : f.random(rng);
                long b = k % 11 == 0 ? f.p() - 1 : k % 13 == 0 ? 0 : f.random(rng);
                BigInteger ba = BigInteger.valueOf(a);
                BigInteger bb = BigInteger.valueOf(b);
                assertEquals(ba.multiply(bb).mod(p).longValueExact(), f.mul(a, b), f + ": " + a + " * " + b);
                assertEquals(ba.add(bb).mod(p).longValueExact(), f.add(a, b), f + ": " + a + " + " + b);
                assertEquals(ba.subtract(bb).mod(p).longValueExact(), f.sub(a, b), f + ": " + a + " - " + b);
                assertEquals(ba.negate().mod(p).longValueExact(), f.neg(a));
                if (a != 0 && k % 50 == 0) {
                    assertEquals(ba.modInverse(p).longValueExact(), f.inverse(a), f + ": 1 / " + a);
                }
            }
            long v = rng.nextLong();
            assertEquals(BigInteger.valueOf(v).mod(p).longValueExact(), f.of(v));
            assertEquals(BigInteger.valueOf(v).mod(p).longValueExact(), f.of(BigInteger.valueOf(v)));
        }
    }

    @Test
    void theFirstFieldIsModP() {
        SplittableRandom rng = new SplittableRandom(3);
        assertSame(PrimeField.M61, PrimeField.forPrime(ModP.P));
        for (int k = 0; k < 10_000; k++) {
            long a = rng.nextLong(ModP.P);
            long b = rng.nextLong(ModP.P);
            assertEquals(ModP.mul(a, b), PrimeField.M61.mul(a, b));
        }
    }

    @Test
    void onlyPrimesOfTheSupportedSizesAreFields() {
        assertThrows(IllegalArgumentException.class, () -> PrimeField.forPrime(2_147_483_649L)); // 2^31 + 1 = 3 * 715827883
        assertThrows(IllegalArgumentException.class, () -> PrimeField.forPrime(65_535));
        assertThrows(IllegalArgumentException.class, () -> PrimeField.forPrime((1L << 31) + 11)); // prime, above 2^31
        assertThrows(IllegalArgumentException.class, () -> PrimeField.forPrime(1));
        assertNotEquals(PrimeField.M31, PrimeField.M61);
        assertEquals(PrimeField.forPrime(65_521), PrimeField.forPrime(65_521));
    }

    /**
     * Ranks of random products {@code A B} ({@code n x r} times {@code r x m}, so the rank is at most {@code r} and
     * often below {@code min(n, m)}), against BigInteger elimination mod p; for {@code p = 65521} small entries make
     * rank drops mod p happen, which both routes must see alike.
     */
    @Test
    void ranksAgreeWithBigIntegerElimination() {
        SplittableRandom rng = new SplittableRandom(5);
        int deficient = 0;
        for (PrimeField f : FIELDS) {
            for (int trial = 0; trial < 60; trial++) {
                int n = 1 + rng.nextInt(14);
                int m = 1 + rng.nextInt(14);
                int r = 1 + rng.nextInt(Math.min(n, m) + 1);
                long[][] a = product(f, random(f, rng, n, r, trial % 3 == 0), random(f, rng, r, m, trial % 3 == 0));
                int expected = bigRank(a, f.pBig());
                assertEquals(expected, ModMatrix.rank(f, a), f + " trial " + trial);
                deficient += expected < Math.min(n, m) ? 1 : 0;
                long[][] kernel = ModMatrix.nullSpace(f, a, m);
                assertEquals(m - expected, kernel.length);
                for (long[] x : kernel) {
                    for (long[] row : a) {
                        long s = 0;
                        for (int j = 0; j < m; j++) {
                            s = f.add(s, f.mul(row[j], x[j]));
                        }
                        assertEquals(0, s, f + ": a null-space vector that is not in the kernel");
                    }
                }
            }
        }
        assertTrue(deficient > 20, "rank-deficient cases occur: " + deficient);
    }

    @Test
    void determinantsAndInversesAgreeWithBigInteger() {
        SplittableRandom rng = new SplittableRandom(9);
        for (PrimeField f : FIELDS) {
            int singular = 0;
            for (int trial = 0; trial < 40; trial++) {
                int n = 1 + rng.nextInt(8);
                long[][] a = random(f, rng, n, n, trial % 4 == 0);
                long det = ModMatrix.determinant(f, a);
                assertEquals(bigDeterminant(a, f.pBig()), det, f + " trial " + trial);
                if (det == 0) {
                    singular++;
                    continue;
                }
                long[][] inv = ModMatrix.inverse(f, a);
                long[][] id = ModMatrix.multiply(f, a, inv);
                for (int i = 0; i < n; i++) {
                    long[] expected = new long[n];
                    expected[i] = 1;
                    assertArrayEquals(expected, id[i], f + " trial " + trial);
                }
            }
            assertTrue(singular < 40, f + ": some matrices are invertible");
        }
    }

    /** Block elimination over the field: {@code [[A, B], [0, D]]} in two stages, against BigInteger on the assembled matrix. */
    @Test
    void blockEliminationAgreesWithBigIntegerOverEachField() {
        SplittableRandom rng = new SplittableRandom(21);
        for (PrimeField f : FIELDS) {
            for (int trial = 0; trial < 30; trial++) {
                int ra = 1 + rng.nextInt(6);
                int rd = 1 + rng.nextInt(6);
                int ca = 1 + rng.nextInt(6);
                int cb = 1 + rng.nextInt(6);
                boolean small = trial % 2 == 0;
                long[][] top = random(f, rng, ra, ca + cb, small);
                long[][] bottom = random(f, rng, rd, cb, small);
                long[][] whole = new long[ra + rd][ca + cb];
                for (int i = 0; i < ra; i++) {
                    whole[i] = top[i].clone();
                }
                for (int i = 0; i < rd; i++) {
                    System.arraycopy(bottom[i], 0, whole[ra + i], ca, cb);
                }
                int rank = BlockElimination.rank(f, 2, s -> s == 0 ? new BlockElimination.Stage(top, ca + cb, ca)
                        : new BlockElimination.Stage(bottom, cb, cb), (done, total) -> { });
                assertEquals(bigRank(whole, f.pBig()), rank, f + " trial " + trial);
            }
        }
    }

    /** Entries uniform over the field, or in {0, 1, 2} (small entries: rank drops and singular matrices occur). */
    private static long[][] random(PrimeField f, SplittableRandom rng, int rows, int cols, boolean small) {
        long[][] a = new long[rows][cols];
        for (long[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = small ? rng.nextInt(3) : f.random(rng);
            }
        }
        return a;
    }

    private static long[][] product(PrimeField f, long[][] a, long[][] b) {
        return ModMatrix.multiply(f, a, b);
    }

    /** Gaussian elimination mod p in BigInteger. */
    static int bigRank(long[][] m, BigInteger p) {
        BigInteger[][] a = big(m);
        int rows = a.length;
        int cols = rows == 0 ? 0 : a[0].length;
        int r = 0;
        for (int c = 0; c < cols && r < rows; c++) {
            int pivot = -1;
            for (int i = r; i < rows; i++) {
                if (a[i][c].mod(p).signum() != 0) {
                    pivot = i;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            BigInteger[] tmp = a[r];
            a[r] = a[pivot];
            a[pivot] = tmp;
            BigInteger inv = a[r][c].modInverse(p);
            for (int i = r + 1; i < rows; i++) {
                BigInteger factor = a[i][c].multiply(inv).mod(p);
                for (int j = c; j < cols; j++) {
                    a[i][j] = a[i][j].subtract(factor.multiply(a[r][j])).mod(p);
                }
            }
            r++;
        }
        return r;
    }

    /** The determinant by the Leibniz-free route: elimination in BigInteger, sign tracked, reduced mod p at the end. */
    static long bigDeterminant(long[][] m, BigInteger p) {
        BigInteger[][] a = big(m);
        int n = a.length;
        BigInteger det = BigInteger.ONE;
        for (int c = 0; c < n; c++) {
            int pivot = -1;
            for (int i = c; i < n; i++) {
                if (a[i][c].mod(p).signum() != 0) {
                    pivot = i;
                    break;
                }
            }
            if (pivot < 0) {
                return 0;
            }
            if (pivot != c) {
                BigInteger[] tmp = a[c];
                a[c] = a[pivot];
                a[pivot] = tmp;
                det = det.negate();
            }
            det = det.multiply(a[c][c]).mod(p);
            BigInteger inv = a[c][c].modInverse(p);
            for (int i = c + 1; i < n; i++) {
                BigInteger factor = a[i][c].multiply(inv).mod(p);
                for (int j = c; j < n; j++) {
                    a[i][j] = a[i][j].subtract(factor.multiply(a[c][j])).mod(p);
                }
            }
        }
        return det.mod(p).longValueExact();
    }

    private static BigInteger[][] big(long[][] m) {
        BigInteger[][] a = new BigInteger[m.length][];
        for (int i = 0; i < m.length; i++) {
            a[i] = new BigInteger[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                a[i][j] = BigInteger.valueOf(m[i][j]);
            }
        }
        return a;
    }
}
