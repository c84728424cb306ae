package dlnkit.exact;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** A basis of the rational null space of an integer matrix, scaled to primitive integer vectors. */
public final class IntegerNullSpace {
    private IntegerNullSpace() {
    }

    /** Rows: integer vectors spanning {@code {x in Q^cols : a x = 0}}. */
    public static BigInteger[][] of(BigInteger[][] a, int cols) {
        int rows = a.length;
        // fraction-free reduced row echelon form: rows are scaled, never divided inexactly
        BigInteger[][] m = new BigInteger[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = a[i].clone();
        }
        int[] pivotCol = new int[rows];
        int r = 0;
        for (int c = 0; c < cols && r < rows; c++) {
            int p = -1;
            for (int i = r; i < rows; i++) {
                if (m[i][c].signum() != 0) {
                    p = i;
                    break;
                }
            }
            if (p < 0) {
                continue;
            }
            BigInteger[] t = m[r];
            m[r] = m[p];
            m[p] = t;
            for (int i = 0; i < rows; i++) {
                if (i == r || m[i][c].signum() == 0) {
                    continue;
                }
                BigInteger f = m[i][c];
                BigInteger g = m[r][c];
                for (int j = 0; j < cols; j++) {
                    m[i][j] = m[i][j].multiply(g).subtract(m[r][j].multiply(f));
                }
                primitive(m[i]);
            }
            pivotCol[r] = c;
            r++;
        }
        boolean[] isPivot = new boolean[cols];
        for (int k = 0; k < r; k++) {
            isPivot[pivotCol[k]] = true;
        }
        List<BigInteger[]> basis = new ArrayList<>();
        for (int free = 0; free < cols; free++) {
            if (isPivot[free]) {
                continue;
            }
            // x_free = L (the lcm of pivots), x_pivot(k) = -m[k][free] * L / m[k][pivot]
            BigInteger lcm = BigInteger.ONE;
            for (int k = 0; k < r; k++) {
                BigInteger piv = m[k][pivotCol[k]].abs();
                lcm = lcm.divide(lcm.gcd(piv)).multiply(piv);
            }
            BigInteger[] x = new BigInteger[cols];
            java.util.Arrays.fill(x, BigInteger.ZERO);
            x[free] = lcm;
            for (int k = 0; k < r; k++) {
                x[pivotCol[k]] = m[k][free].negate().multiply(lcm).divide(m[k][pivotCol[k]]);
            }
            primitive(x);
            basis.add(x);
        }
        return basis.toArray(new BigInteger[0][]);
    }

    private static void primitive(BigInteger[] v) {
        BigInteger g = BigInteger.ZERO;
        for (BigInteger x : v) {
            g = g.gcd(x);
        }
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            for (int i = 0; i < v.length; i++) {
                v[i] = v[i].divide(g);
            }
        }
    }
}
