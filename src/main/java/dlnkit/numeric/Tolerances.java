package dlnkit.numeric;

import dlnkit.model.Checks;

/**
 * The one place for numerical tolerances. Every float comparison in dlnkit takes one of these,
 * with a default overload using {@link #DEFAULT}.
 *
 * @param rankRelative a singular value counts as nonzero when it is strictly greater than
 *     {@code rankRelative * scale}, where {@code scale} is the largest singular value (dense SVD) or
 *     the Frobenius norm of the whole matrix (block SVD)
 * @param minRankGap a float rank is conclusive when the smallest kept singular value is at least
 *     {@code minRankGap} times the largest dropped one ({@code >=})
 * @param zeroRelative a matrix counts as zero when its largest entry is at most
 *     {@code zeroRelative * scale} ({@code <=}), scale chosen by the caller
 * @param residualRelative a point counts as lying on a variety when the relative residual of its
 *     defining equations is at most {@code residualRelative} ({@code <=}); the relative residual is
 *     defined by the caller (for path-zero conditions: {@code max ||W_{a:b}||_F / s^(a-b+1)} with
 *     {@code s} the largest layer norm, see {@code dlnkit.sampling.Projection})
 */
public record Tolerances(double rankRelative, double minRankGap, double zeroRelative, double residualRelative) {
    /** The residual tolerance of {@link #DEFAULT}, also used by the three-argument constructor. */
    public static final double DEFAULT_RESIDUAL_RELATIVE = 1e-12;
    /** Suits Jacobians at random points of size up to tens of thousands. */
    public static final Tolerances DEFAULT = new Tolerances(1e-9, 1e4, 1e-9, DEFAULT_RESIDUAL_RELATIVE);
    /** Tighter, for well-conditioned small problems. */
    public static final Tolerances STRICT = new Tolerances(1e-12, 1e6, 1e-12, 1e-14);

    public Tolerances {
        Checks.require(rankRelative > 0 && rankRelative < 1, "rankRelative", "a number in (0, 1)", rankRelative);
        Checks.require(minRankGap >= 1, "minRankGap", "a number >= 1", minRankGap);
        Checks.require(zeroRelative > 0 && zeroRelative < 1, "zeroRelative", "a number in (0, 1)", zeroRelative);
        Checks.require(residualRelative > 0 && residualRelative < 1, "residualRelative", "a number in (0, 1)",
                residualRelative);
    }

    /** The tolerances without a residual of their own: {@code residualRelative} is {@link #DEFAULT_RESIDUAL_RELATIVE}. */
    public Tolerances(double rankRelative, double minRankGap, double zeroRelative) {
        this(rankRelative, minRankGap, zeroRelative, DEFAULT_RESIDUAL_RELATIVE);
    }
}
