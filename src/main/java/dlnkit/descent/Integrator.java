package dlnkit.descent;

import dlnkit.model.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;

/**
 * Integrates {@code y' = f(y)} with Commons Math's adaptive Dormand-Prince 8(5,3) integrator and
 * returns the states at the requested times. The only class that touches the ODE API.
 */
final class Integrator {
    /** The vector field {@code f(y)}: writes {@code yDot}. */
    interface Field extends BiConsumer<double[], double[]> {
    }

    /** Called after each sample time is reached: return false to stop early. */
    interface Sample {
        boolean reached(int index, double time, double[] state);
    }

    /** Why an integration stopped before the last sample time (other than the sample callback asking to stop). */
    enum Failure {
        /** the evaluation budget ran out (stiffness or a long horizon): not a divergence */
        EVALUATION_BUDGET,
        /** the state stopped being finite: a divergence */
        NOT_FINITE
    }

    /** States at the sample times reached, and why the integration stopped ({@code failure} null when it did not fail). */
    record Result(List<double[]> states, long evaluations, Failure failure, String message) {
    }

    private Integrator() {
    }

    static Result integrate(Field field, double[] y0, double[] times, FlowSettings settings, Sample sample) {
        for (int i = 0; i < times.length; i++) {
            Checks.require(times[i] >= 0 && (i == 0 || times[i] > times[i - 1]) && Double.isFinite(times[i]),
                    "sample times", "finite, non-negative and strictly increasing", java.util.Arrays.toString(times));
        }
        int n = y0.length;
        FirstOrderDifferentialEquations ode = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return n;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                field.accept(y, yDot);
            }
        };
        double horizon = times.length == 0 ? 1 : Math.max(times[times.length - 1], 1e-300);
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(0, horizon,
                settings.absoluteTolerance(), settings.relativeTolerance());
        integrator.setMaxEvaluations(settings.maxEvaluations());
        List<double[]> states = new ArrayList<>();
        double[] y = y0.clone();
        double t = 0;
        long evaluations = 0;
        for (int i = 0; i < times.length; i++) {
            if (times[i] > t) {
                double[] next = new double[n];
                try {
                    integrator.integrate(ode, t, y, times[i], next);
                } catch (MathIllegalStateException e) {
                    return new Result(states, evaluations + integrator.getEvaluations(), Failure.EVALUATION_BUDGET,
                            "integrator gave up before t = " + times[i] + " (" + e.getMessage() + ")");
                }
                evaluations += integrator.getEvaluations();
                y = next;
                t = times[i];
            }
            for (double v : y) {
                if (!Double.isFinite(v)) {
                    return new Result(states, evaluations, Failure.NOT_FINITE, "state not finite at t = " + times[i]);
                }
            }
            states.add(y.clone());
            if (!sample.reached(i, t, y)) {
                break;
            }
        }
        return new Result(states, evaluations, null, null);
    }
}
