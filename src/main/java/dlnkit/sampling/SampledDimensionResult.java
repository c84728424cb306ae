package dlnkit.sampling;

import dlnkit.conjecture.RestrictionResult;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.ZeroConditions;
import java.util.List;
import java.util.Locale;

/**
 * The sampling route's {@code dim closure(delta(V))} ({@link SampledDimension}) with its evidence, and
 * its comparison with the orbit method.
 *
 * <p>What it is worth: float evidence, not proof. Each sample's rank is a float rank with its gap;
 * at a smooth point of a reduced component it is that component's image dimension, so the maximum is
 * a lower bound for {@code dim closure(delta(V))} unless some sample's Zariski tangent space is larger
 * than its orbit ({@link SampledPoint#excessNullity()}), and it is the dimension only if a sample
 * landed on a component of largest image.
 *
 * @param widths the widths
 * @param conditions the subvariety
 * @param samples the samples, in order
 * @param reference the orbit method's result it is compared with
 * @param verdict the outcome of the comparison
 * @param explanation the comparison in words
 * @param tolerances the tolerances used
 * @param seed the seed of the starting points
 */
public record SampledDimensionResult(Widths widths, ZeroConditions conditions, List<SampledPoint> samples,
        RestrictionResult reference, SamplingComparison.Verdict verdict, String explanation, Tolerances tolerances,
        long seed) {

    public SampledDimensionResult {
        samples = List.copyOf(samples);
        Checks.require(!samples.isEmpty(), "samples", "at least one", 0);
    }

    /** The largest rank over the converged samples; -1 when none converged. */
    public int maxRank() {
        return SampledDimension.maxRank(samples);
    }

    public long convergedCount() {
        return samples.stream().filter(SampledPoint::converged).count();
    }

    /** True when some sample converged and the largest sampled rank equals {@code r}'s exact dimension. */
    public boolean agreesWith(RestrictionResult r) {
        return convergedCount() > 0 && maxRank() == r.exactDimension();
    }

    /** {@link #agreesWith} the orbit-method result it was compared with. */
    public boolean agrees() {
        return agreesWith(reference);
    }

    /** True when every converged sample's ranks have conclusive gaps. */
    public boolean conclusive() {
        return convergedCount() > 0
                && samples.stream().filter(SampledPoint::converged).allMatch(p -> p.conclusive(tolerances));
    }

    public String summary() {
        return String.format(Locale.ROOT, "sampled dim delta(V) = %d (%d of %d samples converged%s), orbit method %d: %s; seed %d",
                maxRank(), convergedCount(), samples.size(), conclusive() ? "" : ", some gaps inconclusive",
                reference.exactDimension(), verdict, seed);
    }
}
