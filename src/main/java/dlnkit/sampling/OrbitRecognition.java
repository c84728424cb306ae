package dlnkit.sampling;

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
 * {@code W_{e:s+1}} ({@link PathRanks}).
 *
 * <p>How ranks are read. A product that vanishes on the orbit is only small at a computed point, so
 * its own largest singular value is no measure of size; it is read against the norms of its layers:
 * <ul>
 *   <li>a layer counts as zero when its largest entry is at most {@code tol.zeroRelative() * s}
 *       ({@code <=}), {@code s} the largest layer norm ({@link PathEquations#scale}); every path
 *       through it has rank 0;</li>
 *   <li>otherwise a singular value of {@code W_{e:s+1}} counts when it is strictly greater than
 *       {@code tol.rankRelative() * prod_t ||W_t||_F} over the layers of the path (a bound for
 *       {@code ||W_{e:s+1}||_2}).</li>
 * </ul>
 * Each reading has a margin: for a path, {@code smallestKept / max(largestDropped, noise)} (the product
 * of the norms standing in for {@code smallestKept} at rank 0); for a layer, how far its largest entry
 * lies from {@code tol.zeroRelative() * s}, as a ratio {@code >= 1}.
 *
 * @param ranks the path ranks read
 * @param orbit the orbit with those ranks; empty when they are not the ranks of a representation
 * @param margin the smallest margin over all readings
 * @param weakest the reading with that margin, e.g. {@code "W_{3:2}"} or {@code "layer W_2"}
 */
public record OrbitRecognition(PathRanks ranks, Optional<Orbit> orbit, double margin, String weakest) {

    /** True when {@link #margin} is at least {@code tol.minRankGap()}. */
    public boolean conclusive(Tolerances tol) {
        return margin >= tol.minRankGap();
    }

    /** Reads the path ranks of {@code w}. */
    public static OrbitRecognition of(Network w, Tolerances tol) {
        Widths widths = w.widths();
        int n = widths.depth();
        double s = PathEquations.scale(w);
        double zeroLevel = tol.zeroRelative() * s;
        boolean[] zero = new boolean[n + 1];
        double margin = Double.POSITIVE_INFINITY;
        String weakest = "(none)";
        for (int t = 1; t <= n; t++) {
            double max = w.layer(t).maxAbs();
            zero[t] = max <= zeroLevel;
            double m = zeroLevel == 0 ? Double.POSITIVE_INFINITY : zero[t] ? zeroLevel / max : max / zeroLevel;
            if (m < margin) {
                margin = m;
                weakest = "layer W_" + t;
            }
        }
        int[][] r = new int[n + 1][n + 1];
        for (int start = 0; start <= n; start++) {
            r[start][start] = widths.d(start);
            double scale = 1;
            boolean through = false;
            for (int end = start + 1; end <= n; end++) {
                through |= zero[end];
                scale *= w.layer(end).frobeniusNorm();
                if (through) {
                    r[start][end] = 0;
                    continue;
                }
                Matrix p = w.product(end, start + 1);
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
                Double.isInfinite(margin) ? "infinite" : String.format(Locale.ROOT, "%.2e", margin), weakest);
    }
}
