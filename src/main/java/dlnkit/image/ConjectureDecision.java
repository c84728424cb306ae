package dlnkit.image;

import dlnkit.exact.IntegerNullSpace;
import dlnkit.exact.ModMatrix;
import dlnkit.exact.ModP;
import dlnkit.model.Widths;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.SvdRank;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.OrbitEnumerator;
import dlnkit.variety.Stratum;
import dlnkit.variety.StrataEnumerator;
import dlnkit.variety.ZeroConditions;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Decides the main conjecture {@code dim closure(delta(A_H)) < dim closure(im delta)} for given widths:
 * {@code A_H} is the finite union of its strata ({@link Stratum}), so {@code dim closure(delta(A_H))} is the
 * largest exact rank of delta along a stratum, at a random point of each. Strata whose orbit dimension
 * cannot beat the best so far are pruned; reversal halves the work for palindromic widths; the search stops
 * at the first stratum reaching the full dimension, which is then certified.
 */
public final class ConjectureDecision {
    /** Strata are counted (by a full enumeration) only when there are at most this many orbits. */
    public static final long COUNT_ORBIT_LIMIT = 200_000;
    public static final int CERTIFICATE_ATTEMPTS = 20;

    private ConjectureDecision() {
    }

    public static ConjectureResult decide(Widths widths, long seed, Tolerances tol) {
        return decide(widths, seed, tol, (splitsDone, splits, evaluated) -> { });
    }

    /** Progress: splits {@code n} done out of {@code N - 1}, and strata evaluated so far. */
    @FunctionalInterface
    public interface Progress {
        void update(int splitsDone, int splits, long strataEvaluated);
    }

    public static ConjectureResult decide(Widths widths, long seed, Tolerances tol, Progress progress) {
        int full = ImageDimension.exactRank(widths, seed).rank();
        SplittableRandom rng = new SplittableRandom(seed);
        StrataEnumerator enumerator = new StrataEnumerator(widths, true);
        int[] best = {-1};
        Stratum[] bestStratum = {null};
        long[] evaluated = {0};
        StrataEnumerator.Stats stats = enumerator.enumerate(new StrataEnumerator.Visitor() {
            @Override
            public long threshold() {
                return best[0];
            }

            @Override
            public boolean visit(Stratum s, long orbitDimension) {
                if (Math.min(orbitDimension, full) <= best[0]) {
                    return true;
                }
                evaluated[0]++;
                int rank = ModMatrix.rank(StratumTangent.exactComposite(s, rng, false));
                if (rank > best[0]) {
                    best[0] = rank;
                    bestStratum[0] = s;
                }
                return best[0] < full;
            }
        }, (done, total) -> progress.update(done, total, evaluated[0]));
        Optional<Stratum> top = Optional.ofNullable(bestStratum[0]);
        Optional<FloatRank> floatRank = top.map(s -> SvdRank.of(StratumTangent.floating(s, new Random(seed), tol).composite(), tol));
        Optional<HessianCertificate> certificate = best[0] == full && top.isPresent() && full == UpperBound.of(widths).value()
                ? certify(widths, top.get(), seed) : Optional.empty();
        ConjectureResult.Verdict verdict;
        if (top.isPresent() && (floatRank.get().rank() != best[0] || !floatRank.get().conclusive(tol))) {
            verdict = ConjectureResult.Verdict.UNDECIDED;
        } else {
            verdict = best[0] >= full ? ConjectureResult.Verdict.FAILS : ConjectureResult.Verdict.HOLDS;
        }
        return new ConjectureResult(widths, verdict, best[0], floatRank, full, top, countStrata(widths),
                stats.orbitsVisited(), stats.strataVisited(), evaluated[0], stats.skippedBySymmetry(), stats.stoppedEarly(),
                certificate, tol, seed);
    }

    /** The number of strata, by enumerating every orbit, when there are few enough orbits. */
    static Optional<Long> countStrata(Widths widths) {
        Optional<BigInteger> orbits = new OrbitEnumerator(widths, ZeroConditions.none(widths.depth())).count(200_000);
        if (orbits.isEmpty() || orbits.get().compareTo(BigInteger.valueOf(COUNT_ORBIT_LIMIT)) > 0) {
            return Optional.empty();
        }
        return Optional.of(new StrataEnumerator(widths, false).forEach(stratum -> true).strataVisited());
    }

    /**
     * A certificate of failure from a small integer point of the stratum: unimodular {@code g}, a small
     * integer {@code C} with the stratum's zeros, {@code M = g_0 C g_N^{-1}}; end directions from the
     * rational null space of {@code eta_0 C = C eta_N}; {@code U} independent directions chosen by pivots
     * mod p and rechecked by {@link HessianCertificateVerifier}, where {@code U} is the proven upper bound on
     * {@code dim closure(im delta)} ({@link UpperBound}; {@code U = T} unless an inner vertex is wider than its
     * neighbours together, and then the certificate carries the bound's data).
     */
    public static Optional<HessianCertificate> certify(Widths widths, Stratum s, long seed) {
        UpperBound bound = UpperBound.of(widths);
        int n = widths.depth();
        int d0 = widths.d(0);
        int dn = widths.d(n);
        SplittableRandom rng = new SplittableRandom(seed ^ 0x632BE59BD9B4E019L);
        for (int attempt = 0; attempt < CERTIFICATE_ATTEMPTS; attempt++) {
            OrbitPoints.IntegerPoint p = OrbitPoints.integerWithGroup(s.orbit(), rng);
            BigInteger[][] c = new BigInteger[d0][dn];
            for (int r = 0; r < d0; r++) {
                for (int col = 0; col < dn; col++) {
                    int v = s.isZero(r, col) ? 0 : (1 + rng.nextInt(3)) * (rng.nextBoolean() ? 1 : -1);
                    c[r][col] = BigInteger.valueOf(v);
                }
            }
            BigInteger[][] m = OrbitPoints.multiply(OrbitPoints.multiply(p.g()[0], c), p.gInverse()[n]);
            // eta_0 C - C eta_N = 0, variables eta_0 (row-major) then eta_N
            BigInteger[][] constraint = new BigInteger[d0 * dn][d0 * d0 + dn * dn];
            for (BigInteger[] row : constraint) {
                java.util.Arrays.fill(row, BigInteger.ZERO);
            }
            for (int r = 0; r < d0; r++) {
                for (int col = 0; col < dn; col++) {
                    BigInteger[] row = constraint[r * dn + col];
                    for (int l = 0; l < d0; l++) {
                        row[r * d0 + l] = row[r * d0 + l].add(c[l][col]);
                    }
                    for (int l = 0; l < dn; l++) {
                        row[d0 * d0 + l * dn + col] = row[d0 * d0 + l * dn + col].subtract(c[r][l]);
                    }
                }
            }
            List<HessianCertificate.EndDirection> endCandidates = new ArrayList<>();
            for (BigInteger[] eta : IntegerNullSpace.of(constraint, d0 * d0 + dn * dn)) {
                BigInteger[][] eta0 = new BigInteger[d0][d0];
                BigInteger[][] etaN = new BigInteger[dn][dn];
                for (int a = 0; a < d0; a++) {
                    System.arraycopy(eta, a * d0, eta0[a], 0, d0);
                }
                for (int a = 0; a < dn; a++) {
                    System.arraycopy(eta, d0 * d0 + a * dn, etaN[a], 0, dn);
                }
                BigInteger[][] xi0 = OrbitPoints.multiply(OrbitPoints.multiply(p.g()[0], eta0), p.gInverse()[0]);
                BigInteger[][] xiN = OrbitPoints.multiply(OrbitPoints.multiply(p.g()[n], etaN), p.gInverse()[n]);
                endCandidates.add(new HessianCertificate.EndDirection(HessianCertificate.list(xi0), HessianCertificate.list(xiN)));
            }
            List<OrbitTangent.Direction> innerCandidates = new ArrayList<>();
            for (OrbitTangent.Direction d : OrbitTangent.allDirections(widths)) {
                if (d.vertex() >= 1 && d.vertex() <= n - 1) {
                    innerCandidates.add(d);
                }
            }
            HessianCertificate all = new HessianCertificate(widths, HessianCertificate.list(m), Certificate.fromArrays(p.w()),
                    innerCandidates, endCandidates, s.toString(), seed);
            long[][] columns = candidateColumns(all);
            int[] pivots = ModMatrix.pivotColumns(columns);
            if (pivots.length != bound.value()) {
                continue;
            }
            List<OrbitTangent.Direction> inner = new ArrayList<>();
            List<HessianCertificate.EndDirection> ends = new ArrayList<>();
            for (int k : pivots) {
                if (k < innerCandidates.size()) {
                    inner.add(innerCandidates.get(k));
                } else {
                    ends.add(endCandidates.get(k - innerCandidates.size()));
                }
            }
            HessianCertificate cert = new HessianCertificate(widths, all.m(), all.point(), inner, ends, s.toString(), seed,
                    bound.belowTarget() ? Optional.of(HessianCertificate.BoundData.of(bound)) : Optional.empty());
            if (HessianCertificateVerifier.verify(cert).valid()) {
                return Optional.of(cert);
            }
        }
        return Optional.empty();
    }

    /** The T x (candidates) matrix mod p of d delta along every candidate direction, via the verifier's integer arithmetic. */
    private static long[][] candidateColumns(HessianCertificate c) {
        Widths widths = c.widths();
        int n = widths.depth();
        BigInteger[][][] w = new BigInteger[n + 1][][];
        for (int t = 1; t <= n; t++) {
            w[t] = HessianCertificate.array(c.point().get(t - 1));
        }
        List<BigInteger[]> cols = new ArrayList<>();
        for (OrbitTangent.Direction d : c.inner()) {
            cols.add(CertificateVerifier.differential(widths, w, d));
        }
        for (HessianCertificate.EndDirection e : c.ends()) {
            cols.add(HessianCertificateVerifier.endDifferential(widths, w, HessianCertificate.array(e.xi0()),
                    HessianCertificate.array(e.xiN())));
        }
        int rows = (int) widths.targetDimension();
        long[][] out = new long[rows][cols.size()];
        for (int k = 0; k < cols.size(); k++) {
            for (int r = 0; r < rows; r++) {
                out[r][k] = ModP.of(cols.get(k)[r]);
            }
        }
        return out;
    }
}
