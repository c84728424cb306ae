package dlnkit.exact;

import dlnkit.model.Checks;
import dlnkit.progress.ProgressListener;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Rank mod p of a block-banded matrix, eliminated stage by stage, never assembled.
 *
 * <p>Stage {@code s} supplies the rows of row block {@code s} over a window of columns. The window's
 * first {@code leadCols} columns (the stage's lead block) are touched by no later stage. The rows of
 * the stage, together with the carry from the previous stage, are brought to echelon form on the
 * lead columns: each pivot found there is final. The rows left with a zero lead part carry their
 * remaining columns into the next stage, whose window starts right after this lead block.
 *
 * <p>Why this is the rank: if rows {@code S} have linearly independent restrictions to the lead
 * columns and every other row vanishes there, then
 * {@code rank [[A, B], [0, D]] = rank A + rank D} (column operations inside the lead block clear
 * {@code B}). Row operations never change the rank. So the rank is the number of lead pivots summed
 * over stages plus the rank of the final carry. Work and memory grow linearly in the number of
 * stages.
 */
public final class BlockElimination {
    private BlockElimination() {
    }

    /**
     * One stage's rows over its window.
     *
     * @param rows the rows, each of length {@code windowCols}, entries in {@code [0, p)}
     * @param windowCols the window's width; at least the previous window minus the previous lead
     * @param leadCols the leading columns of the window that no later stage touches
     */
    public record Stage(long[][] rows, int windowCols, int leadCols) {
        public Stage {
            Checks.require(leadCols >= 0 && leadCols <= windowCols, "stage lead columns",
                    "between 0 and the window width " + windowCols, leadCols);
            for (long[] row : rows) {
                Checks.require(row.length == windowCols, "stage row", "length " + windowCols, row.length);
            }
        }
    }

    /** The rank mod p of the matrix whose row blocks are {@code stage.apply(0..stages-1)}. */
    public static int rank(int stages, IntFunction<Stage> stage) {
        return rank(stages, stage, ProgressListener.NONE);
    }

    /** As {@link #rank(int, IntFunction)}; {@code progress} hears of each stage done, out of {@code stages}. */
    public static int rank(int stages, IntFunction<Stage> stage, ProgressListener progress) {
        return rank(PrimeField.M61, stages, stage, progress);
    }

    /** The rank modulo the field's prime; the stages' entries must lie in {@code [0, p)}. */
    public static int rank(PrimeField f, int stages, IntFunction<Stage> stage, ProgressListener progress) {
        long[][] carry = new long[0][];
        int carryCols = 0;
        int rank = 0;
        for (int s = 0; s < stages; s++) {
            Stage st = stage.apply(s);
            Checks.require(st.windowCols() >= carryCols, "stage " + s + " window",
                    "at least the carried width " + carryCols, st.windowCols());
            int width = st.windowCols();
            long[][] a = new long[carry.length + st.rows().length][];
            for (int i = 0; i < carry.length; i++) {
                a[i] = Arrays.copyOf(carry[i], width);
            }
            for (int i = 0; i < st.rows().length; i++) {
                a[carry.length + i] = st.rows()[i].clone();
            }
            int lead = st.leadCols();
            int r = eliminateLead(f, a, lead);
            rank += r;
            carryCols = width - lead;
            carry = nonzeroTails(a, r, lead);
            if (carry.length > carryCols) {
                carry = compact(f, carry);
            }
            progress.update(s + 1, stages);
        }
        return rank + ModMatrix.rank(f, carry);
    }

    /** Echelon form on the first {@code lead} columns; returns the number of pivots (rows {@code 0..r-1}). */
    private static int eliminateLead(PrimeField f, long[][] a, int lead) {
        int r = 0;
        for (int c = 0; c < lead && r < a.length; c++) {
            int pivot = -1;
            for (int i = r; i < a.length; i++) {
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
            for (int i = r + 1; i < a.length; i++) {
                if (a[i][c] != 0) {
                    ModMatrix.subtractMultiple(f, a[i], a[r], f.mul(a[i][c], inv), c);
                }
            }
            r++;
        }
        return r;
    }

    /** Rows {@code from..} restricted to columns {@code lead..}, zero rows dropped. */
    private static long[][] nonzeroTails(long[][] a, int from, int lead) {
        return Arrays.stream(a, from, a.length)
                .map(row -> Arrays.copyOfRange(row, lead, row.length))
                .filter(row -> Arrays.stream(row).anyMatch(v -> v != 0))
                .toArray(long[][]::new);
    }

    /** An echelon basis of the row space. */
    private static long[][] compact(PrimeField f, long[][] rows) {
        long[][] a = ModMatrix.copy(rows);
        int r = ModMatrix.echelon(f, a, false).rank();
        return Arrays.copyOf(a, r);
    }
}
