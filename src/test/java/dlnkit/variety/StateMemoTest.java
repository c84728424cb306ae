package dlnkit.variety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link StateMemo} against a {@code HashMap} of boxed keys: the same answers for every key, kept or not. */
class StateMemoTest {
    private static List<Integer> boxed(int[] key, int length) {
        return Arrays.stream(key, 0, length).boxed().toList();
    }

    @Test
    void answersAsAHashMapDoesThroughManyGrowths() {
        SplittableRandom rng = new SplittableRandom(7);
        StateMemo memo = new StateMemo(Integer.MAX_VALUE);
        Map<List<Integer>, Long> reference = new HashMap<>();
        for (int step = 0; step < 60_000; step++) {
            int length = rng.nextInt(0, 12);
            int[] key = new int[length + rng.nextInt(0, 3)]; // entries past length must be ignored
            for (int k = 0; k < key.length; k++) {
                key[k] = rng.nextInt(0, rng.nextBoolean() ? 4 : 256);
            }
            Long expected = reference.get(boxed(key, length));
            long got = memo.get(key, length);
            assertEquals(expected == null ? StateMemo.MISSING : expected, got, Arrays.toString(key) + " / " + length);
            if (expected == null) {
                long value = rng.nextLong();
                assertTrue(memo.put(key, length, value));
                reference.put(boxed(key, length), value);
            }
        }
        assertEquals(reference.size(), memo.size());
        assertTrue(memo.size() > 40_000, "the table grew many times (from 256 slots): " + memo.size());
    }

    @Test
    void keysDifferingOnlyInLengthAreDifferent() {
        StateMemo memo = new StateMemo(10);
        assertTrue(memo.put(new int[] {0, 0, 0}, 2, 5));
        assertEquals(StateMemo.MISSING, memo.get(new int[] {0, 0, 0}, 3));
        assertEquals(StateMemo.MISSING, memo.get(new int[] {0, 0, 0}, 1));
        assertEquals(5, memo.get(new int[] {0, 0, 7}, 2));
    }

    @Test
    void aFullMemoOrAnEntryOutOfRangeKeepsNothing() {
        StateMemo memo = new StateMemo(2);
        assertTrue(memo.put(new int[] {1}, 1, 10));
        assertFalse(memo.put(new int[] {256}, 1, 11), "256 does not fit a byte");
        assertFalse(memo.put(new int[] {-1}, 1, 11));
        assertEquals(StateMemo.MISSING, memo.get(new int[] {256}, 1));
        assertFalse(memo.full());
        assertTrue(memo.put(new int[] {2}, 1, 12));
        assertTrue(memo.full());
        assertFalse(memo.put(new int[] {3}, 1, 13));
        assertEquals(StateMemo.MISSING, memo.get(new int[] {3}, 1));
        assertEquals(10, memo.get(new int[] {1}, 1));
        assertEquals(12, memo.get(new int[] {2}, 1));
        assertEquals(2, memo.size());
    }
}
