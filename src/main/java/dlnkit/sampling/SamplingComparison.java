package dlnkit.sampling;

import dlnkit.conjecture.RestrictionResult;
import dlnkit.image.OrbitPoints;
import dlnkit.image.OrbitTangent;

import dlnkit.exact.ModMatrix;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.Orbit;
import dlnkit.variety.OrbitClosures;
import dlnkit.variety.PathRanks;
import dlnkit.variety.ZeroConditions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Compares the sampling route with the orbit method and explains a disagreement as far as the
 * samples allow. The explanation uses orbits (it reads the orbit of each sample from its path
 * ranks); the sampled answer does not.
 *
 * <ul>
 *   <li>Sampling higher is explained when every sample attaining the maximum has a Zariski tangent
 *       space (null space of {@code dF}) larger than its orbit, and {@code J_delta} has rank at most
 *       the orbit method's answer on the orbit's own tangent space at that point. If the orbit is
 *       dense in a component of {@code V} (a random point of a component lies in its dense orbit),
 *       the scheme cut out by the equations is non-reduced along that component; if not, the sample
 *       lies on a lower stratum and the scheme is singular there (at a smooth point of a reduced
 *       component the rank is at most that component's generic rank).</li>
 *   <li>Sampling lower is explained as a missed component when no sample's orbit has the orbit
 *       method's best orbit in its closure (ranks are lower semicontinuous, so a sample above the best
 *       orbit would reach the best rank).</li>
 *   <li>Anything else is reported as unexplained, with the exact rank mod p on the orbit of the
 *       offending sample when one was read, which decides between the two routes on that orbit.</li>
 * </ul>
 *
 * @param verdict the kind of outcome
 * @param explanation what was found, in words, with the numbers it rests on
 */
public record SamplingComparison(Verdict verdict, String explanation) {
    /** Orbits of {@code V} are looked through (to tell a component from a lower stratum) up to this count. */
    public static final int COMPONENT_CHECK_LIMIT = 100_000;

    /** The kinds of outcome. */
    public enum Verdict {
        /** the largest sampled rank equals the orbit method's dimension */
        AGREE,
        /** sampling is higher, explained by Zariski tangent spaces larger than the orbits of the samples */
        ZARISKI_EXCESS,
        /** sampling is lower, and no sample landed on an orbit above the best one */
        MISSED_COMPONENT,
        /** the routes disagree and the diagnostics do not explain it: one of them is wrong */
        UNEXPLAINED,
        /** no sample converged */
        INCONCLUSIVE
    }

    public static SamplingComparison of(List<SampledPoint> samples, RestrictionResult reference, Tolerances tol) {
        List<SampledPoint> converged = samples.stream().filter(SampledPoint::converged).toList();
        if (converged.isEmpty()) {
            return new SamplingComparison(Verdict.INCONCLUSIVE, "inconclusive: none of the " + samples.size()
                    + " samples converged within " + Projection.MAX_ITERATIONS + " Gauss-Newton steps");
        }
        int best = reference.exactDimension();
        int max = converged.stream().mapToInt(p -> p.rank().rank()).max().orElseThrow();
        List<SampledPoint> top = converged.stream().filter(p -> p.rank().rank() == max).toList();
        StringBuilder notes = new StringBuilder();
        notes.append(" Samples landed on: ").append(landings(converged)).append('.');
        if (converged.size() < samples.size()) {
            notes.append(' ').append(samples.size() - converged.size()).append(" of ").append(samples.size())
                    .append(" samples did not converge and are left out.");
        }
        long weak = converged.stream().filter(p -> !p.conclusive(tol)).count();
        if (weak > 0) {
            notes.append(' ').append(weak).append(" converged sample(s) have an inconclusive rank gap.");
        }
        for (SampledPoint p : converged) {
            if (p.recognition().orbit().isPresent() && p.excessNullity() == 0 && p.rank().rank() != p.orbitRank().rank()) {
                notes.append(" Sample ").append(p.index()).append(": rank ").append(p.rank().rank())
                        .append(" on the null space of dF but ").append(p.orbitRank().rank())
                        .append(" on the orbit tangent space, though both have dimension ").append(p.nullity())
                        .append(": a float rank is off.");
            }
        }
        if (max == best) {
            StringBuilder text = new StringBuilder("agree: the largest sampled rank is " + max + " (" + top.size()
                    + " of " + converged.size() + " converged samples, first: sample " + top.get(0).index() + " on "
                    + orbitName(top.get(0)) + "), the orbit method's dimension is " + best + ".");
            if (top.stream().allMatch(p -> p.excessNullity() > 0)) {
                text.append(" Caution: at every sample attaining it the Zariski tangent space is larger than the orbit"
                        + " the sample lies on (sample ").append(top.get(0).index()).append(": nullity ")
                        .append(top.get(0).nullity()).append(" > orbit dimension ").append(top.get(0).orbitDimension())
                        .append("): the sampled rank was not read on the tangent space of a dense orbit, so the"
                        + " agreement may be a coincidence.");
            }
            return new SamplingComparison(Verdict.AGREE, text + notes.toString());
        }
        if (max > best) {
            return higher(top, reference, notes.toString());
        }
        return lower(converged, reference, notes.toString());
    }

    private static SamplingComparison higher(List<SampledPoint> top, RestrictionResult reference, String notes) {
        int best = reference.exactDimension();
        int max = top.get(0).rank().rank();
        boolean explained = top.stream().allMatch(p -> p.excessNullity() > 0 && p.orbitRank().rank() <= best);
        if (explained) {
            SampledPoint p = top.get(0);
            Orbit orbit = p.recognition().orbit().orElseThrow();
            String where = switch (componentStatus(orbit, reference.conditions())) {
                case "component" -> " The orbit is dense in an irreducible component of V and the point is random on it,"
                        + " so the scheme F = 0 is non-reduced along that component: its Zariski tangent space is larger"
                        + " than the variety's everywhere on it.";
                case "lower" -> " The orbit is not dense in a component of V (it lies in the closure of a larger orbit"
                        + " of V): Gauss-Newton landed on a lower stratum, and since at a smooth point of a reduced"
                        + " component the rank cannot exceed that component's generic rank, the scheme F = 0 is"
                        + " singular at the point (components meet there, or one is singular or non-reduced).";
                default -> " Whether the scheme F = 0 is non-reduced along the component or the point is singular was"
                        + " not decided (V has too many orbits to look through).";
            };
            return new SamplingComparison(Verdict.ZARISKI_EXCESS, "disagree, explained: the sampled rank " + max
                    + " exceeds the orbit method's " + best + " because at every sample attaining it the null space of"
                    + " dF is larger than the tangent space of V: at sample " + p.index() + " the nullity is "
                    + p.nullity() + " but the point lies on orbit " + orbit + " of dimension " + p.orbitDimension()
                    + " (orbit tangent rank at the point " + p.orbitTangent().rank() + "), and J_delta has rank "
                    + p.orbitRank().rank() + " <= " + best + " on the orbit's tangent space there." + where
                    + " The orbit method's answer stands." + notes);
        }
        SampledPoint p = top.stream().filter(q -> q.excessNullity() == 0).findFirst().orElse(top.get(0));
        return new SamplingComparison(Verdict.UNEXPLAINED, "disagree, NOT explained: sample " + p.index()
                + " has rank " + p.rank().rank() + " > the orbit method's " + best + ", with nullity " + p.nullity()
                + " on " + orbitName(p) + " of dimension " + p.orbitDimension() + " and rank " + p.orbitRank().rank()
                + " on the orbit tangent space at the point." + exactCheck(p, reference)
                + " Either the orbit method missed an orbit or a float rank is wrong." + notes);
    }

    private static SamplingComparison lower(List<SampledPoint> converged, RestrictionResult reference, String notes) {
        int best = reference.exactDimension();
        int max = converged.stream().mapToInt(p -> p.rank().rank()).max().orElseThrow();
        PathRanks bestRanks = PathRanks.of(reference.bestOrbit());
        Optional<SampledPoint> above = converged.stream()
                .filter(p -> p.recognition().orbit().isPresent() && p.recognition().ranks().atLeast(bestRanks))
                .findFirst();
        if (above.isPresent()) {
            SampledPoint p = above.get();
            return new SamplingComparison(Verdict.UNEXPLAINED, "disagree, NOT explained: sample " + p.index()
                    + " lies on " + orbitName(p) + ", whose closure contains the best orbit " + reference.bestOrbit()
                    + ", so its rank should be at least " + best + ", but it is " + p.rank().rank() + "."
                    + exactCheck(p, reference) + " A float rank or the orbit method's rank is wrong." + notes);
        }
        long unread = converged.stream().filter(p -> p.recognition().orbit().isEmpty()).count();
        return new SamplingComparison(Verdict.MISSED_COMPONENT, "disagree, explained as a missed component: the"
                + " largest sampled rank " + max + " is below the orbit method's " + best + ", and no sample landed on"
                + " an orbit whose closure contains the best orbit " + reference.bestOrbit() + " (dimension "
                + reference.bestOrbit().dimension() + "). Gauss-Newton reaches each component only with some"
                + " probability; more samples or another seed may reach it."
                + (unread > 0 ? " Uncertain: the orbit of " + unread + " sample(s) could not be read." : "") + notes);
    }

    /** The exact rank mod p of J_delta on the sample's orbit, at a random point of it. */
    private static String exactCheck(SampledPoint p, RestrictionResult reference) {
        Optional<Orbit> orbit = p.recognition().orbit();
        if (orbit.isEmpty()) {
            return " Its orbit could not be read from the path ranks.";
        }
        Orbit o = orbit.get();
        if (!o.liesIn(reference.conditions())) {
            return " Its orbit " + o + " does not lie in V: the point is not on V or a path rank was misread.";
        }
        int exact = ModMatrix.rank(OrbitTangent.exactComposite(o.widths(),
                OrbitPoints.exact(o, new SplittableRandom(reference.seed()))));
        return " On that orbit the exact rank mod p is " + exact + ".";
    }

    private static String componentStatus(Orbit orbit, ZeroConditions v) {
        if (!orbit.liesIn(v)) {
            return "unknown";
        }
        return OrbitClosures.isComponent(orbit, v, COMPONENT_CHECK_LIMIT).map(c -> c ? "component" : "lower")
                .orElse("unknown");
    }

    private static String orbitName(SampledPoint p) {
        return p.recognition().orbit().map(o -> "orbit " + o).orElse("an unrecognized orbit");
    }

    /** {@code "[0,2]x1 ... (3 samples, rank 9, nullity 12)"}, one entry per orbit reached, in order of first landing. */
    private static String landings(List<SampledPoint> converged) {
        Map<String, List<SampledPoint>> by = new LinkedHashMap<>();
        for (SampledPoint p : converged) {
            by.computeIfAbsent(orbitName(p), k -> new ArrayList<>()).add(p);
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<SampledPoint>> e : by.entrySet()) {
            List<SampledPoint> ps = e.getValue();
            int lo = ps.stream().mapToInt(p -> p.rank().rank()).min().orElseThrow();
            int hi = ps.stream().mapToInt(p -> p.rank().rank()).max().orElseThrow();
            parts.add(e.getKey() + " (" + ps.size() + " sample" + (ps.size() == 1 ? "" : "s") + ", dimension "
                    + ps.get(0).orbitDimension() + ", nullity " + ps.get(0).nullity() + ", rank "
                    + (lo == hi ? String.valueOf(lo) : lo + ".." + hi) + ")");
        }
        return String.join("; ", parts);
    }
}
