package dlnkit.descent;

import dlnkit.model.DeltaMap;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.numeric.Spectral;
import java.util.List;

/** The balancedness quantities of docs/math.md section 5, in spectral norm. */
public final class Balancedness {
    private Balancedness() {
    }

    /** {@code max_j ||Delta_j(W)||_2} (0 for depth 1). */
    public static double constant(Network w) {
        double m = 0;
        for (Matrix d : DeltaMap.value(w)) {
            m = Math.max(m, Spectral.norm(d));
        }
        return m;
    }

    /** {@code max_j ||Delta_j(W) - Delta_j(reference)||_2} where {@code reference = delta(W(0))}. */
    public static double drift(Network w, List<Matrix> reference) {
        List<Matrix> now = DeltaMap.value(w);
        double m = 0;
        for (int j = 0; j < now.size(); j++) {
            m = Math.max(m, Spectral.norm(now.get(j).minus(reference.get(j))));
        }
        return m;
    }
}
