package dlnkit.exact;

import dlnkit.model.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * Dense linear algebra over {@code F_p}: rank, null space, inverse. Rows are {@code long[]} with entries in
 * {@code [0, p)}; inputs are never modified. The methods without a {@link PrimeField} work over
 * {@code p = 2^61 - 1} ({@link PrimeField#M61}).
 */
public final class ModMatrix {
    private ModMatrix() {
    }

    /** The rank mod {@code 2^61 - 1}. */
    public static int rank(long[][] m) {
        return rank(PrimeField.M61, m);
    }

    /** The rank mod the field's prime. */
    public static int rank(PrimeField f, long[][] m) {
        return echelon(f, copy(m), false).rank;
    }

    /** The pivot columns of the row echelon form: the first maximal set of independent columns. */
    public static int[] pivotColumns(long[][] m) {
        return echelon(PrimeField.M61, copy(m), false).pivotColumns();
    }

    /**
     * A basis of the right null space {@code {x : m x = 0}}, as rows. Its size is
     * {@code columns - rank}.
     */
    public static long[][] nullSpace(long[][] m, int columns) {
        return nullSpace(PrimeField.M61, m, columns);
    }

    /** As {@link #nullSpace(long[][], int)}, over the field. */
    public static long[][] nullSpace(PrimeField f, long[][] m, int columns) {
        long[][] a = copy(m);
        Echelon e = echelon(f, a, true);
        boolean[] isPivot = new boolean[columns];
        for (int k = 0; k < e.rank; k++) {
            isPivot[e.pivotColumns[k]] = true;
        }
        List<long[]> basis = new ArrayList<>();
        for (int free = 0; free < columns; free++) {
            if (isPivot[free]) {
                continue;
            }
            long[] x = new long[columns];
            x[free] = 1;
            for (int k = 0; k < e.rank; k++) {
                // reduced rows have pivot 1: x_pivot = -a[k][free]
                x[e.pivotColumns[k]] = f.neg(a[k][free]);
            }
            basis.add(x);
        }
        return basis.toArray(new long[0][]);
    }

    /** The inverse of a square matrix; throws when it is singular mod p. */
    public static long[][] inverse(long[][] m) {
        return inverse(PrimeField.M61, m);
    }

    /** As {@link #inverse(long[][])}, over the field. */
    public static long[][] inverse(PrimeField f, long[][] m) {
        int n = m.length;
        long[][] aug = new long[n][2 * n];
        for (int i = 0; i < n; i++) {
            Checks.require(m[i].length == n, "matrix", "square", n + " rows, row " + i + " of length " + m[i].length);
            System.arraycopy(m[i], 0, aug[i], 0, n);
            aug[i][n + i] = 1;
        }
        Echelon e = echelon(f, aug, true);
        Checks.require(e.rank == n && e.pivotColumns[n - 1] == n - 1, "matrix", "invertible mod p", "a singular matrix");
        long[][] inv = new long[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(aug[i], n, inv[i], 0, n);
        }
        return inv;
    }

    /** The determinant mod p of a square matrix. */
    public static long determinant(long[][] m) {
        return determinant(PrimeField.M61, m);
    }

    /** As {@link #determinant(long[][])}, over the field. */
    public static long determinant(PrimeField f, long[][] m) {
        int n = m.length;
        long[][] a = copy(m);
        long det = 1;
        for (int c = 0; c < n; c++) {
            Checks.require(a[c].length == n, "matrix", "square", n + " rows, row " + c + " of length " + a[c].length);
            int pivot = -1;
            for (int i = c; i < n; i++) {
                if (a[i][c] != 0) {
                    pivot = i;
                    break;
                }
            }
            if (pivot < 0) {
                return 0;
            }
            if (pivot != c) {
                long[] tmp = a[c];
                a[c] = a[pivot];
                a[pivot] = tmp;
                det = f.neg(det);
            }
            det = f.mul(det, a[c][c]);
            long inv = f.inverse(a[c][c]);
            for (int i = c + 1; i < n; i++) {
                if (a[i][c] != 0) {
                    subtractMultiple(f, a[i], a[c], f.mul(a[i][c], inv), c);
                }
            }
        }
        return det;
    }

    /** {@code a * b} mod p. */
    public static long[][] multiply(long[][] a, long[][] b) {
        return multiply(PrimeField.M61, a, b);
    }

    /** {@code a * b} mod the field's prime. */
    public static long[][] multiply(PrimeField f, long[][] a, long[][] b) {
        int inner = b.length;
        int cols = inner == 0 ? 0 : b[0].length;
        long[][] c = new long[a.length][cols];
        for (int i = 0; i < a.length; i++) {
            Checks.require(a[i].length == inner, "matrix product", "inner sizes to agree", a[i].length + " vs " + inner);
            for (int k = 0; k < inner; k++) {
                long aik = a[i][k];
                if (aik == 0) {
                    continue;
                }
                for (int j = 0; j < cols; j++) {
                    c[i][j] = f.add(c[i][j], f.mul(aik, b[k][j]));
                }
            }
        }
        return c;
    }

    static long[][] copy(long[][] m) {
        long[][] c = new long[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    /** Result of an in-place elimination: the rank and the pivot column of each of the first rank rows. */
    record Echelon(int rank, int[] pivotColumns) {
    }

    /**
     * Row echelon form in place (rows are swapped). With {@code reduced}, pivots are scaled to 1 and
     * cleared above as well (reduced row echelon form).
     */
    static Echelon echelon(PrimeField f, long[][] a, boolean reduced) {
        int rows = a.length;
        int cols = rows == 0 ? 0 : a[0].length;
        int[] pivots = new int[Math.min(rows, cols)];
        int r = 0;
        for (int c = 0; c < cols && r < rows; c++) {
            int pivot = -1;
            for (int i = r; i < rows; i++) {
                if (a[i][c] != 0) {
                    pivot = i;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long[] tmp = a[r];
            a[r] = a[pivot];
            a[pivot] = tmp;
            long inv = f.inverse(a[r][c]);
            if (reduced) {
                scaleRow(f, a[r], inv, c);
            }
            long[] pr = a[r];
            for (int i = reduced ? 0 : r + 1; i < rows; i++) {
                if (i == r || a[i][c] == 0) {
                    continue;
                }
                long factor = reduced ? a[i][c] : f.mul(a[i][c], inv);
                subtractMultiple(f, a[i], pr, factor, c);
            }
            pivots[r] = c;
            r++;
        }
        return new Echelon(r, java.util.Arrays.copyOf(pivots, r));
    }

    static void scaleRow(PrimeField f, long[] row, long factor, int from) {
        for (int j = from; j < row.length; j++) {
            row[j] = f.mul(row[j], factor);
        }
    }

    /** {@code target -= factor * source} on columns {@code from..end}. */
    static void subtractMultiple(PrimeField f, long[] target, long[] source, long factor, int from) {
        if (f.isMersenne61()) {
            // the innermost loop of every elimination: ModP's constant modulus, as fast as before fields existed
            for (int j = from; j < target.length; j++) {
                long s = source[j];
                if (s != 0) {
                    target[j] = ModP.sub(target[j], ModP.mul(factor, s));
                }
            }
            return;
        }
        for (int j = from; j < target.length; j++) {
            long s = source[j];
            if (s != 0) {
                target[j] = f.sub(target[j], f.mul(factor, s));
            }
        }
    }
}
