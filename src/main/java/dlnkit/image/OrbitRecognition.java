package dlnkit.image;

import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.SvdRank;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.Orbit;
import dlnkit.variety.PathRanks;
import java.util.Locale;
import java.util.Optional;

/**
 * The orbit a float point seems to lie on, read from the float ranks of all its path products
 * {@code W_{e:s+1}} ({@link PathRanks}). A product that vanishes on the orbit is only small at a
 * computed point, so its rank is read against an outside scale: a singular value counts when it is
 * strictly greater than {@code tol.rankRelative() * s^(e-s)}, {@code s} the largest layer norm
 * ({@link PathEquations#scale}), which bounds {@code ||W_{e:s+1}||_2}.
 *
 * @param ranks the path ranks read
 * @param orbit the orbit with those ranks; empty when they are not the ranks of a representation
 * @param margin the smallest margin over all paths: {@code smallestKept / max(largestDropped, noise)},
 *     with {@code s^(e-s)} for {@code smallestKept} when the rank is 0
 * @param weakestPath the path with that margin, e.g. {@code "W_{3:2}"}
 */
public record OrbitRecognition(PathRanks ranks, Optional<Orbit> orbit, double margin, String weakestPath) {

    /** True when {@link #margin} is at least {@code tol.minRankGap()}. */
    public boolean conclusive(Tolerances tol) {
        return margin >= tol.minRankGap();
    }

    /** Reads the path ranks of {@code w}. */
    public static OrbitRecognition of(Network w, Tolerances tol) {
        Widths widths = w.widths();
        int n = widths.depth();
        double s = PathEquations.scale(w);
        int[][] r = new int[n + 1][n + 1];
        double margin = Double.POSITIVE_INFINITY;
        String weakest = "(none)";
        for (int start = 0; start <= n; start++) {
            r[start][start] = widths.d(start);
            for (int end = start + 1; end <= n; end++) {
                Matrix p = w.product(end, start + 1);
                double scale = Math.pow(s, end - start);
                if (scale == 0) {
                    r[start][end] = 0;
                    continue;
                }
                FloatRank fr = SvdRank.of(p.toArray(), scale, tol);
                r[start][end] = fr.rank();
                double kept = fr.rank() == 0 ? scale : fr.smallestKept();
                double m = kept / Math.max(fr.largestDropped(), fr.noiseFloor());
                if (m < margin) {
                    margin = m;
                    weakest = "W_{" + end + ":" + (start + 1) + "}";
                }
            }
        }
        PathRanks ranks = PathRanks.of(widths, r);
        return new OrbitRecognition(ranks, ranks.orbit(), margin, weakest);
    }

    public String summary() {
        return String.format(Locale.ROOT, "%s (path-rank margin %s at %s)",
                orbit.map(Orbit::toString).orElse("no orbit: path ranks inconsistent"),
                Double.isInfinite(margin) ? "infinite" : String.format(Locale.ROOT, "%.2e", margin), weakestPath);
    }
}
