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

    public static void main(String[] args) {
        System.exit(run(System.out, args.length > 0 ? Long.parseLong(args[0]) : 1) == 0 ? 0 : 1);
    }

    public static int run(PrintStream out, long seed) {
        Widths w = Widths.constant(16, 2);
        ZeroConditions v = ZeroConditions.parse(SeedSubvarieties.COUNTEREXAMPLE, 16);
        RestrictionResult r = RestrictedDimension.compute(w, v, seed, Tolerances.DEFAULT);
        HessianMembership m = HessianMembership.of(w, v);
        HessianCheck sample = HessianCheck.atOrbitPoint(r.bestOrbit(), seed, Tolerances.DEFAULT);
        boolean verified = r.certificate().map(c -> CertificateVerifier.verify(c).valid()).orElse(false);
        out.println("Depth 16, widths all 2, V = {" + v + "}, seed " + seed);
        out.printf("  %-34s %-16s %s%n", "claim", "seed", "dlnkit");
        out.printf("  %-34s %-16s %s%n", "V lies in A_H", "yes", m.contained() ? "yes (cyclic pair rule, exact)" : "NO");
        out.printf("  %-34s %-16s %s%n", "gradient and Hessian at a sample", "vanish", sample.summary());
        out.printf("  %-34s %-16s %d of %d (exact %d, float %d)%n", "dim closure(delta(V))", "45 of 45", r.dimension(), r.target(),
                r.exactDimension(), r.floatRank().rank());
        out.printf("  %-34s %-16s %s%n", "certificate", "-", verified ? "valid (independent integer recheck)" : "MISSING/INVALID");
        out.printf("  %-34s %-16s %s (%d of %s orbits visited)%n", "best orbit", "-", r.bestOrbit(), r.orbitsVisited(),
                r.orbitsTotal().map(Object::toString).orElse("?"));
        out.println("  conclusion: dim delta(A_H) >= 45 = dim im delta, so the main conjecture fails at depth 16, width 2.");
        int problems = 0;
        problems += m.contained() ? 0 : 1;
        problems += sample.inHessianVariety() ? 0 : 1;
        problems += r.dimension() == 45 ? 0 : 1;
        problems += verified ? 0 : 1;
        return problems;
    }
}
