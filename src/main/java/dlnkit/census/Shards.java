package dlnkit.census;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import dlnkit.variety.OrbitEnumerator;
import dlnkit.variety.ZeroConditions;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Shares of a census for a cluster: shard {@code i} of {@code k} gets a deterministic share of the family, balanced
 * by estimated cost with the greedy longest-processing-time rule (classes by decreasing cost, each to the shard with
 * the smallest load so far; ties by family order and by shard index).
 */
public final class Shards {
    /** Orbit counts above this are not computed; such a vector is costed at this bound. */
    static final int ORBIT_STATE_LIMIT = 100_000;

    private Shards() {
    }

    /** Shard {@code index} of {@code count} ({@code 0 <= index < count}); {@code 0/1} is the whole family. */
    public record Spec(int index, int count) {
        public Spec {
            Checks.require(count >= 1 && count <= 100_000, "--shard", "i/k with 1 <= k <= 100000", index + "/" + count);
            Checks.require(index >= 0 && index < count, "--shard", "i/k with 0 <= i < k", index + "/" + count);
        }

        public static Spec parse(String text) {
            String[] parts = text == null ? new String[0] : text.trim().split("/", -1);
            try {
                Checks.require(parts.length == 2, "--shard", "i/k such as 0/4", text);
                return new Spec(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            } catch (NumberFormatException e) {
                throw Checks.failure("--shard", "i/k with integers such as 0/4", text);
            }
        }

        public static Spec all() {
            return new Spec(0, 1);
        }

        @Override
        public String toString() {
            return count == 1 ? "all" : index + "/" + count;
        }
    }

    /**
     * The estimated cost of deciding {@code w}: the number of orbits of {@code prod GL(d_t)} on parameter space (the
     * decision walks the strata of these orbits) times the number of parameters (the size of each rank computation).
     */
    public static double cost(Widths w) {
        Optional<BigInteger> orbits = new OrbitEnumerator(w, ZeroConditions.none(w.depth())).count(ORBIT_STATE_LIMIT);
        double o = orbits.map(BigInteger::doubleValue).orElse((double) ORBIT_STATE_LIMIT * 10);
        return o * Math.max(1, w.parameterCount());
    }

    /** The shard of each member under the greedy rule, for {@code count} shards. */
    public static int[] assign(double[] costs, int count) {
        int[] shard = new int[costs.length];
        double[] load = new double[count];
        List<Integer> order = IntStream.range(0, costs.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -costs[i]).thenComparingInt(i -> i)).toList();
        for (int i : order) {
            int best = 0;
            for (int s = 1; s < count; s++) {
                if (load[s] < load[best]) {
                    best = s;
                }
            }
            shard[i] = best;
            load[best] += costs[i];
        }
        return shard;
    }
}
