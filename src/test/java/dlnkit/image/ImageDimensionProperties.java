package dlnkit.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.DeltaMap;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.SvdRank;
import dlnkit.numeric.Tolerances;
import dlnkit.properties.DlnDomain;
import dlnkit.properties.PropertyTimer;
import dlnkit.properties.QuickTries;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.domains.Domain;

import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/** Properties of dim closure(im delta) over all widths of depth 1..6 with entries 1..3. */
@Domain(DlnDomain.class)
@Domain(DomainContext.Global.class)
@AddLifecycleHook(PropertyTimer.class)
class ImageDimensionProperties {

    /**
     * The exact route (rank mod p at a random integer point) and three float routes at a Gaussian point give the
     * same rank, conclusively: dense SVD and block SVD of the structural Jacobian, and the dense SVD of a Jacobian
     * read from delta's values alone, by central differences with step 1 (exact for a quadratic map, so only
     * rounding remains). The last route does not use {@link dlnkit.model.DeltaMap#forEachJacobianTerm}, which the
     * exact and the other float routes share.
     */
    @Property(tries = 1000)
    @QuickTries(300)
    void exactAndFloatRanksAgree(@ForAll Widths widths, @ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
        DimensionResult r = ImageDimension.dimension(widths, seed, ImageDimension.FloatMethod.DENSE, Tolerances.DEFAULT);
        FloatRank block = ImageDimension.floatRank(ImageDimension.randomFloatPoint(widths, seed),
                ImageDimension.FloatMethod.BLOCK, Tolerances.DEFAULT);
        FloatRank differences = SvdRank.of(centralDifferenceJacobian(ImageDimension.randomFloatPoint(widths, seed)), Tolerances.DEFAULT);
        String context = widths + " seed " + seed + ": " + r.exact().summary() + "; " + r.floatRank().summary();
        assertTrue(r.agree(), context);
        assertEquals(r.exact().rank(), block.rank(), context + "; block " + block.summary());
        assertEquals(r.exact().rank(), differences.rank(), context + "; central differences " + differences.summary());
        assertTrue(differences.conclusive(Tolerances.DEFAULT), context + "; central differences " + differences.summary());
        assertTrue(r.dimension() <= Math.min(widths.targetDimension(), widths.parameterCount()), context);

        String kind = widths.targetDimension() == 0 ? "T = 0 (depth 1)"
                : r.dimension() == widths.targetDimension() ? "dominant" : "image below T";
        Statistics.label("image").collect(kind);
        Statistics.label("depth").collect(widths.depth());
        Statistics.label("image").coverage(c -> {
            c.check("dominant").percentage(p -> p >= 40);
            c.check("image below T").percentage(p -> p >= 2);
        });
    }

    /** Column k: (delta(W + e_k) - delta(W - e_k)) / 2 = J e_k exactly, delta being quadratic. */
    private static double[][] centralDifferenceJacobian(Network w) {
        double[] x = w.flatten();
        int rows = Math.toIntExact(w.widths().targetDimension());
        double[][] j = new double[rows][x.length];
        for (int k = 0; k < x.length; k++) {
            double keep = x[k];
            x[k] = keep + 1;
            double[] plus = DeltaMap.coordinates(Network.fromFlat(w.widths(), x));
            x[k] = keep - 1;
            double[] minus = DeltaMap.coordinates(Network.fromFlat(w.widths(), x));
            x[k] = keep;
            for (int r = 0; r < rows; r++) {
                j[r][k] = (plus[r] - minus[r]) / 2;
            }
        }
        return j;
    }

    /**
     * Depth 2, widths (a, n, b): the image is the symmetric n x n matrices of rank <= r = a + b when r < n, of
     * dimension r n - r (r - 1) / 2, and all of them (T = n (n + 1) / 2) otherwise (proofs-notes/01). All 27
     * widths vectors in {1, 2, 3}^3; (1, 3, 1) is the one drop (5 of 6).
     */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void depthTwoDimensionFollowsTheSymmetricRankFormula(@ForAll @IntRange(min = 1, max = 3) int a,
            @ForAll @IntRange(min = 1, max = 3) int n, @ForAll @IntRange(min = 1, max = 3) int b) {
        Widths widths = Widths.of(a, n, b);
        long seed = 100 * a + 10 * n + b;
        int r = Math.min(a + b, n);
        long expected = (long) r * n - (long) r * (r - 1) / 2;
        DimensionResult result = ImageDimension.dimension(widths, seed, ImageDimension.FloatMethod.AUTO, Tolerances.DEFAULT);
        assertEquals(expected, result.dimension(), widths + " seed " + seed);
        Statistics.label("case").collect(a + b < n ? "a + b < n (drop)" : "a + b >= n (dominant)");
        Statistics.label("case").coverage(c -> c.check("a + b < n (drop)").count(k -> k >= 1));
    }

    /** Reversal W_t -> W_{N+1-t}^T is an isomorphism of parameter spaces that reverses delta: same dimension. */
    @Property(tries = 1000)
    @QuickTries(300)
    void reversalPreservesTheFullDimension(@ForAll Widths widths, @ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
        int forward = ImageDimension.exactRank(widths, seed).rank();
        int backward = ImageDimension.exactRank(widths.reversed(), seed + 1).rank();
        assertEquals(forward, backward, widths + " seed " + seed);
        Statistics.label("widths").collect(widths.equals(widths.reversed()) ? "palindromic" : "not palindromic");
        Statistics.label("widths").coverage(c -> c.check("not palindromic").percentage(p -> p >= 50));
    }
}
