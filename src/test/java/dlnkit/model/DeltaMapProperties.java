package dlnkit.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.properties.DlnDomain;
import dlnkit.properties.PropertyTimer;
import dlnkit.properties.QuickTries;
import dlnkit.properties.DlnDomain.StructuredPoint;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.domains.Domain;

import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/** Properties of the delta map along gradient descent, at structured points of depth 2..6 with widths 1..3. */
@Domain(DlnDomain.class)
@Domain(DomainContext.Global.class)
@AddLifecycleHook(PropertyTimer.class)
class DeltaMapProperties {

    /**
     * The drift law (docs/math.md section 2): one gradient step W' = W - eta G changes Delta_j by exactly
     * eta^2 (G_{j+1}^T G_{j+1} - G_j G_j^T). Algebraically Delta_j(W') - Delta_j(W) = -eta L_j(G) + eta^2 Q_j(G) with
     * L_j(G) = G_{j+1}^T W_{j+1} + W_{j+1}^T G_{j+1} - G_j W_j^T - W_j G_j^T, which vanishes for the true gradient;
     * so the only error is rounding: in forming W' and the products (bounded by eps (|W'|^2 + |W|^2)), and the
     * gradient's own rounding error times eta |W| in the linear term. The gradient's error is bounded by
     * eps 2 ||A_j|| ||B_j|| ||X|| (||W_{N:1}|| ||X|| + ||Y||) with every product norm replaced by the product of the layer
     * norms, which holds whatever cancellation the products have. A wrong gradient (a factor, a transpose) leaves
     * L_j(G) of size eta |W| |G|, about 1/eps times the bound.
     */
    @Property(tries = 2000)
    @QuickTries(500)
    void oneGradientStepChangesDeltaByEtaSquaredTimesTheGradientTerm(@ForAll StructuredPoint p,
            @ForAll @DoubleRange(min = -4, max = -0.5) double log10Eta) {
        Widths widths = p.widths();
        int n = widths.depth();
        Network w = p.network();
        Data data = p.data();
        double eta = Math.pow(10, log10Eta);
        Network g = Loss.gradient(w, data);
        List<Matrix> before = DeltaMap.value(w);
        List<Matrix> after = DeltaMap.value(w.combine(g, -eta));

        double eps = Math.ulp(1.0);
        int dmax = widths.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        double c1 = 4.0 * (dmax + 2);
        double c2 = 4.0 * (n + 3) * (dmax + data.samples());
        double[] a = new double[n + 2];
        double all = 1;
        for (int t = 1; t <= n; t++) {
            a[t] = w.layer(t).frobeniusNorm();
            all *= a[t];
        }
        double x = data.x().frobeniusNorm();
        double y = data.y().frobeniusNorm();
        double worstRelative = 0;
        double leastResolution = Double.POSITIVE_INFINITY;
        boolean critical = g.norm() == 0;
        for (int j = 1; j < n; j++) {
            Matrix predicted = g.layer(j + 1).transpose().times(g.layer(j + 1))
                    .minus(g.layer(j).times(g.layer(j).transpose())).scale(eta * eta);
            Matrix observed = after.get(j - 1).minus(before.get(j - 1));
            double budget = 0;
            for (int t = j; t <= j + 1; t++) {
                double moved = a[t] + eta * g.layer(t).frobeniusNorm();
                double gradientError = c2 * eps * 2 * productExcept(a, n, t) * x * (all * x + y);
                budget += c1 * eps * (moved * moved + a[t] * a[t]) + 2 * eta * a[t] * gradientError;
            }
            double error = observed.minus(predicted).maxAbs();
            assertTrue(error <= budget, p + ", eta " + eta + ", j " + j + ": |observed - predicted| " + error
                    + " above the rounding bound " + budget + " (predicted max " + predicted.maxAbs() + ")");
            if (predicted.maxAbs() > 0) {
                worstRelative = Math.max(worstRelative, error / predicted.maxAbs());
                leastResolution = Math.min(leastResolution, predicted.maxAbs() / budget);
            }
        }
        Statistics.label("shape").collect(p.shape());
        Statistics.label("drift").collect(critical ? "critical point (G = 0)"
                : leastResolution >= 1e3 ? "resolved: eta^2 term >= 1e3 x rounding bound" : "eta^2 term near the rounding bound");
        Statistics.label("relative error").collect(critical ? "n/a (G = 0)" : decade(worstRelative));
        Statistics.label("drift").coverage(c -> {
            c.check("resolved: eta^2 term >= 1e3 x rounding bound").percentage(q -> q >= 60);
            c.check("critical point (G = 0)").percentage(q -> q >= 1);
        });
        Statistics.label("shape").coverage(c -> {
            for (DlnDomain.Shape s : DlnDomain.Shape.values()) {
                c.check(s).percentage(q -> q >= 10);
            }
        });
    }

    private static double productExcept(double[] a, int n, int skip) {
        double p = 1;
        for (int t = 1; t <= n; t++) {
            if (t != skip) {
                p *= a[t];
            }
        }
        return p;
    }

    private static String decade(double relative) {
        if (relative < 1e-12) {
            return "below 1e-12";
        }
        if (relative < 1e-9) {
            return "1e-12 to 1e-9";
        }
        if (relative < 1e-6) {
            return "1e-9 to 1e-6";
        }
        return "1e-6 or more";
    }
}
