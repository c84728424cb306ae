package dlnkit.descent;

import dlnkit.model.Checks;
import java.util.Locale;

/**
 * Step sizes {@code eta_k = eta_0 / (k + 1)^rho}, {@code k = 0, 1, ...}: constant for {@code rho = 0},
 * decaying for {@code rho > 0}.
 *
 * @param eta0 the first step size, {@code > 0}
 * @param rho the decay exponent, {@code >= 0}
 */
public record StepSchedule(double eta0, double rho) {

    public StepSchedule {
        Checks.require(eta0 > 0 && Double.isFinite(eta0), "step size eta_0", "a finite number > 0", eta0);
        Checks.require(rho >= 0 && Double.isFinite(rho), "decay exponent rho", "a finite number >= 0", rho);
    }

    public static StepSchedule constant(double eta) {
        return new StepSchedule(eta, 0);
    }

    public static StepSchedule decaying(double eta0, double rho) {
        return new StepSchedule(eta0, rho);
    }

    /** {@code eta_k}. */
    public double eta(long k) {
        return rho == 0 ? eta0 : eta0 / Math.pow(k + 1, rho);
    }

    public boolean isConstant() {
        return rho == 0;
    }

    /** {@code "eta=0.01"} or {@code "eta=0.01/(k+1)^0.5"}. */
    public String label() {
        return isConstant() ? String.format(Locale.ROOT, "eta=%.4g", eta0)
                : String.format(Locale.ROOT, "eta=%.4g/(k+1)^%.3g", eta0, rho);
    }
}
