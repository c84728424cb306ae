package dlnkit.sampling;

import dlnkit.model.Checks;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.Orbit;
import java.util.Locale;

/**
 * One sample of the sampling route ({@link SampledDimension}): a Gaussian point projected onto
 * {@code V}, the numerical Zariski tangent space there (the null space of {@code dF}) and the rank of
 * {@code J_delta} on it, plus diagnostics that use the orbit picture: the orbit the point seems to lie
 * on and, at the point itself, the dimension of its orbit's tangent space and the rank of
 * {@code J_delta} on that.
 *
 * @param index the sample's number, from 0
 * @param projection the Gauss-Newton projection (start, point, residual, steps)
 * @param equations the float rank of {@code dF} at the point, with its singular values
 * @param nullity {@code parameters - rank dF}: the dimension of the numerical Zariski tangent space
 * @param rank the float rank of {@code J_delta N}, {@code N} an orthonormal basis of the null space of
 *     {@code dF}: the sample's answer
 * @param recognition the orbit read from the path ranks at the point
 * @param orbitTangent the float rank of the orbit tangent map {@code xi -> (xi_t W_t - W_t xi_{t-1})_t}
 *     at the point: the dimension of the point's orbit, read without the orbit's combinatorics
 * @param orbitRank the float rank of {@code J_delta} on that orbit tangent space
 */
public record SampledPoint(int index, Projection projection, FloatRank equations, int nullity, FloatRank rank,
        OrbitRecognition recognition, FloatRank orbitTangent, FloatRank orbitRank) {

    public SampledPoint {
        Checks.require(index >= 0, "sample index", "non-negative", index);
        Checks.require(nullity >= 0, "nullity", "non-negative", nullity);
    }

    public boolean converged() {
        return projection.converged();
    }

    /** The dimension of the recognized orbit ({@link Orbit#dimension()}), or -1 when none was recognized. */
    public long orbitDimension() {
        return recognition.orbit().map(Orbit::dimension).orElse(-1L);
    }

    /**
     * {@code nullity - dim(orbit)}: how much larger the Zariski tangent space is than the orbit through
     * the point (0 at a smooth point of a reduced component); 0 when no orbit was recognized.
     */
    public long excessNullity() {
        long dim = orbitDimension();
        return dim < 0 ? 0 : nullity - dim;
    }

    /** True when every rank read at this sample has a conclusive gap and the projection converged. */
    public boolean conclusive(Tolerances tol) {
        return converged() && equations.conclusive(tol) && rank.conclusive(tol) && recognition.conclusive(tol)
                && orbitTangent.conclusive(tol) && orbitRank.conclusive(tol);
    }

    public String summary() {
        return String.format(Locale.ROOT,
                "sample %d: %s after %d steps (residual %.1e), nullity of dF %d (gap %s), rank %d (gap %s); "
                        + "orbit %s, dimension %d (orbit tangent rank at the point %d), rank on the orbit tangent %d",
                index, converged() ? "converged" : "NOT converged", projection.iterations(), projection.residual(),
                nullity, gap(equations), rank.rank(), gap(rank), recognition.summary(), orbitDimension(),
                orbitTangent.rank(), orbitRank.rank());
    }

    private static String gap(FloatRank fr) {
        double g = fr.gap();
        return Double.isInfinite(g) ? "infinite" : String.format(Locale.ROOT, "%.1e", g);
    }
}
