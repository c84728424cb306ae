package dlnkit.census;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ShardsTest {
    /** Greedy LPT: every shard's load is within the largest single cost of the lightest shard's. */
    @Test
    void sharesAreBalancedByCostAndDeterministic() {
        Family f = Family.range(6, 1, 3, Family.Ends.ALL);
        double[] costs = f.members().stream().mapToDouble(m -> Shards.cost(m.widths())).toArray();
        for (int k : new int[] {1, 2, 3, 7}) {
            int[] a = Shards.assign(costs, k);
            assertArrayEquals(a, Shards.assign(costs.clone(), k));
            double[] load = new double[k];
            for (int i = 0; i < a.length; i++) {
                assertTrue(a[i] >= 0 && a[i] < k);
                load[a[i]] += costs[i];
            }
            double max = Arrays.stream(load).max().orElseThrow();
            double min = Arrays.stream(load).min().orElseThrow();
            double largest = Arrays.stream(costs).max().orElseThrow();
            assertTrue(max - min <= largest, k + " shards: loads " + Arrays.toString(load));
        }
    }

    /** The cost proxy grows with the work: more orbits and parameters. */
    @Test
    void costGrowsWithWidthAndDepth() {
        assertTrue(Shards.cost(dlnkit.model.Widths.of(2, 2, 2, 2)) < Shards.cost(dlnkit.model.Widths.of(2, 3, 3, 2)));
        assertTrue(Shards.cost(dlnkit.model.Widths.constant(4, 2)) < Shards.cost(dlnkit.model.Widths.constant(6, 2)));
    }

    @Test
    void shardSpecsAreChecked() {
        assertEquals(new Shards.Spec(2, 5), Shards.Spec.parse(" 2/5 "));
        assertEquals("all", Shards.Spec.all().toString());
        for (String bad : new String[] {"5/5", "-1/3", "1", "a/b", "1/0", "1/2/3"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shards.Spec.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("--shard"), e.getMessage());
        }
    }
}
