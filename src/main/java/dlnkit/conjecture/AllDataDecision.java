package dlnkit.conjecture;

import dlnkit.certificate.Certificate;
import dlnkit.image.ImageDimension;
import dlnkit.image.OrbitPoints;
import dlnkit.image.OrbitTangent;

import dlnkit.exact.ModMatrix;
import dlnkit.exact.PrimeField;
import dlnkit.model.Widths;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.SvdRank;
import dlnkit.numeric.Tolerances;
import dlnkit.hessian.AllDataHessianVariety;
import dlnkit.progress.ProgressListener;
import dlnkit.variety.Orbit;
import dlnkit.variety.OrbitEnumerator;
import dlnkit.variety.ZeroConditions;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Decides the main conjecture for the all-data notion: {@code A_H^all} (the points where gradient and Hessian vanish
 * for every data) is the union of the components {@code V(b1, b2)} of {@link AllDataHessianVariety}, each a union of
 * orbits, so {@code dim closure(delta(A_H^all))} is the largest rank of delta along an orbit inside some component.
 * The orbits of every component are enumerated with one shared pruning threshold (an orbit whose dimension cannot
 * beat the best rank so far is skipped); for palindromic widths, a component and its mirror image have the same
 * image dimension (reversal), so only one of each pair is enumerated; the search stops as soon as the rank reaches
 * {@code dim closure(im delta)}, and a failure with {@code dim closure(im delta) = T} is certified by a dominance
 * certificate on the component ({@link RestrictedDimension#certify}).
 */
public final class AllDataDecision {
    private AllDataDecision() {
    }

    public static AllDataResult decide(Widths widths, long seed, Tolerances tol) {
        return decide(widths, seed, tol, ProgressListener.NONE);
    }

    /**
     * The components whose orbits are enumerated: all of them, except that for palindromic widths only one of each
     * mirror pair {@code V(b1, b2)}, {@code V(N - b2, N - b1)} is kept.
     */
    public static List<ZeroConditions> componentsToEnumerate(Widths widths) {
        List<ZeroConditions> all = AllDataHessianVariety.components(widths.depth());
        boolean palindromic = widths.equals(widths.reversed());
        return all.stream()
                .filter(v -> !palindromic || v.toString().compareTo(v.reversed().toString()) <= 0 || !all.contains(v.reversed()))
                .toList();
    }

    /** As {@link #decide(Widths, long, Tolerances)}; {@code progress} hears the components done, out of all to enumerate. */
    public static AllDataResult decide(Widths widths, long seed, Tolerances tol, ProgressListener progress) {
        int n = widths.depth();
        int full = ImageDimension.exactRank(widths, seed).rank();
        List<ZeroConditions> all = AllDataHessianVariety.components(n);
        List<ZeroConditions> todo = componentsToEnumerate(widths);
        SplittableRandom rng = new SplittableRandom(seed);
        int[] best = {-1};
        Orbit[] bestOrbit = {null};
        ZeroConditions[] bestComponent = {null};
        long[] evaluated = {0};
        // the orbits that decide a HOLDS: every evaluated orbit whose dimension (a proven bound on its rank) reaches the
        // full dimension, with its first-route rank; the best orbit is added at the end
        java.util.Map<Orbit, Integer> decisive = new java.util.LinkedHashMap<>();
        long visited = 0;
        boolean stopped = false;
        int done = 0;
        for (ZeroConditions v : todo) {
            OrbitEnumerator.Stats stats = new OrbitEnumerator(widths, v).enumerate(new OrbitEnumerator.Visitor() {
                @Override
                public long threshold() {
                    return best[0];
                }

                @Override
                public boolean visit(long orbitDimension, Supplier<Orbit> supplier) {
                    if (Math.min(orbitDimension, full) <= best[0]) {
                        return true;
                    }
                    Orbit orbit = supplier.get();
                    evaluated[0]++;
                    int rank = ModMatrix.rank(OrbitTangent.exactComposite(widths, OrbitPoints.exact(orbit, rng)));
                    if (orbitDimension >= full) {
                        decisive.put(orbit, rank);
                    }
                    if (rank > best[0]) {
                        best[0] = rank;
                        bestOrbit[0] = orbit;
                        bestComponent[0] = v;
                    }
                    return best[0] < full;
                }
            });
            visited += stats.orbitsVisited();
            progress.update(++done, todo.size(), evaluated[0] + " orbits evaluated");
            if (best[0] >= full) {
                stopped = true;
                break;
            }
        }
        Optional<Orbit> top = Optional.ofNullable(bestOrbit[0]);
        Optional<FloatRank> floatRank = top.map(o -> SvdRank.of(OrbitTangent.floatComposite(OrbitPoints.floating(o, new Random(seed))), tol));
        Optional<Certificate> certificate = top.isPresent() && best[0] == widths.targetDimension()
                ? RestrictedDimension.certify(widths, bestComponent[0], top.get(), seed) : Optional.empty();
        ConjectureResult.Verdict verdict;
        if (top.isPresent() && (floatRank.get().rank() != best[0] || !floatRank.get().conclusive(tol))) {
            verdict = ConjectureResult.Verdict.UNDECIDED;
        } else {
            verdict = best[0] >= full ? ConjectureResult.Verdict.FAILS : ConjectureResult.Verdict.HOLDS;
        }
        Optional<AllDataResult.SecondRoute> second = Optional.empty();
        if (verdict == ConjectureResult.Verdict.HOLDS && top.isPresent()) {
            int reachingFull = decisive.size();
            decisive.putIfAbsent(top.get(), best[0]);
            second = Optional.of(secondRoute(widths, decisive, reachingFull, seed));
            if (second.get().disagreement().isPresent()) {
                verdict = ConjectureResult.Verdict.UNDECIDED;
            }
        }
        return new AllDataResult(widths, verdict, best[0], floatRank, full, Optional.ofNullable(bestComponent[0]), top, all.size(),
                done, visited, evaluated[0], stopped, certificate, second, tol, seed);
    }

    /**
     * The second route behind a {@code HOLDS}: each deciding orbit ranked again modulo
     * {@link ConjectureDecision#SECOND_FIELD} at a point drawn from a second seed, compared with its first-route rank.
     */
    static AllDataResult.SecondRoute secondRoute(Widths widths, java.util.Map<Orbit, Integer> firstRanks, int reachingFull, long seed) {
        Optional<AllDataResult.OrbitDisagreement> disagreement = Optional.empty();
        for (java.util.Map.Entry<Orbit, Integer> e : firstRanks.entrySet()) {
            int second = rank(ConjectureDecision.SECOND_FIELD, e.getKey(), ConjectureDecision.secondSeed(e.getKey(), seed));
            if (second != e.getValue()) {
                disagreement = Optional.of(new AllDataResult.OrbitDisagreement(e.getKey(), e.getValue(), second));
                break;
            }
        }
        return new AllDataResult.SecondRoute(PrimeField.M61.p(), ConjectureDecision.SECOND_FIELD.p(), firstRanks.size(), reachingFull,
                disagreement);
    }

    /** The rank modulo the field's prime of delta along the orbit, at a point of that field drawn from {@code pointSeed}. */
    static int rank(PrimeField f, Orbit orbit, long pointSeed) {
        Widths widths = orbit.widths();
        long[][][] w = OrbitPoints.exactWithGroup(f, orbit, new SplittableRandom(pointSeed)).w();
        long[][] composite = ModMatrix.multiply(f, OrbitTangent.exactDeltaJacobian(f, widths, w),
                OrbitTangent.exactTangents(f, widths, w, OrbitTangent.allDirections(widths)));
        return ModMatrix.rank(f, composite);
    }
}
