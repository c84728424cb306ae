package dlnkit.image;

import dlnkit.model.Widths;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.Tolerances;

/**
 * {@code dim closure(im delta)} for given widths, by two independent routes: the exact rank mod p
 * and the float rank. The dimension is reported only when the two agree and the float rank is
 * conclusive.
 *
 * @param widths the widths
 * @param exact the exact rank mod p at a seeded integer point
 * @param floatRank the float rank at a seeded Gaussian point
 * @param tolerances the tolerances the float rank was read with
 * @param seed the seed of both points
 */
public record DimensionResult(Widths widths, ExactRank exact, FloatRank floatRank, Tolerances tolerances, long seed) {

    public long parameters() {
        return widths.parameterCount();
    }

    public long target() {
        return widths.targetDimension();
    }

    /** True when exact and float ranks agree and the float gap is conclusive. */
    public boolean agree() {
        return exact.rank() == floatRank.rank() && floatRank.conclusive(tolerances);
    }

    /** The dimension when the routes agree, else -1. */
    public long dimension() {
        return agree() ? exact.rank() : -1;
    }
}
