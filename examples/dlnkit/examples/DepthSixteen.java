package dlnkit.examples;

import dlnkit.certificate.CertificateVerifier;
import dlnkit.hessian.HessianCheck;
import dlnkit.conjecture.RestrictedDimension;
import dlnkit.conjecture.RestrictionResult;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.hessian.HessianMembership;
import dlnkit.variety.SeedSubvarieties;
import dlnkit.variety.ZeroConditions;
import java.io.PrintStream;

/**
 * Depth 16, all widths 2. The seed's counterexample to the main conjecture: the subvariety
 * {@code A = {W_i W_{i-1} W_{i-2} = 0 : i = 16, 12, 8, 4}} lies in {@code A_H} (three pairwise disjoint
 * zero paths) and delta is dominant on it ({@code 45 = T}). dlnkit recomputes both, with a certificate
 * rechecked by the independent verifier and a numeric gradient/Hessian check at a sample point.
 */
public final class DepthSixteen {
    private DepthSixteen() {
    }

    /**
     * What the example found.
     *
     * @param seed the seed of the random points
     * @param restriction {@code dim closure(delta(A))} with its evidence
     * @param membership whether {@code A} lies in {@code A_H} (cyclic pair rule)
     * @param sample the float gradient and Hessian at a sample point of the best orbit
     * @param certificateValid a dominance certificate was found and the independent verifier accepts it
     */
    public record Result(long seed, RestrictionResult restriction, HessianMembership membership, HessianCheck sample,
            boolean certificateValid) {
        /** delta is dominant on A: the agreed dimension is T. */
        public boolean dominant() {
            return restriction.agree() && restriction.dimension() == restriction.target();
        }

        /** The findings that contradict the seed's counterexample. */
        public int problems() {
            return (membership.contained() ? 0 : 1) + (sample.inHessianVariety() ? 0 : 1) + (dominant() ? 0 : 1)
                    + (certificateValid ? 0 : 1);
        }
    }

    public static void main(String[] args) {
        System.exit(run(System.out, args.length > 0 ? Long.parseLong(args[0]) : 1) == 0 ? 0 : 1);
    }

    public static int run(PrintStream out, long seed) {
        Result r = check(seed);
        print(out, r);
        return r.problems();
    }

    /** Computes the example's findings at this seed. */
    public static Result check(long seed) {
        Widths w = Widths.constant(16, 2);
        ZeroConditions v = ZeroConditions.parse(SeedSubvarieties.COUNTEREXAMPLE, 16);
        RestrictionResult r = RestrictedDimension.compute(w, v, seed, Tolerances.DEFAULT);
        HessianMembership m = HessianMembership.of(w, v);
        HessianCheck sample = HessianCheck.atOrbitPoint(r.bestOrbit(), seed, Tolerances.DEFAULT);
        boolean verified = r.certificate().map(c -> CertificateVerifier.verify(c).valid()).orElse(false);
        return new Result(seed, r, m, sample, verified);
    }

    /** Prints the comparison from the findings. */
    public static void print(PrintStream out, Result result) {
        RestrictionResult r = result.restriction();
        out.println("Depth 16, widths all 2, V = {" + r.conditions() + "}, seed " + result.seed());
        out.printf("  %-34s %-16s %s%n", "claim", "seed", "dlnkit");
        out.printf("  %-34s %-16s %s%n", "V lies in A_H", "yes", result.membership().contained() ? "yes (cyclic pair rule, exact)" : "NO");
        out.printf("  %-34s %-16s %s%n", "gradient and Hessian at a sample", "vanish", result.sample().summary());
        out.printf("  %-34s %-16s %d of %d (exact %d, float %d)%n", "dim closure(delta(V))", "45 of 45", r.dimension(), r.target(),
                r.exactDimension(), r.floatRank().rank());
        out.printf("  %-34s %-16s %s%n", "certificate", "-", result.certificateValid() ? "valid (independent integer recheck)" : "MISSING/INVALID");
        out.printf("  %-34s %-16s %s (%d of %s orbits visited)%n", "best orbit", "-", r.bestOrbit(), r.orbitsVisited(),
                r.orbitsTotal().map(Object::toString).orElse("?"));
        out.println(result.problems() == 0
                ? "  conclusion: dim delta(A_H) >= " + r.dimension() + " = dim im delta, so the main conjecture fails at depth 16, width 2."
                : "  conclusion: the seed's counterexample is NOT confirmed (see above).");
    }
}
