package dlnkit.hessian;

import dlnkit.image.OrbitPoints;
import dlnkit.image.StratumTangent;

import dlnkit.model.Data;
import dlnkit.model.Loss;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.DataAssumptions;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.Orbit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A numeric check of the cyclic pair rule at a sample point: a point with every layer scaled to Frobenius
 * norm 1 (this stays in the orbit) and data scaled to {@code ||X||_F + ||Y||_F = 1}; the largest gradient
 * entry and the largest dense-Hessian entry, relative to {@code scale = 4 N (||X||_F + ||Y||_F)^2}, which
 * bounds every term of both once the layers have norm 1.
 * "Vanishes" means at most {@code tol.zeroRelative() * scale} ({@code <=}).
 *
 * @param gradientMax largest absolute gradient entry
 * @param hessianMax largest absolute entry of the dense Hessian
 * @param scale the scale the two are compared with
 * @param gradientVanishes {@code gradientMax <= zeroRelative * scale}
 * @param hessianVanishes {@code hessianMax <= zeroRelative * scale}
 * @param seed the seed of the point and the data
 */
public record HessianCheck(double gradientMax, double hessianMax, double scale, boolean gradientVanishes,
        boolean hessianVanishes, long seed) {

    public static HessianCheck atOrbitPoint(Orbit orbit, long seed, Tolerances tol) {
        Random rng = new Random(seed);
        Widths widths = orbit.widths();
        Network raw = OrbitPoints.floating(orbit, rng);
        Data data = Data.gaussian(widths, widths.d(0) + widths.d(widths.depth()) + 2, rng);
        DataAssumptions.check(data, tol).requireHolds();
        return at(raw, data, seed, tol);
    }

    /**
     * The check at a random point of a stratum of {@code A_H}, with data {@code X} Gaussian and
     * {@code Y^T = X^T (X X^T)^{-1} M}, so that {@code X Y^T} is the stratum point's {@code M}.
     */
    public static HessianCheck atStratumPoint(dlnkit.variety.Stratum stratum, long seed, Tolerances tol) {
        Random rng = new Random(seed);
        StratumTangent.FloatPoint p = StratumTangent.floating(stratum, rng, tol);
        Matrix m = p.m();
        Matrix x = Matrix.gaussian(m.rows(), m.rows() + m.cols() + 2, 1.0, rng);
        Matrix yt = x.transpose().times(dlnkit.numeric.Inverse.of(x.times(x.transpose()))).times(m);
        Data data = new Data(x, yt.transpose());
        DataAssumptions.check(data, tol).requireHolds();
        return at(p.w(), data, seed, tol);
    }

    /**
     * The check at a given point and data. Every layer is first scaled to Frobenius norm 1, and {@code X} and
     * {@code Y} by one common factor to {@code ||X|| + ||Y|| = 1}-ish size: membership in {@code A_H} does not
     * change (every arc of the pair rule is only multiplied by a nonzero number), and afterwards every term of
     * the gradient and Hessian is bounded by {@code scale}.
     */
    public static HessianCheck at(Network raw, Data rawData, long seed, Tolerances tol) {
        Widths widths = raw.widths();
        List<Matrix> layers = new ArrayList<>();
        for (Matrix w : raw.layers()) {
            double norm = w.frobeniusNorm();
            layers.add(norm == 0 ? w : w.scale(1 / norm));
        }
        Network w = new Network(widths, layers);
        double dataNorm = rawData.x().frobeniusNorm() + rawData.y().frobeniusNorm();
        Data data = new Data(rawData.x().scale(1 / dataNorm), rawData.y().scale(1 / dataNorm));
        double g = maxAbs(Loss.gradient(w, data).flatten());
        double h = 0;
        for (double[] row : Loss.denseHessian(w, data)) {
            h = Math.max(h, maxAbs(row));
        }
        double s = data.x().frobeniusNorm() + data.y().frobeniusNorm();
        double scale = 4.0 * widths.depth() * s * s;
        double limit = tol.zeroRelative() * scale;
        return new HessianCheck(g, h, scale, g <= limit, h <= limit, seed);
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    /** True when both gradient and Hessian vanish: the point is in {@code A_H} numerically. */
    public boolean inHessianVariety() {
        return gradientVanishes && hessianVanishes;
    }

    public String summary() {
        return String.format(Locale.ROOT, "max |gradient| %.2e, max |Hessian| %.2e (scale %.2e, seed %d): %s",
                gradientMax, hessianMax, scale, seed,
                inHessianVariety() ? "both vanish" : (gradientVanishes ? "the Hessian does not vanish" : "the gradient does not vanish"));
    }
}
