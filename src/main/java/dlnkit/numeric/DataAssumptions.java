package dlnkit.numeric;

import dlnkit.model.Checks;
import dlnkit.model.Data;
import java.util.Locale;

/**
 * The full-rank assumptions of docs/math.md section 1, checked by SVD and reported with their evidence:
 * {@code X X^T} invertible ({@code X} of full row rank {@code d_0}) and {@code M = X Y^T} of rank
 * {@code min(d_0, d_N)}.
 *
 * @param xRank the float rank of {@code X}
 * @param mRank the float rank of {@code M}
 * @param d0 rows of {@code X}
 * @param dN rows of {@code Y}
 */
public record DataAssumptions(FloatRank xRank, FloatRank mRank, int d0, int dN) {

    public static DataAssumptions check(Data data) {
        return check(data, Tolerances.DEFAULT);
    }

    public static DataAssumptions check(Data data, Tolerances tol) {
        return new DataAssumptions(SvdRank.of(data.x().toArray(), tol), SvdRank.of(data.m().toArray(), tol),
                data.x().rows(), data.y().rows());
    }

    public boolean xFullRowRank() {
        return xRank.rank() == d0;
    }

    public boolean mFullRank() {
        return mRank.rank() == Math.min(d0, dN);
    }

    public boolean holds() {
        return xFullRowRank() && mFullRank();
    }

    /** Throws, naming the assumption that fails, unless both hold. */
    public DataAssumptions requireHolds() {
        Checks.require(xFullRowRank(), "data X", "full row rank " + d0 + " (X X^T invertible)", "rank " + xRank.rank());
        Checks.require(mFullRank(), "data M = X Y^T", "full rank " + Math.min(d0, dN), "rank " + mRank.rank());
        return this;
    }

    public String summary() {
        return String.format(Locale.ROOT, "X: rank %d of %d (%s); M = X Y^T: rank %d of %d (%s)",
                xRank.rank(), d0, xFullRowRank() ? "full row rank" : "NOT full row rank",
                mRank.rank(), Math.min(d0, dN), mFullRank() ? "full rank" : "NOT full rank");
    }
}
