package dlnkit.conjecture;

import dlnkit.certificate.Certificate;
import dlnkit.certificate.CertificateVerifier;
import dlnkit.image.ImageDimension;
import dlnkit.image.OrbitPoints;
import dlnkit.image.OrbitTangent;

import dlnkit.exact.ModMatrix;
import dlnkit.model.Widths;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.SvdRank;
import dlnkit.numeric.Tolerances;
import dlnkit.progress.ProgressListener;
import dlnkit.variety.Orbit;
import dlnkit.variety.OrbitEnumerator;
import dlnkit.variety.ZeroConditions;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * {@code dim closure(delta(V))} for a path-zero subvariety {@code V} by the orbit method: {@code V} is
 * the finite union of the orbits it contains, so the dimension is the largest
 * {@code rank(J_delta D)} over them, each at a random point of the orbit (docs/math.md section 4). Orbits
 * whose dimension cannot beat the best rank so far are pruned, and the search stops as soon as the
 * rank reaches {@code dim closure(im delta)}.
 */
public final class RestrictedDimension {
    /** Orbits are counted exactly unless the counting needs more intermediate states than this. */
    public static final int COUNT_STATE_LIMIT = 200_000;
    /** Attempts at a small integer point for the certificate. */
    public static final int CERTIFICATE_ATTEMPTS = 20;

    private RestrictedDimension() {
    }

    public static RestrictionResult compute(Widths widths, ZeroConditions v, long seed, Tolerances tol) {
        return compute(widths, v, seed, tol, ProgressListener.NONE);
    }

    /** @param progress hears the number of orbits visited so far (of an unknown total), now and then */
    public static RestrictionResult compute(Widths widths, ZeroConditions v, long seed, Tolerances tol,
            ProgressListener progress) {
        int full = ImageDimension.exactRank(widths, seed).rank();
        OrbitEnumerator enumerator = new OrbitEnumerator(widths, v);
        Optional<BigInteger> total = enumerator.count(COUNT_STATE_LIMIT);
        SplittableRandom rng = new SplittableRandom(seed);
        Best best = new Best();
        OrbitEnumerator.Stats stats = enumerator.enumerate(new OrbitEnumerator.Visitor() {
            @Override
            public long threshold() {
                return best.rank;
            }

            @Override
            public boolean visit(long orbitDimension, Supplier<Orbit> supplier) {
                best.visits++;
                if ((best.visits & 0xFFF) == 0) {
                    progress.update(best.visits, ProgressListener.UNKNOWN);
                }
                if (Math.min(orbitDimension, full) <= best.rank) {
                    return true;
                }
                Orbit orbit = supplier.get();
                best.evaluated++;
                int rank = ModMatrix.rank(OrbitTangent.exactComposite(widths, OrbitPoints.exact(orbit, rng)));
                if (rank > best.rank) {
                    best.rank = rank;
                    best.orbit = orbit;
                }
                return best.rank < full;
            }
        });
        progress.update(stats.orbitsVisited(), ProgressListener.UNKNOWN);
        FloatRank floatRank = SvdRank.of(OrbitTangent.floatComposite(OrbitPoints.floating(best.orbit, new Random(seed))), tol);
        Optional<Certificate> certificate = best.rank == widths.targetDimension()
                ? certify(widths, v, best.orbit, seed)
                : Optional.empty();
        return new RestrictionResult(widths, v, best.rank, floatRank, full, best.orbit, total, stats.orbitsVisited(),
                best.evaluated, stats.subtreesPruned(), stats.stoppedEarly(), certificate, tol, seed);
    }

    private static final class Best {
        int rank = -1;
        Orbit orbit;
        long visits;
        long evaluated;
    }

    /**
     * A certificate from a small integer point of the orbit: the pivot columns of
     * {@code J_delta D} mod p give {@code T} independent directions. Each attempt is checked by the
     * independent {@link CertificateVerifier} before it is returned.
     */
    public static Optional<Certificate> certify(Widths widths, ZeroConditions v, Orbit orbit, long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        OrbitTangent.Direction[] all = OrbitTangent.allDirections(widths);
        for (int attempt = 0; attempt < CERTIFICATE_ATTEMPTS; attempt++) {
            BigInteger[][][] point = OrbitPoints.integer(orbit, rng);
            long[][] composite = OrbitTangent.exactComposite(widths, OrbitPoints.reduce(point));
            int[] pivots = ModMatrix.pivotColumns(composite);
            if (pivots.length != widths.targetDimension()) {
                continue;
            }
            List<OrbitTangent.Direction> dirs = new ArrayList<>();
            for (int k : pivots) {
                dirs.add(all[k]);
            }
            // the file's "zero" field is empty for all of parameter space ("(none)" is only the printed form)
            String zero = v.conditions().isEmpty() ? "" : v.toString();
            Certificate c = new Certificate(widths, zero, Certificate.fromArrays(point), dirs, orbit.toString(), seed);
            if (CertificateVerifier.verify(c).valid()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
