package dlnkit.image;

import java.util.Locale;

/**
 * A Jacobian rank computed exactly modulo the prime {@code p} at an integer point drawn from a seed.
 *
 * <p>What it proves: the rank mod p at an integer point is a lower bound for the generic rank over
 * {@code Q}. When it equals the number of rows, delta (restricted as computed) is dominant, and that
 * is a proof. Otherwise it equals the generic rank except with probability at most
 * {@link #errorBound()} (Schwartz-Zippel).
 *
 * @param rank the rank mod p
 * @param rows rows of the Jacobian (the target dimension)
 * @param cols columns (the parameters or tangent directions)
 * @param prime the prime
 * @param seed the seed the point was drawn from
 * @param method how the rank was computed
 */
public record ExactRank(int rank, long rows, long cols, long prime, long seed, String method) {

    /** True when the rank equals the number of rows: a proof of dominance. */
    public boolean full() {
        return rank == rows;
    }

    /** Bound on the probability that the generic rank exceeds {@link #rank}: {@code min(rows, cols) / p}. */
    public double errorBound() {
        return full() ? 0 : (double) Math.min(rows, cols) / prime;
    }

    public String summary() {
        String evidence = full()
                ? "full rank: proof of dominance"
                : String.format(Locale.ROOT, "a proven lower bound; equals the generic rank except with probability <= %.1e", errorBound());
        return String.format(Locale.ROOT, "exact rank %d mod p = %d (%s, seed %d): %s",
                rank, prime, method, seed, evidence);
    }
}
