package dlnkit.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Data;
import dlnkit.model.DeltaMap;
import dlnkit.model.Loss;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The polynomials against independent routes: the float code of {@code dlnkit.model} at integer
 * points (where doubles are exact), and the closed-form gradient against Symja's derivative.
 */
class PolynomialsTest {
    /** An integer point: entries of W in [-2, 2], in the order of SymbolicNetwork.variables(). */
    private static int[] point(Widths widths, long seed) {
        Random rng = new Random(seed);
        int[] p = new int[(int) widths.parameterCount()];
        for (int i = 0; i < p.length; i++) {
            p[i] = rng.nextInt(5) - 2;
        }
        return p;
    }

    private static Map<String, IExpr> values(SymbolicNetwork w, int[] p) {
        Map<String, IExpr> m = new HashMap<>();
        List<String> vars = w.variables();
        for (int i = 0; i < p.length; i++) {
            m.put(vars.get(i), F.ZZ(p[i]));
        }
        return m;
    }

    private static Network network(Widths widths, int[] p) {
        double[] d = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            d[i] = p[i];
        }
        return Network.fromFlat(widths, d);
    }

    private static Matrix matrix(PolyMatrix a) {
        double[][] m = new double[a.rows()][a.cols()];
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.cols(); j++) {
                m[i][j] = value(a.get(i, j));
            }
        }
        return Matrix.of(m);
    }

    private static double value(IExpr e) {
        assertTrue(e.isInteger(), "an integer value, got " + e);
        return ((org.matheclipse.core.interfaces.IInteger) e).toBigNumerator().doubleValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2,2,2", "3,1,2,2", "1,3,2"})
    void deltaPolynomialsEvaluateToTheFloatDeltaCoordinates(String ws) {
        Widths widths = Widths.parse(ws);
        Algebra alg = SymbolicFixture.algebra();
        SymbolicNetwork w = SymbolicNetwork.of(widths);
        int[] p = point(widths, 11);
        List<IExpr> coords = DeltaPolynomials.coordinates(w, alg);
        double[] expected = DeltaMap.coordinates(network(widths, p));
        assertEquals(expected.length, coords.size());
        assertEquals(expected.length, DeltaPolynomials.coordinateNames(w).size());
        for (int k = 0; k < coords.size(); k++) {
            assertEquals(expected[k], value(alg.substitute(coords.get(k), values(w, p), "test")), 0.0, "coordinate " + k);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2,2,2", "1,2,1,1", "2,1,2"})
    void lossGradientAndHessianEvaluateToTheFloatOnes(String ws) {
        Widths widths = Widths.parse(ws);
        Algebra alg = SymbolicFixture.algebra();
        SymbolicNetwork w = SymbolicNetwork.of(widths);
        SymbolicData data = SymbolicData.random(widths, 2, 5);
        Data floatData = new Data(matrix(data.x()), matrix(data.y()));
        int[] p = point(widths, 3);
        Network net = network(widths, p);
        Map<String, IExpr> at = values(w, p);

        IExpr loss = LossPolynomials.loss(w, data, alg);
        assertEquals(Loss.value(net, floatData), value(alg.substitute(loss, at, "test")), 0.0);

        List<IExpr> grad = LossPolynomials.gradient(loss, w, alg);
        double[] g = Loss.gradient(net, floatData).flatten();
        for (int i = 0; i < g.length; i++) {
            assertEquals(g[i], value(alg.substitute(grad.get(i), at, "test")), 0.0, "gradient entry " + i);
        }

        List<List<IExpr>> h = LossPolynomials.hessian(grad, w, alg);
        double[][] dense = Loss.denseHessian(net, floatData);
        for (int i = 0; i < dense.length; i++) {
            for (int j = 0; j < dense.length; j++) {
                assertEquals(dense[i][j], value(alg.substitute(h.get(i).get(j), at, "test")), 1e-9 * (1 + Math.abs(dense[i][j])),
                        "Hessian entry " + i + "," + j);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2,2,2", "1,2,2,1"})
    void derivativeOfTheLossEqualsTheClosedFormGradient(String ws) {
        Widths widths = Widths.parse(ws);
        Algebra alg = SymbolicFixture.algebra();
        SymbolicNetwork w = SymbolicNetwork.of(widths);
        SymbolicData data = SymbolicData.symbolic(widths, 2);
        List<PolyMatrix> byD = Identities.gradient(w, data, alg);
        List<PolyMatrix> closed = LossPolynomials.closedFormGradient(w, data, alg);
        for (int t = 0; t < widths.depth(); t++) {
            assertTrue(alg.minus(byD.get(t), closed.get(t), "test").isZero(), "G_" + (t + 1));
            assertFalse(byD.get(t).isZero(), "the gradient is not the zero polynomial");
        }
    }

    @Test
    void aFalseIdentityDoesNotExpandToZero() {
        // the conservation identity with a wrong sign must leave a nonzero remainder
        Widths widths = Widths.parse("2,2,2");
        Algebra alg = SymbolicFixture.algebra();
        SymbolicNetwork w = SymbolicNetwork.of(widths);
        List<PolyMatrix> g = Identities.gradient(w, SymbolicData.symbolic(widths, 2), alg);
        PolyMatrix left = alg.times(w.layer(2).transpose(), g.get(1), "test");
        PolyMatrix right = alg.times(g.get(0), w.layer(1).transpose(), "test");
        assertTrue(alg.minus(left, right, "test").isZero());
        assertFalse(alg.plus(left, right, "test").isZero());
    }

    @Test
    void symbolicDataHasTheDocumentedVariables() {
        SymbolicData d = SymbolicData.symbolic(Widths.parse("2,1,3"), 2);
        assertEquals(List.of("xr1c1", "xr1c2", "xr2c1", "xr2c2", "yr1c1", "yr1c2", "yr2c1", "yr2c2", "yr3c1", "yr3c2"),
                d.variables());
    }
}
