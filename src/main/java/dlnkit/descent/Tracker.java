package dlnkit.descent;

import dlnkit.model.Data;
import dlnkit.model.DeltaMap;
import dlnkit.model.Loss;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.numeric.LeastSquares;
import java.util.List;
import java.util.Optional;

/** Computes {@link Snapshot}s of a trajectory relative to its start and an optional optimum. */
final class Tracker {
    private final Data data;
    private final List<Matrix> delta0;
    private final Optional<LeastSquares> optimum;

    Tracker(Network start, Data data, Optional<LeastSquares> optimum) {
        this.data = data;
        this.delta0 = DeltaMap.value(start);
        this.optimum = optimum;
    }

    Snapshot snapshot(long k, double time, double eta, Network w, double loss, double gradientNorm) {
        double excess = optimum.map(o -> loss - o.loss()).orElse(Double.NaN);
        double distance = optimum.map(o -> w.endToEnd().minus(o.matrix()).frobeniusNorm()).orElse(Double.NaN);
        return new Snapshot(k, time, eta, loss, excess, distance, gradientNorm,
                Balancedness.drift(w, delta0), Balancedness.constant(w));
    }

    Snapshot snapshot(long k, double time, double eta, Network w) {
        return snapshot(k, time, eta, w, Loss.value(w, data), Loss.gradient(w, data).norm());
    }
}
