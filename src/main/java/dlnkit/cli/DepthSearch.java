package dlnkit.cli;

import dlnkit.conjecture.ConjectureDecision;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The main conjecture decided for constant width at depths 2, 3, ... (what {@code dlnkit search} prints): every verdict
 * in depth order, up to the first failure, or up to {@code maxDepth} with {@code all}.
 *
 * @param width the constant width
 * @param maxDepth the largest depth searched
 * @param all whether the search went on past the first failure
 * @param seed the seed of every decision
 * @param verdicts the decisions, depth 2 first, one per depth
 */
record DepthSearch(int width, int maxDepth, boolean all, long seed, List<ConjectureResult> verdicts) {
    DepthSearch {
        verdicts = List.copyOf(verdicts);
        for (int i = 0; i < verdicts.size(); i++) {
            dlnkit.model.Checks.require(verdicts.get(i).widths().equals(Widths.constant(i + 2, width)), "verdicts",
                    "constant width " + width + " at depths 2, 3, ... in order", verdicts.get(i).widths());
        }
    }

    /** Decides depth after depth, stopping at the first failure unless {@code all}; {@code progress} receives depth - 1. */
    static DepthSearch run(int width, int maxDepth, boolean all, long seed, ConjectureDecision.Options options, IntConsumer progress) {
        List<ConjectureResult> results = new ArrayList<>();
        for (int depth = 2; depth <= maxDepth; depth++) {
            ConjectureResult r = ConjectureDecision.decide(Widths.constant(depth, width), seed, Tolerances.DEFAULT, options);
            results.add(r);
            progress.accept(depth - 1);
            if (r.verdict() == ConjectureResult.Verdict.FAILS && !all) {
                break;
            }
        }
        return new DepthSearch(width, maxDepth, all, seed, results);
    }

    /** The decision at the smallest failing depth, if one was found. */
    Optional<ConjectureResult> smallestFailure() {
        return verdicts.stream().filter(r -> r.verdict() == ConjectureResult.Verdict.FAILS).findFirst();
    }

    /** The smallest failing depth, or null. */
    Integer smallestFailingDepth() {
        return smallestFailure().map(r -> r.widths().depth()).orElse(null);
    }

    /** The decisions below the smallest failing depth (all of them when none fails). */
    List<ConjectureResult> belowFailure() {
        Integer first = smallestFailingDepth();
        return verdicts.stream().filter(r -> first == null || r.widths().depth() < first).toList();
    }

    /** Some depth is undecided (exact and float disagree). */
    boolean undecided() {
        return verdicts.stream().anyMatch(r -> r.verdict() == ConjectureResult.Verdict.UNDECIDED);
    }
}
