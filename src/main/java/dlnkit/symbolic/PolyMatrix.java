package dlnkit.symbolic;

import dlnkit.model.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntBinaryOperator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * An immutable matrix of Symja expressions (row-major). Arithmetic lives in {@link Algebra}, which
 * expands every result within the time budget; a {@code PolyMatrix} only holds and rearranges entries.
 *
 * @param rows number of rows, at least 1
 * @param cols number of columns, at least 1
 * @param entries the entries, row-major, copied into an unmodifiable list
 */
public record PolyMatrix(int rows, int cols, List<IExpr> entries) {
    static {
        QuietLogging.apply();
    }

    public PolyMatrix {
        Checks.require(rows >= 1 && cols >= 1, "matrix size", "at least 1 x 1", rows + " x " + cols);
        Checks.require(entries != null && entries.size() == rows * cols, "matrix entries",
                rows * cols + " entries", entries == null ? "null" : entries.size() + " entries");
        entries = List.copyOf(entries);
    }

    /** The matrix of the named variables {@code name(r, c)}, {@code r, c} counting from 1. */
    public static PolyMatrix ofVariables(int rows, int cols, NameFunction name) {
        List<IExpr> e = new ArrayList<>(rows * cols);
        for (int r = 1; r <= rows; r++) {
            for (int c = 1; c <= cols; c++) {
                e.add(Names.symbol(name.name(r, c)));
            }
        }
        return new PolyMatrix(rows, cols, e);
    }

    /** A matrix of integers. */
    public static PolyMatrix ofIntegers(int rows, int cols, IntBinaryOperator entry) {
        List<IExpr> e = new ArrayList<>(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                e.add(F.ZZ(entry.applyAsInt(r, c)));
            }
        }
        return new PolyMatrix(rows, cols, e);
    }

    public static PolyMatrix zeros(int rows, int cols) {
        return new PolyMatrix(rows, cols, Collections.nCopies(rows * cols, F.C0));
    }

    public static PolyMatrix identity(int n) {
        return ofIntegers(n, n, (r, c) -> r == c ? 1 : 0);
    }

    /** Entry {@code (i, j)}, counting from 0. */
    public IExpr get(int i, int j) {
        return entries.get(i * cols + j);
    }

    public PolyMatrix transpose() {
        List<IExpr> e = new ArrayList<>(rows * cols);
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                e.add(get(i, j));
            }
        }
        return new PolyMatrix(cols, rows, e);
    }

    /** The upper triangle {@code (i <= j)} of a square matrix, row by row. */
    public List<IExpr> upperTriangle() {
        Checks.require(rows == cols, "matrix", "square", rows + " x " + cols);
        List<IExpr> e = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = i; j < cols; j++) {
                e.add(get(i, j));
            }
        }
        return e;
    }

    /** True when every entry is the number 0 (meaningful for expanded entries). */
    public boolean isZero() {
        return entries.stream().allMatch(IExpr::isZero);
    }

    /** Names variables by row and column. */
    @FunctionalInterface
    public interface NameFunction {
        String name(int r, int c);
    }
}
