package dlnkit.variety;

/**
 * An exact map from short sequences of small integers (each in {@code 0..255}) to {@code long} values, kept in flat
 * arrays: the keys one after another in a byte arena (a length byte, then the entries), an open-addressing table of
 * arena offsets and one of values. About 70 bytes per entry for the orbit search's keys of some 30 entries, a third
 * of what a {@code HashMap} of boxed keys and values takes. It holds at most {@code limit} entries; a key it cannot
 * hold (the memo full, or an entry outside {@code 0..255}) is not kept, and the caller goes on without it. Not
 * thread-safe.
 */
final class StateMemo {
    /** What {@link #get} returns for a key that is not kept. */
    static final long MISSING = Long.MIN_VALUE;

    private final int limit;
    private byte[] arena = new byte[4096];
    private int arenaUsed;
    /** Per slot: the key's arena offset plus one; 0 for an empty slot. */
    private int[] slots = new int[256];
    private long[] values = new long[256];
    private int size;
    /** A key read back from the arena (at most 255 entries). */
    private final int[] scratch = new int[255];

    StateMemo(int limit) {
        this.limit = limit;
    }

    int size() {
        return size;
    }

    /** True when no more keys are kept. */
    boolean full() {
        return size >= limit;
    }

    /** Forgets every key (and gives back the memory). */
    void clear() {
        arena = new byte[4096];
        arenaUsed = 0;
        slots = new int[256];
        values = new long[256];
        size = 0;
    }

    /** The value kept for the first {@code length} entries of {@code key}, or {@link #MISSING}. */
    long get(int[] key, int length) {
        int mask = slots.length - 1;
        for (int i = hash(key, length) & mask; ; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == 0) {
                return MISSING;
            }
            if (matches(s - 1, key, length)) {
                return values[i];
            }
        }
    }

    /**
     * Keeps {@code value} for the first {@code length} entries of {@code key}, which must not be kept yet.
     *
     * @return false when it was not kept: the memo is full, or an entry (or the length) is outside {@code 0..255}
     */
    boolean put(int[] key, int length, long value) {
        if (size >= limit || length > 255) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (key[k] < 0 || key[k] > 255) {
                return false;
            }
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (arenaUsed + length + 1 > arena.length) {
            long wanted = Math.max((long) arena.length * 2, (long) arenaUsed + length + 1);
            if (wanted > Integer.MAX_VALUE - 16) {
                return false;
            }
            arena = java.util.Arrays.copyOf(arena, (int) wanted);
        }
        int offset = arenaUsed;
        arena[offset] = (byte) length;
        for (int k = 0; k < length; k++) {
            arena[offset + 1 + k] = (byte) key[k];
        }
        arenaUsed += length + 1;
        insert(offset, value, hash(key, length));
        size++;
        return true;
    }

    private void insert(int offset, long value, int hash) {
        int mask = slots.length - 1;
        int i = hash & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = offset + 1;
        values[i] = value;
    }

    private void grow() {
        int[] oldSlots = slots;
        long[] oldValues = values;
        slots = new int[oldSlots.length * 2];
        values = new long[oldValues.length * 2];
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != 0) {
                insert(oldSlots[i] - 1, oldValues[i], storedHash(oldSlots[i] - 1));
            }
        }
    }

    private boolean matches(int offset, int[] key, int length) {
        if ((arena[offset] & 0xFF) != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if ((arena[offset + 1 + k] & 0xFF) != key[k]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(int[] key, int length) {
        int h = length;
        for (int k = 0; k < length; k++) {
            h = h * 31 + key[k];
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        return h ^ (h >>> 13);
    }

    /** The hash of the key kept at {@code offset}, read back into a scratch array. */
    private int storedHash(int offset) {
        int length = arena[offset] & 0xFF;
        for (int k = 0; k < length; k++) {
            scratch[k] = arena[offset + 1 + k] & 0xFF;
        }
        return hash(scratch, length);
    }
}
