package dlnkit.descent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.experiment.CounterexamplePoint;
import dlnkit.model.Data;
import dlnkit.model.DeltaMap;
import dlnkit.model.Network;
import dlnkit.hessian.HessianVariety;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FiberProjectionTest {

    /**
     * Newton steps land on the fiber of the counterexample point p to rounding, close to the perturbed start
     * (a projection, not a jump across the fiber), and the projected point is no longer in A_H: the fiber of a
     * point of A_H is not contained in A_H.
     */
    @Test
    void newtonStepsLandOnTheFiberNearTheStart() {
        Random rng = new Random(51);
        Network p = CounterexamplePoint.draw(rng);
        Data data = Targets.generic(2, 2, 8, rng);
        double[] c = DeltaMap.coordinates(p);
        for (int s = 0; s < 3; s++) {
            Network q0 = p.combine(Network.gaussian(p.widths(), 1, rng), 0.05);
            FiberProjection.Result r = FiberProjection.project(q0, c, 1e-12, 50);
            assertTrue(r.converged(), r.summary());
            assertTrue(r.initialResidual() > 1e-3, r.summary());
            double moved = r.point().combine(q0, -1).norm();
            assertTrue(moved < 2 * q0.combine(p, -1).norm(), "moved " + moved);
            assertTrue(HessianVariety.check(p, data).contained());
            assertTrue(!HessianVariety.check(r.point(), data).contained());
        }
    }
}
