package dlnkit.sampling;

import dlnkit.image.OrbitPoints;
import dlnkit.image.OrbitTangent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.SvdRank;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.Orbit;
import dlnkit.variety.OrbitClosures;
import dlnkit.variety.ZeroConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrbitRecognitionTest {

    static Network unitLayers(Network w) {
        List<dlnkit.model.Matrix> layers = new ArrayList<>();
        for (int t = 1; t <= w.depth(); t++) {
            double norm = w.layer(t).frobeniusNorm();
            layers.add(norm == 0 ? w.layer(t) : w.layer(t).scale(1 / norm));
        }
        return new Network(w.widths(), layers);
    }

    /**
     * For every orbit of {@code V}, the float path ranks at a Gaussian point of the orbit
     * ({@link OrbitPoints#floating}) give back that orbit, with a conclusive margin; and the orbit's
     * dimension from its combinatorics ({@link Orbit#dimension()}) is the float rank of the orbit
     * tangent map at that point (an independent route to the dimension). The margin is asserted after
     * each layer is scaled to unit norm (a scalar per layer stays in the orbit): {@code g_t N_t g_{t-1}^{-1}} with Gaussian
     * {@code g} can have layers of norm {@code 10^5} next to layers of norm 1, and a layer read against
     * the largest one would then be close to the zero level.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"2,2,2,2,2; (none)", "3,3,3,3,3; W4, W3W2", "1,3,2,3,1; W3W2",
        "2,2,2,2,2,2; W5W4W3, W1"})
    void pathRanksAtAFloatOrbitPointRecoverTheOrbitAndItsDimension(String widthsText, String zero) {
        Widths widths = Widths.parse(widthsText);
        ZeroConditions v = zero.equals("(none)") ? ZeroConditions.none(widths.depth())
                : ZeroConditions.parse(zero, widths.depth());
        Random rng = new Random(21);
        List<Orbit> orbits = OrbitClosures.orbitsOf(widths, v);
        assertTrue(orbits.size() >= 20, "orbits: " + orbits.size());
        for (Orbit o : orbits) {
            Network raw = OrbitPoints.floating(o, rng);
            OrbitRecognition asDrawn = OrbitRecognition.of(raw, Tolerances.DEFAULT);
            assertEquals(Optional.of(o), asDrawn.orbit(), asDrawn.summary());
            Network w = unitLayers(raw);
            OrbitRecognition r = OrbitRecognition.of(w, Tolerances.DEFAULT);
            assertEquals(Optional.of(o), r.orbit(), r.summary());
            assertTrue(r.conclusive(Tolerances.DEFAULT), r.summary());
            FloatRank tangent = SvdRank.of(OrbitTangent.floatTangents(w), Tolerances.DEFAULT);
            assertEquals(o.dimension(), tangent.rank(), o + ": " + tangent.summary());
        }
    }
}
