package dlnkit.conjecture;

import dlnkit.certificate.Certificate;
import dlnkit.certificate.HessianCertificate;
import dlnkit.certificate.HessianCertificateVerifier;
import dlnkit.image.ImageDimension;
import dlnkit.image.OrbitPoints;
import dlnkit.image.OrbitTangent;
import dlnkit.image.StratumDifferential;
import dlnkit.image.StratumTangent;
import dlnkit.image.UpperBound;

import dlnkit.exact.IntegerNullSpace;
import dlnkit.exact.ModMatrix;
import dlnkit.exact.ModP;
import dlnkit.exact.PrimeField;
import dlnkit.model.Widths;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.SvdRank;
import dlnkit.numeric.Tolerances;
import dlnkit.progress.ProgressListener;
import dlnkit.variety.OrbitEnumerator;
import dlnkit.variety.Orbit;
import dlnkit.variety.Stratum;
import dlnkit.variety.StrataEnumerator;
import dlnkit.variety.ZeroConditions;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

/**
 * Decides the main conjecture {@code dim closure(delta(A_H)) < dim closure(im delta)} for given widths:
 * {@code A_H} is the finite union of its strata ({@link Stratum}), so {@code dim closure(delta(A_H))} is the
 * largest exact rank of delta along a stratum, at a random point of each.
 *
 * <p>Largest first: every stratum's rank is at most its bound {@code min(dim O - |Z|, full)}
 * ({@link Stratum#dimension()}, proofs-notes/08-largest-first-strata.md). The strata are collected in rounds of
 * decreasing bound (round {@code k} takes the strata with {@code tau_k < bound <= tau_{k-1}}, orbits of dimension
 * at most {@code tau_k} pruned by the enumeration), each round sorted by bound (ties: enumeration order) and
 * evaluated in that order until the next bound cannot beat the best rank. The search stops at once when a stratum
 * reaches the full dimension, and after the round whose floor {@code tau_k} the best rank reaches. Reversal halves
 * the work for palindromic widths. The strata of a round are evaluated in parallel ({@link Options#threads()}),
 * each at a point drawn from its own seed (the decision seed and the orbit), and the results are read in the
 * sequential order, so the result does not depend on the number of threads.
 *
 * <p>Two routes for a {@code HOLDS}: the ranks above are taken mod {@code 2^61 - 1}. Before a {@code HOLDS} is
 * returned, every stratum that decides it (the best stratum, and every evaluated stratum whose proven bound reaches
 * the full dimension) is ranked again at a second point, drawn from a second seed, mod {@link #SECOND_FIELD}
 * ({@code 2^31 - 1}). The verdict stays {@code HOLDS} only when both ranks agree on every such stratum; its error
 * bound is the product of the two routes' bounds (proofs-notes/13-two-primes.md). A disagreement makes the verdict
 * {@code UNDECIDED} and is recorded ({@link ConjectureResult.SecondRoute#disagreement()}). A {@code FAILS} is
 * untouched: it rests on a certificate.
 */
public final class ConjectureDecision {
    /** Strata are counted (by a full enumeration, on request) only when there are at most this many orbits. */
    public static final long COUNT_ORBIT_LIMIT = 200_000;
    public static final int CERTIFICATE_ATTEMPTS = 20;
    /** A round of the largest-first order holds at most this many strata; beyond, it is split or streamed. */
    static final int CANDIDATE_CAP = 200_000;
    /** Work of the probe (strata evaluated in enumeration order before the largest-first rounds), modular operations. */
    static final double PROBE_WORK = 6e7;
    /** The probe ranks this many strata at a time: a constant, so that what it does does not depend on the threads. */
    static final int PROBE_BATCH = 8;
    /** The field of the second, independent route that every {@code HOLDS} is checked by. */
    public static final PrimeField SECOND_FIELD = PrimeField.M31;

    private ConjectureDecision() {
    }

    /**
     * How to decide.
     *
     * @param threads worker threads for the strata of one decision (1: everything on the calling thread)
     * @param count also count all strata (a full enumeration, when there are at most {@link #COUNT_ORBIT_LIMIT}
     *     orbits); the count is information only, never a decision input
     */
    public record Options(int threads, boolean count) {
        public Options {
            dlnkit.model.Checks.require(threads >= 1, "threads", "at least 1", threads);
        }

        /** One thread, no count: what {@link #decide(Widths, long, Tolerances)} uses. */
        public static Options sequential() {
            return new Options(1, false);
        }
    }

    /** Single-threaded, strata not counted. */
    public static ConjectureResult decide(Widths widths, long seed, Tolerances tol) {
        return decide(widths, seed, tol, ProgressListener.NONE, Options.sequential());
    }

    public static ConjectureResult decide(Widths widths, long seed, Tolerances tol, Options options) {
        return decide(widths, seed, tol, ProgressListener.NONE, options);
    }

    /**
     * Single-threaded, strata not counted. {@code progress} hears the number of strata evaluated so far, of an
     * unknown total, after each enumeration and each batch of ranks.
     */
    public static ConjectureResult decide(Widths widths, long seed, Tolerances tol, ProgressListener progress) {
        return decide(widths, seed, tol, progress, Options.sequential());
    }

    /** A stratum collected for evaluation, with its bound. */
    private record Candidate(Stratum stratum, long bound, long dimension) {
    }

    public static ConjectureResult decide(Widths widths, long seed, Tolerances tol, ProgressListener progress, Options options) {
        int full = ImageDimension.exactRank(widths, seed).rank();
        StrataEnumerator enumerator = new StrataEnumerator(widths, true);
        int best = -1;
        Stratum bestStratum = null;
        long evaluated = 0;
        long orbitsVisited = 0;
        long strataVisited = 0;
        long skipped = 0;
        boolean stopped = false;
        // the evaluated strata whose bound reaches full, with their ranks (a stratum the probe ranked may be met again
        // by a round, at the same point): a HOLDS rests on these ranks, so the second route ranks them again
        Map<Stratum, Integer> decisive = new LinkedHashMap<>();
        ExecutorService pool = options.threads() > 1 ? Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "dlnkit-strata");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            // probe: the first strata in enumeration order (long intervals first), a few evaluations; on deep narrow
            // networks this finds a full-dimensional stratum long before the rounds below could collect one
            long[] probe = {best, evaluated, 0};
            long probeBudget = probeEvaluations(widths);
            Stratum[] probeBest = {null};
            // the probe's strata are ranked PROBE_BATCH at a time (in parallel when there is a pool) and read in order, so
            // what it evaluates, finds and decides is what a one-by-one probe would, whatever the number of threads
            List<Candidate> pending = new ArrayList<>();
            boolean[] halted = {false};
            Runnable flush = () -> {
                int[] ranks = ranks(pending.stream().map(Candidate::stratum).toList(), s -> rank(s, seed), pool);
                for (int k = 0; k < ranks.length && !halted[0]; k++) {
                    Candidate c = pending.get(k);
                    if (c.bound() <= probe[0]) {
                        continue;
                    }
                    probe[1]++;
                    if (c.dimension() >= full) {
                        decisive.putIfAbsent(c.stratum(), ranks[k]);
                    }
                    if (ranks[k] > probe[0]) {
                        probe[0] = ranks[k];
                        probeBest[0] = c.stratum();
                    }
                    halted[0] = probe[0] >= full || probe[1] >= probeBudget;
                }
                pending.clear();
            };
            StrataEnumerator.Stats probed = enumerator.enumerate(new StrataEnumerator.Visitor() {
                @Override
                public long threshold() {
                    return probe[0];
                }

                @Override
                public boolean visit(Stratum st, long orbitDimension) {
                    probe[2]++;
                    long dimension = orbitDimension - st.zeroCount();
                    if (Math.min(dimension, full) <= probe[0]) {
                        return true;
                    }
                    pending.add(new Candidate(st, Math.min(dimension, full), dimension));
                    if (pending.size() >= PROBE_BATCH) {
                        flush.run();
                    }
                    return !halted[0];
                }
            });
            if (!halted[0] && !pending.isEmpty()) {
                flush.run();
            }
            boolean probeStoppedEarly = probed.stoppedEarly() || halted[0];
            orbitsVisited += probed.orbitsVisited();
            skipped += probed.skippedBySymmetry();
            best = (int) probe[0];
            evaluated = probe[1];
            strataVisited += probe[2];
            bestStratum = probeBest[0];
            stopped = best >= full;
            progress.update(evaluated, ProgressListener.UNKNOWN);
            // rounds over the stratum dimension dim O - |Z|: round k takes tau_k < dimension <= tau_{k-1}
            long upper = Long.MAX_VALUE;
            long tau = Math.max(full - 1L, widths.parameterCount() - 1);
            long step = 1;
            while (!stopped && probeStoppedEarly) {
                final long floor = tau;
                final long ceiling = upper;
                List<Candidate> candidates = new ArrayList<>();
                StrataEnumerator.Collected collected = enumerator.collect(floor, (st, orbitDimension) -> {
                    long dimension = orbitDimension - st.zeroCount();
                    return dimension > floor && dimension <= ceiling;
                }, pool, CANDIDATE_CAP);
                orbitsVisited += collected.stats().orbitsVisited();
                skipped += collected.stats().skippedBySymmetry();
                progress.update(evaluated, ProgressListener.UNKNOWN);
                long top = Math.min(ceiling, widths.parameterCount());
                if (collected.stats().stoppedEarly()) {
                    if (top - floor > 1) {
                        // too many strata in the round: retry with one dimension at a time
                        tau = top - 1;
                        step = 1;
                        continue;
                    }
                    // one dimension with too many strata or orbits: every stratum left (dimension <= ceiling) is evaluated
                    // as the enumeration finds it, pruned by the best rank so far
                    long[] counters = {best, evaluated, 0, 0};
                    Stratum[] bestHere = {bestStratum};
                    StrataEnumerator.Stats streamed = enumerator.enumerate(new StrataEnumerator.Visitor() {
                        @Override
                        public long threshold() {
                            return counters[0];
                        }

                        @Override
                        public boolean visit(Stratum st, long orbitDimension) {
                            long dimension = orbitDimension - st.zeroCount();
                            if (dimension > ceiling) {
                                return true;
                            }
                            counters[2]++;
                            if (Math.min(dimension, full) <= counters[0]) {
                                return true;
                            }
                            counters[1]++;
                            int r = rank(st, seed);
                            if (dimension >= full) {
                                decisive.putIfAbsent(st, r);
                            }
                            if (r > counters[0]) {
                                counters[0] = r;
                                bestHere[0] = st;
                            }
                            return counters[0] < full;
                        }
                    });
                    orbitsVisited += streamed.orbitsVisited();
                    skipped += streamed.skippedBySymmetry();
                    best = (int) counters[0];
                    evaluated = counters[1];
                    strataVisited += counters[2];
                    bestStratum = bestHere[0];
                    stopped = best >= full;
                    break;
                } else {
                    for (StrataEnumerator.Found f : collected.strata()) {
                        long dimension = f.orbitDimension() - f.stratum().zeroCount();
                        candidates.add(new Candidate(f.stratum(), Math.min(dimension, full), dimension));
                    }
                    strataVisited += candidates.size();
                }
                // stable: ties keep the enumeration order
                candidates.sort(Comparator.comparingLong((Candidate c) -> c.dimension()).reversed());
                int batch = Math.max(1, options.threads());
                int next = 0;
                scan:
                while (next < candidates.size()) {
                    if (candidates.get(next).bound() <= best) {
                        break;
                    }
                    int end = Math.min(candidates.size(), next + batch);
                    int[] ranks = ranks(candidates.subList(next, end).stream().map(Candidate::stratum).toList(),
                            s -> rank(s, seed), pool);
                    for (int k = 0; k < ranks.length; k++) {
                        Candidate c = candidates.get(next + k);
                        if (c.bound() <= best) {
                            break scan;
                        }
                        evaluated++;
                        if (c.dimension() >= full) {
                            decisive.putIfAbsent(c.stratum(), ranks[k]);
                        }
                        if (ranks[k] > best) {
                            best = ranks[k];
                            bestStratum = c.stratum();
                        }
                        if (best >= full) {
                            stopped = true;
                            break scan;
                        }
                    }
                    next = end;
                    progress.update(evaluated, ProgressListener.UNKNOWN);
                }
                // what is left has dimension <= tau, so rank <= min(tau, full)
                if (stopped || best >= Math.min(tau, full) || tau < 0) {
                    break;
                }
                upper = tau;
                // first every stratum that could reach full, then down to the best rank
                tau = tau >= full ? Math.max(tau - step, full - 1L) : Math.max(Math.max(best, -1L), tau - step);
                step *= 2;
            }
            Optional<Stratum> top = Optional.ofNullable(bestStratum);
            // the certificate (on a worker, when there is one) and the float cross-check are independent
            Future<Optional<HessianCertificate>> certifying = best == full && top.isPresent() && full == UpperBound.of(widths).value()
                    ? submit(pool, () -> certify(widths, top.get(), seed)) : null;
            Optional<FloatRank> floatRank = top.map(s -> SvdRank.of(StratumTangent.floating(s, new Random(seed), tol).composite(), tol));
            Optional<HessianCertificate> certificate = certifying == null ? Optional.empty() : get(certifying);
            ConjectureResult.Verdict verdict;
            Optional<ConjectureResult.SecondRoute> second = Optional.empty();
            if (top.isPresent() && (floatRank.get().rank() != best || !floatRank.get().conclusive(tol))) {
                verdict = ConjectureResult.Verdict.UNDECIDED;
            } else if (best >= full) {
                verdict = ConjectureResult.Verdict.FAILS;
            } else if (top.isEmpty()) {
                verdict = ConjectureResult.Verdict.HOLDS; // A_H is empty: found by the enumeration, no rank involved
            } else {
                int reachingFull = decisive.size();
                decisive.putIfAbsent(top.get(), best);
                second = Optional.of(secondRoute(decisive, reachingFull, seed, pool));
                verdict = second.get().agrees() ? ConjectureResult.Verdict.HOLDS : ConjectureResult.Verdict.UNDECIDED;
            }
            return new ConjectureResult(widths, verdict, best, floatRank, full, top,
                    options.count() ? countStrata(widths) : Optional.empty(),
                    orbitsVisited, strataVisited, evaluated, skipped, stopped, certificate, second, tol, seed);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /**
     * The second route: each stratum that decides a {@code HOLDS} ranked again mod {@link #SECOND_FIELD}, at a point
     * drawn from {@link #secondSeed} (independent of the first point), compared with its rank mod {@code 2^61 - 1}.
     * Every stratum is ranked (in parallel on {@code pool}), and the first disagreement in order is kept.
     */
    static ConjectureResult.SecondRoute secondRoute(Map<Stratum, Integer> firstRanks, int reachingFull, long seed,
            ExecutorService pool) {
        List<Stratum> strata = new ArrayList<>(firstRanks.keySet());
        int[] second = ranks(strata, s -> rank(SECOND_FIELD, s, secondSeed(s, seed)), pool);
        Optional<ConjectureResult.Disagreement> disagreement = Optional.empty();
        for (int k = 0; k < second.length && disagreement.isEmpty(); k++) {
            int first = firstRanks.get(strata.get(k));
            if (first != second[k]) {
                disagreement = Optional.of(new ConjectureResult.Disagreement(strata.get(k), first, second[k]));
            }
        }
        return new ConjectureResult.SecondRoute(PrimeField.M61.p(), SECOND_FIELD.p(), strata.size(), reachingFull, disagreement);
    }

    /**
     * Evaluations of the probe: about {@link #PROBE_WORK} modular operations, a rank costing {@code T^2 K} for
     * {@code K} tangent directions; between 64 and 5000.
     */
    static long probeEvaluations(Widths widths) {
        double t = Math.max(1, widths.targetDimension());
        double k = Math.max(1, OrbitTangent.directionCount(widths));
        return Math.max(64, Math.min(5000, Math.round(PROBE_WORK / (t * t * k))));
    }

    /** The exact ranks of the strata by {@code rank}, in order; in parallel on {@code pool} when there is one. */
    private static int[] ranks(List<Stratum> batch, ToIntFunction<Stratum> rank, ExecutorService pool) {
        int[] out = new int[batch.size()];
        if (pool == null || batch.size() == 1) {
            for (int k = 0; k < out.length; k++) {
                out[k] = rank.applyAsInt(batch.get(k));
            }
            return out;
        }
        List<Future<Integer>> futures = new ArrayList<>();
        for (Stratum s : batch) {
            futures.add(pool.submit(() -> rank.applyAsInt(s)));
        }
        for (int k = 0; k < out.length; k++) {
            out[k] = get(futures.get(k));
        }
        return out;
    }

    /** {@code task} on {@code pool}, or run at once on the calling thread when there is no pool. */
    private static <T> Future<T> submit(ExecutorService pool, java.util.concurrent.Callable<T> task) {
        if (pool != null) {
            return pool.submit(task);
        }
        java.util.concurrent.FutureTask<T> f = new java.util.concurrent.FutureTask<>(task);
        f.run();
        return f;
    }

    /** The value of {@code f}; its exception rethrown as it was (a runtime exception or an error) or wrapped. */
    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    /** The exact rank mod {@code 2^61 - 1} of delta along the stratum, at a point drawn from {@link #stratumSeed}. */
    static int rank(Stratum s, long seed) {
        return ModMatrix.rank(StratumTangent.exactComposite(s, new SplittableRandom(stratumSeed(s, seed)), false));
    }

    /** The exact rank mod the field's prime of delta along the stratum, at a point of that field drawn from {@code pointSeed}. */
    static int rank(PrimeField f, Stratum s, long pointSeed) {
        return ModMatrix.rank(f, StratumTangent.exactComposite(f, s, new SplittableRandom(pointSeed), false));
    }

    /**
     * The seed of the stratum's second-route point: {@link #stratumSeed} of a decision seed moved by a fixed odd
     * constant, so the second point comes from another stream than the first.
     */
    static long secondSeed(Stratum s, long seed) {
        return secondSeed(s.orbit(), seed);
    }

    /** The seed of an orbit's second-route point: {@link #orbitSeed} of the decision seed moved by a fixed odd constant. */
    static long secondSeed(Orbit orbit, long seed) {
        return orbitSeed(orbit, seed ^ 0x5DEECE66DA3B9F27L);
    }

    /** A seed for the stratum's random point that depends only on the decision seed and the orbit. */
    static long stratumSeed(Stratum s, long seed) {
        return orbitSeed(s.orbit(), seed);
    }

    /** A seed for a random point of the orbit that depends only on the decision seed and the orbit's multiplicities. */
    static long orbitSeed(Orbit orbit, long seed) {
        int n = orbit.widths().depth();
        long h = seed * 0x9E3779B97F4A7C15L + 0x2545F4914F6CDD1DL;
        for (int a = 0; a <= n; a++) {
            for (int b = a; b <= n; b++) {
                h = (h ^ orbit.multiplicity(a, b)) * 0xBF58476D1CE4E5B9L;
                h ^= h >>> 31;
            }
        }
        return new SplittableRandom(h).nextLong();
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
            BigInteger[][] m = dlnkit.exact.IntegerMatrix.multiply(dlnkit.exact.IntegerMatrix.multiply(p.g()[0], c), p.gInverse()[n]);
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
                BigInteger[][] xi0 = dlnkit.exact.IntegerMatrix.multiply(dlnkit.exact.IntegerMatrix.multiply(p.g()[0], eta0), p.gInverse()[0]);
                BigInteger[][] xiN = dlnkit.exact.IntegerMatrix.multiply(dlnkit.exact.IntegerMatrix.multiply(p.g()[n], etaN), p.gInverse()[n]);
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

    /**
     * The T x (candidates) matrix mod p of d delta along every candidate direction, by the builder's own route
     * ({@link StratumDifferential} at the point's residues); the verifier recomputes the chosen columns in integers.
     */
    private static long[][] candidateColumns(HessianCertificate c) {
        Widths widths = c.widths();
        int n = widths.depth();
        long[][][] w = new long[n][][];
        for (int t = 1; t <= n; t++) {
            w[t - 1] = residues(HessianCertificate.array(c.point().get(t - 1)));
        }
        StratumDifferential diff = new StratumDifferential(widths, w);
        List<long[]> cols = new ArrayList<>();
        for (OrbitTangent.Direction d : c.inner()) {
            cols.add(diff.direction(d));
        }
        for (HessianCertificate.EndDirection e : c.ends()) {
            cols.add(diff.end(residues(HessianCertificate.array(e.xi0())), residues(HessianCertificate.array(e.xiN()))));
        }
        int rows = diff.rows();
        long[][] out = new long[rows][cols.size()];
        for (int k = 0; k < cols.size(); k++) {
            for (int r = 0; r < rows; r++) {
                out[r][k] = cols.get(k)[r];
            }
        }
        return out;
    }

    private static long[][] residues(BigInteger[][] m) {
        long[][] out = new long[m.length][];
        for (int r = 0; r < m.length; r++) {
            out[r] = new long[m[r].length];
            for (int col = 0; col < m[r].length; col++) {
                out[r][col] = ModP.of(m[r][col]);
            }
        }
        return out;
    }
}
