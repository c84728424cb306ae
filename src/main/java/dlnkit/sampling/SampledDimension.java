package dlnkit.sampling;

import dlnkit.conjecture.RestrictedDimension;
import dlnkit.conjecture.RestrictionResult;
import dlnkit.image.OrbitTangent;

import dlnkit.model.Checks;
import dlnkit.model.DeltaMap;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.PseudoInverse;
import dlnkit.numeric.SvdRank;
import dlnkit.numeric.Tolerances;
import dlnkit.progress.ProgressListener;
import dlnkit.variety.ZeroConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code dim closure(delta(V))} for a path-zero subvariety {@code V} by sampling, a route that does
 * not use orbits: draw {@code K} Gaussian points, project each onto {@code V} by
 * Gauss-Newton on the defining equations {@code F = 0} ({@link Projection}), take the numerical
 * Zariski tangent space (the null space of {@code dF}, {@link PseudoInverse}) and the float rank of
 * {@code J_delta} on it. The answer is the largest rank over the converged samples.
 *
 * <p>Why it is a valid route, and where it can fail. A point Gauss-Newton lands on is a random point
 * of some irreducible component {@code C} of {@code V}; where {@code C} is reduced and the point is
 * smooth, the null space of {@code dF} is {@code T_W C} and the rank is {@code dim closure(delta(C))}.
 * It can be too high where the Zariski tangent space is larger than {@code C} (the equations define a
 * non-reduced scheme along {@code C}, or the point is singular), and too low when no sample lands on a
 * component of largest image (a missed component). {@link SamplingComparison} compares with the orbit
 * method and says which, from diagnostics that do use orbits; the answer itself does not.
 */
public final class SampledDimension {
    /** The number of samples the command line uses unless told otherwise. */
    public static final int DEFAULT_SAMPLES = 16;
    /** Mixed into the seed so that the starting points are a stream of their own. */
    static final long SEED_SALT = 0x5A3D1E5C0FFEEL;

    private SampledDimension() {
    }

    /** Samples and compares with the orbit method, which it runs with the same seed and tolerances. */
    public static SampledDimensionResult compute(Widths widths, ZeroConditions v, int samples, long seed,
            Tolerances tol) {
        RestrictionResult reference = RestrictedDimension.compute(widths, v, seed, tol);
        return compute(widths, v, samples, seed, tol, reference, ProgressListener.NONE);
    }

    /**
     * Samples and compares with a given orbit-method result for the same widths and conditions.
     *
     * @param progress hears the number of samples done, out of {@code samples}, after each
     */
    public static SampledDimensionResult compute(Widths widths, ZeroConditions v, int samples, long seed,
            Tolerances tol, RestrictionResult reference, ProgressListener progress) {
        Checks.require(v.depth() == widths.depth(), "conditions", "depth " + widths.depth(), v.depth());
        Checks.require(samples >= 1, "samples", "at least 1", samples);
        Checks.require(reference.widths().equals(widths) && reference.conditions().equals(v), "orbit-method result",
                "one for widths " + widths + " and V = " + v, reference.widths() + " and V = " + reference.conditions());
        List<SampledPoint> points = samples(widths, v, samples, seed, tol, progress);
        SamplingComparison comparison = SamplingComparison.of(points, reference, tol);
        return new SampledDimensionResult(widths, v, points, reference, comparison.verdict(), comparison.explanation(),
                tol, seed);
    }

    /**
     * The samples alone, without the orbit method: {@code samples} standard Gaussian starting points
     * drawn in turn from {@code new Random(seed ^ SEED_SALT)}, each projected onto {@code V}.
     *
     * @param progress hears the number of samples done, out of {@code samples}, after each
     */
    public static List<SampledPoint> samples(Widths widths, ZeroConditions v, int samples, long seed, Tolerances tol,
            ProgressListener progress) {
        Checks.require(v.depth() == widths.depth(), "conditions", "depth " + widths.depth(), v.depth());
        Checks.require(samples >= 1, "samples", "at least 1", samples);
        Random rng = new Random(seed ^ SEED_SALT);
        List<SampledPoint> points = new ArrayList<>();
        for (int k = 0; k < samples; k++) {
            Network start = Network.gaussian(widths, 1.0, rng);
            points.add(sample(k, start, v, tol));
            progress.update(k + 1, samples);
        }
        return points;
    }

    /** The largest rank over the converged samples; -1 when none converged. */
    public static int maxRank(List<SampledPoint> samples) {
        return samples.stream().filter(SampledPoint::converged).mapToInt(p -> p.rank().rank()).max().orElse(-1);
    }

    /** Projects {@code start} onto {@code V} and reads the ranks there. */
    public static SampledPoint sample(int index, Network start, ZeroConditions v, Tolerances tol) {
        Projection projection = Projection.of(start, v, tol);
        Network w = projection.point();
        int params = Math.toIntExact(w.widths().parameterCount());
        PseudoInverse dF = PseudoInverse.of(PathEquations.jacobian(w, v), params, tol);
        double[][] basis = dF.nullSpace();
        FloatRank rank = SvdRank.of(multiply(DeltaMap.jacobian(w), basis, dF.nullity()), tol);
        return new SampledPoint(index, projection, dF.rank(), dF.nullity(), rank, OrbitRecognition.of(w, tol),
                SvdRank.of(OrbitTangent.floatTangents(w), tol), SvdRank.of(OrbitTangent.floatComposite(w), tol));
    }

    /** {@code a b} for {@code a} ({@code m x p}) and {@code b} ({@code p x k}); an {@code m x k} result. */
    static double[][] multiply(double[][] a, double[][] b, int k) {
        double[][] out = new double[a.length][k];
        for (int r = 0; r < a.length; r++) {
            for (int i = 0; i < b.length; i++) {
                double x = a[r][i];
                if (x != 0) {
                    for (int c = 0; c < k; c++) {
                        out[r][c] += x * b[i][c];
                    }
                }
            }
        }
        return out;
    }
}
