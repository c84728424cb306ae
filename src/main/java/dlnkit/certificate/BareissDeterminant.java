package dlnkit.certificate;

import java.math.BigInteger;

/** The determinant of an integer matrix by Bareiss' fraction-free elimination (exact, no prime). */
public final class BareissDeterminant {
    private BareissDeterminant() {
    }

    public static BigInteger of(BigInteger[][] input) {
        int n = input.length;
        BigInteger[][] a = new BigInteger[n][];
        for (int i = 0; i < n; i++) {
            a[i] = input[i].clone();
        }
        int sign = 1;
        BigInteger previous = BigInteger.ONE;
        for (int k = 0; k < n - 1; k++) {
            if (a[k][k].signum() == 0) {
                int swap = -1;
                for (int i = k + 1; i < n; i++) {
                    if (a[i][k].signum() != 0) {
                        swap = i;
                        break;
                    }
                }
                if (swap < 0) {
                    return BigInteger.ZERO;
                }
                BigInteger[] t = a[k];
                a[k] = a[swap];
                a[swap] = t;
                sign = -sign;
            }
            for (int i = k + 1; i < n; i++) {
                for (int j = k + 1; j < n; j++) {
                    a[i][j] = a[i][j].multiply(a[k][k]).subtract(a[i][k].multiply(a[k][j])).divide(previous);
                }
            }
            previous = a[k][k];
        }
        BigInteger det = n == 0 ? BigInteger.ONE : a[n - 1][n - 1];
        return sign < 0 ? det.negate() : det;
    }
}
