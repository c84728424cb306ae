package dlnkit.exact;

import java.math.BigInteger;

/**
 * Exact integer matrices as {@code BigInteger[][]} (rows of equal length): the products, sums and transposes every exact
 * route of dlnkit uses - the points of orbits, the exact gradient and Hessian of the loss, the certificate verifiers.
 * Ranks are not here: the builders rank modulo a prime by {@link ModMatrix}, the verifiers by their own routine.
 */
public final class IntegerMatrix {
    private IntegerMatrix() {
    }

    /** The {@code rows x cols} zero matrix. */
    public static BigInteger[][] zeros(int rows, int cols) {
        BigInteger[][] m = new BigInteger[rows][cols];
        for (BigInteger[] row : m) {
            java.util.Arrays.fill(row, BigInteger.ZERO);
        }
        return m;
    }

    /** The {@code d x d} identity matrix. */
    public static BigInteger[][] identity(int d) {
        BigInteger[][] m = zeros(d, d);
        for (int i = 0; i < d; i++) {
            m[i][i] = BigInteger.ONE;
        }
        return m;
    }

    /** The product {@code a b}; {@code a} is {@code r x k}, {@code b} is {@code k x c}. */
    public static BigInteger[][] multiply(BigInteger[][] a, BigInteger[][] b) {
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

    /** The transpose. */
    public static BigInteger[][] transpose(BigInteger[][] a) {
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

    /** The entrywise sum of two matrices of one shape. */
    public static BigInteger[][] add(BigInteger[][] a, BigInteger[][] b) {
        BigInteger[][] s = new BigInteger[a.length][];
        for (int i = 0; i < a.length; i++) {
            s[i] = new BigInteger[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                s[i][j] = a[i][j].add(b[i][j]);
            }
        }
        return s;
    }

    /** The entrywise difference {@code a - b} of two matrices of one shape. */
    public static BigInteger[][] subtract(BigInteger[][] a, BigInteger[][] b) {
        BigInteger[][] s = new BigInteger[a.length][];
        for (int i = 0; i < a.length; i++) {
            s[i] = new BigInteger[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                s[i][j] = a[i][j].subtract(b[i][j]);
            }
        }
        return s;
    }

    /** The entrywise negation. */
    public static BigInteger[][] negate(BigInteger[][] a) {
        BigInteger[][] s = new BigInteger[a.length][];
        for (int i = 0; i < a.length; i++) {
            s[i] = new BigInteger[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                s[i][j] = a[i][j].negate();
            }
        }
        return s;
    }

    /** True when every entry is zero. */
    public static boolean isZero(BigInteger[][] m) {
        for (BigInteger[] row : m) {
            for (BigInteger x : row) {
                if (x.signum() != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when both matrices have the same shape and entries. */
    public static boolean equal(BigInteger[][] a, BigInteger[][] b) {
        return java.util.Arrays.deepEquals(a, b);
    }

    /** The integer matrix with the entries of {@code m}. */
    public static BigInteger[][] of(int[][] m) {
        BigInteger[][] out = new BigInteger[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = new BigInteger[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                out[i][j] = BigInteger.valueOf(m[i][j]);
            }
        }
        return out;
    }
}
