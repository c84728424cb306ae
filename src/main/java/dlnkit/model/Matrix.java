package dlnkit.model;

import java.util.Arrays;
import java.util.Random;

/**
 * An immutable dense real matrix, small and dependency-free, so that the model does not depend on a
 * linear-algebra library. Entries are copied in and out.
 */
public final class Matrix {
    private final int rows;
    private final int cols;
    private final double[] a; // row-major

    private Matrix(int rows, int cols, double[] a) {
        this.rows = rows;
        this.cols = cols;
        this.a = a;
    }

    public static Matrix zeros(int rows, int cols) {
        Checks.require(rows >= 0 && cols >= 0, "matrix shape", "non-negative sizes", rows + "x" + cols);
        return new Matrix(rows, cols, new double[rows * cols]);
    }

    public static Matrix identity(int n) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n + i] = 1;
        }
        return new Matrix(n, n, a);
    }

    /** A copy of the given rows; all rows must have the same length. */
    public static Matrix of(double[][] entries) {
        int r = entries.length;
        int c = r == 0 ? 0 : entries[0].length;
        double[] a = new double[r * c];
        for (int i = 0; i < r; i++) {
            Checks.require(entries[i].length == c, "matrix rows", "equal lengths " + c, entries[i].length + " in row " + i);
            System.arraycopy(entries[i], 0, a, i * c, c);
        }
        return new Matrix(r, c, a);
    }

    /** A matrix from row-major entries {@code values[offset .. offset + rows*cols)}, copied. */
    public static Matrix fromRowMajor(int rows, int cols, double[] values, int offset) {
        Checks.require(offset >= 0 && offset + rows * cols <= values.length, "row-major values",
                "at least " + (offset + rows * cols) + " entries", values.length);
        return new Matrix(rows, cols, Arrays.copyOfRange(values, offset, offset + rows * cols));
    }

    /** Independent standard Gaussian entries times {@code scale}. */
    public static Matrix gaussian(int rows, int cols, double scale, Random rng) {
        double[] a = new double[rows * cols];
        for (int i = 0; i < a.length; i++) {
            a[i] = scale * rng.nextGaussian();
        }
        return new Matrix(rows, cols, a);
    }

    /** The matrix unit {@code E_{ij}} of the given shape. */
    public static Matrix unit(int rows, int cols, int i, int j) {
        double[] a = new double[rows * cols];
        a[i * cols + j] = 1;
        return new Matrix(rows, cols, a);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public double get(int i, int j) {
        return a[i * cols + j];
    }

    /** A copy of the entries as rows. */
    public double[][] toArray() {
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(a, i * cols, out[i], 0, cols);
        }
        return out;
    }

    /** Writes the entries row-major into {@code target} starting at {@code offset}. */
    public void copyInto(double[] target, int offset) {
        System.arraycopy(a, 0, target, offset, a.length);
    }

    /** Returns a copy with entry {@code (i, j)} replaced. */
    public Matrix with(int i, int j, double value) {
        double[] b = a.clone();
        b[i * cols + j] = value;
        return new Matrix(rows, cols, b);
    }

    public Matrix times(Matrix other) {
        Checks.require(cols == other.rows, "matrix product", "inner sizes to agree", rows + "x" + cols + " times " + other.rows + "x" + other.cols);
        int n = other.cols;
        double[] c = new double[rows * n];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < cols; k++) {
                double aik = a[i * cols + k];
                if (aik == 0) {
                    continue;
                }
                int bRow = k * n;
                int cRow = i * n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += aik * other.a[bRow + j];
                }
            }
        }
        return new Matrix(rows, n, c);
    }

    public Matrix transpose() {
        double[] b = new double[a.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                b[j * rows + i] = a[i * cols + j];
            }
        }
        return new Matrix(cols, rows, b);
    }

    public Matrix plus(Matrix other) {
        return combine(other, 1.0);
    }

    public Matrix minus(Matrix other) {
        return combine(other, -1.0);
    }

    /** {@code this + factor * other}. */
    public Matrix combine(Matrix other, double factor) {
        requireSameShape(other);
        double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i] + factor * other.a[i];
        }
        return new Matrix(rows, cols, b);
    }

    public Matrix scale(double factor) {
        double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = factor * a[i];
        }
        return new Matrix(rows, cols, b);
    }

    /** Frobenius inner product {@code <this, other> = tr(this^T other)}. */
    public double dot(Matrix other) {
        requireSameShape(other);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * other.a[i];
        }
        return s;
    }

    public double frobeniusNorm() {
        return Math.sqrt(dot(this));
    }

    /** Largest absolute entry. */
    public double maxAbs() {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    public double trace() {
        Checks.require(rows == cols, "trace", "a square matrix", rows + "x" + cols);
        double s = 0;
        for (int i = 0; i < rows; i++) {
            s += a[i * cols + i];
        }
        return s;
    }

    public boolean isZero() {
        for (double v : a) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    private void requireSameShape(Matrix other) {
        Checks.require(rows == other.rows && cols == other.cols, "matrix shapes", "equal shapes",
                rows + "x" + cols + " and " + other.rows + "x" + other.cols);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.a, a);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(a);
    }

    @Override
    public String toString() {
        return rows + "x" + cols + " " + Arrays.deepToString(toArray());
    }
}
