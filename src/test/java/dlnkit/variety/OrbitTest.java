package dlnkit.variety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlnkit.exact.ModMatrix;
import dlnkit.image.OrbitPoints;
import dlnkit.image.OrbitTangent;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.SvdRank;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OrbitTest {
    /** All orbits of small widths, each checked: the formula for dim O against ranks of its tangent vectors. */
    @Test
    void orbitDimensionFormulaMatchesTheRankOfTheTangentVectors() {
        SplittableRandom rng = new SplittableRandom(61);
        Random frng = new Random(61);
        for (String text : new String[] {"2,2,2", "1,2,1,2", "2,1,2", "3,2,3", "2,2,2,2"}) {
            Widths w = Widths.parse(text);
            for (Orbit o : all(w)) {
                long[][][] point = OrbitPoints.exact(o, rng);
                int exact = ModMatrix.rank(OrbitTangent.exactTangents(w, point, OrbitTangent.allDirections(w)));
                assertEquals(o.dimension(), exact, "widths " + w + ", orbit " + o);
                Network f = OrbitPoints.floating(o, frng);
                assertEquals(o.dimension(), SvdRank.of(floatTangents(f)).rank(), "float, widths " + w + ", orbit " + o);
            }
        }
    }

    /** The rank of each path product at a random orbit point is the number of intervals covering its span. */
    @Test
    void pathRanksAtOrbitPointsMatchTheIntervals() {
        Random rng = new Random(62);
        Widths w = Widths.parse("2,3,2,2");
        for (Orbit o : all(w)) {
            Network f = OrbitPoints.floating(o, rng);
            for (int top = 1; top <= w.depth(); top++) {
                for (int bottom = 1; bottom <= top; bottom++) {
                    // singular values are compared with the product of the factors' norms: a product that is
                    // zero in exact arithmetic has only rounding-sized singular values
                    double scale = 1;
                    for (int t = bottom; t <= top; t++) {
                        scale *= f.layer(t).frobeniusNorm();
                    }
                    double cut = 1e-9 * scale;
                    int numeric = (int) java.util.Arrays.stream(new org.apache.commons.math3.linear.SingularValueDecomposition(
                            new org.apache.commons.math3.linear.Array2DRowRealMatrix(f.product(top, bottom).toArray()))
                            .getSingularValues()).filter(sv -> sv > cut).count();
                    assertEquals(o.pathRank(top, bottom), numeric, o + " W_{" + top + ":" + bottom + "}");
                }
            }
        }
    }

    @Test
    void theZeroOrbitHasDimensionZeroAndReversalIsAnInvolution() {
        Widths w = Widths.parse("2,3,1");
        assertEquals(0, Orbit.zero(w).dimension());
        for (Orbit o : all(w)) {
            assertEquals(o, o.reversed().reversed());
            assertEquals(o.dimension(), o.reversed().dimension());
        }
    }

    @Test
    void multiplicitiesMustMatchTheWidths() {
        Widths w = Widths.parse("2,2");
        assertThrows(IllegalArgumentException.class, () -> new Orbit(w, new int[][] {{1, 0}, {0, 1}}));
    }

    static List<Orbit> all(Widths w) {
        List<Orbit> out = new ArrayList<>();
        new OrbitEnumerator(w, ZeroConditions.none(w.depth())).enumerate(new OrbitEnumerator.Visitor() {
            @Override
            public long threshold() {
                return -1;
            }

            @Override
            public boolean visit(long dim, java.util.function.Supplier<Orbit> orbit) {
                out.add(orbit.get());
                return true;
            }
        });
        return out;
    }

    /** Float tangent vectors from the definition {@code V_t = xi_t W_t - W_t xi_{t-1}}, one column per direction. */
    static double[][] floatTangents(Network w) {
        Widths widths = w.widths();
        List<double[]> cols = new ArrayList<>();
        for (int s = 0; s <= widths.depth(); s++) {
            for (int i = 0; i < widths.d(s); i++) {
                for (int j = 0; j < widths.d(s); j++) {
                    Network v = Network.zeros(widths);
                    dlnkit.model.Matrix xi = dlnkit.model.Matrix.unit(widths.d(s), widths.d(s), i, j);
                    if (s >= 1) {
                        v = v.withLayer(s, xi.times(w.layer(s)));
                    }
                    if (s < widths.depth()) {
                        v = v.withLayer(s + 1, w.layer(s + 1).times(xi).scale(-1));
                    }
                    cols.add(v.flatten());
                }
            }
        }
        double[][] m = new double[cols.get(0).length][cols.size()];
        for (int c = 0; c < cols.size(); c++) {
            for (int r = 0; r < m.length; r++) {
                m[r][c] = cols.get(c)[r];
            }
        }
        return m;
    }
}
