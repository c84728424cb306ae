package dlnkit.census;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A family of widths vectors for a census: every vector of one depth with entries in {@code lo..hi}, or the
 * vectors of a file, optionally filtered by its ends ({@code d_0 = d_N} or not). The census stores <b>one row per
 * reversal class</b>: a vector and its reverse have the same answer (reversal {@code W_t -> W_{N+1-t}^T} is a
 * symmetry of delta and of {@code A_H}), so the row of the lexicographically smaller member stands for both, and its
 * {@link Member#multiplicity()} (1 or 2) says how many vectors of the family it stands for. Counts over the family are
 * sums of multiplicities.
 *
 * @param description the family in words, as stored in the database and compared on resume and merge
 * @param members one member per reversal class, in the family's order (first entry varying fastest for a range)
 */
public record Family(String description, List<Member> members) {

    /** A reversal class of the family: its representative and how many family vectors it stands for. */
    public record Member(Widths widths, int multiplicity) {
    }

    /** Which vectors pass the ends filter. */
    public enum Ends {
        ALL, SQUARE, UNEQUAL;

        boolean accepts(Widths w) {
            return switch (this) {
                case ALL -> true;
                case SQUARE -> w.d(0) == w.d(w.depth());
                case UNEQUAL -> w.d(0) != w.d(w.depth());
            };
        }

        String words() {
            return switch (this) {
                case ALL -> "";
                case SQUARE -> ", square ends (d_0 = d_N)";
                case UNEQUAL -> ", unequal ends (d_0 != d_N)";
            };
        }
    }

    public Family {
        members = List.copyOf(members);
    }

    /** The number of family vectors (the sum of multiplicities). */
    public long vectors() {
        return members.stream().mapToLong(Member::multiplicity).sum();
    }

    /** Every vector of depth {@code depth} with entries in {@code lo..hi}. */
    public static Family range(int depth, int lo, int hi, Ends ends) {
        Checks.require(depth >= 1 && depth <= 20, "--depth", "an integer between 1 and 20", depth);
        Checks.require(lo >= Widths.MIN_WIDTH && lo <= hi && hi <= Widths.MAX_WIDTH, "--entries",
                "a range lo..hi with 1 <= lo <= hi <= " + Widths.MAX_WIDTH, lo + ".." + hi);
        Checks.require(Math.pow(hi - lo + 1, depth + 1) <= 10_000_000, "--entries", "at most 10^7 vectors in the family",
                (hi - lo + 1) + "^" + (depth + 1));
        List<Widths> all = new ArrayList<>();
        int[] w = new int[depth + 1];
        java.util.Arrays.fill(w, lo);
        while (true) {
            all.add(Widths.of(w.clone()));
            int i = 0;
            while (i <= depth && w[i] == hi) {
                w[i] = lo;
                i++;
            }
            if (i > depth) {
                break;
            }
            w[i]++;
        }
        String text = String.format(Locale.ROOT, "depth %d, entries %d..%d%s", depth, lo, hi, ends.words());
        return of(text, all, ends);
    }

    /** The vectors of a file (one a line, {@code #} comments), in file order; a repeated vector is refused. */
    public static Family fromLines(String source, List<String> lines, Ends ends) {
        List<Widths> all = new ArrayList<>();
        Set<Widths> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceAll("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            Widths w;
            try {
                w = Widths.parse(line);
            } catch (IllegalArgumentException e) {
                throw Checks.failure("--widths-file", "one widths vector a line such as 2,1,2", source + " line " + (i + 1)
                        + ": \"" + lines.get(i).trim() + "\"");
            }
            Checks.require(w.depth() >= 1 && w.depth() <= 20, "--widths-file", "depths between 1 and 20",
                    source + " line " + (i + 1) + ": depth " + w.depth());
            Checks.require(seen.add(w), "--widths-file", "each vector once", source + " line " + (i + 1) + ": " + w + " again");
            all.add(w);
        }
        Checks.require(!all.isEmpty(), "--widths-file", "at least one widths vector", source + " has none");
        StringBuilder canonical = new StringBuilder();
        all.forEach(w -> canonical.append(w).append('\n'));
        String text = String.format(Locale.ROOT, "widths file with %d vectors (sha256 %s)%s", all.size(), sha256(canonical.toString()),
                ends.words());
        return of(text, all, ends);
    }

    private static Family of(String description, List<Widths> all, Ends ends) {
        Map<Widths, List<Widths>> classes = new LinkedHashMap<>();
        Map<Widths, Widths> keyOf = new HashMap<>();
        for (Widths w : all) {
            if (!ends.accepts(w)) {
                continue;
            }
            Widths key = canonical(w);
            keyOf.put(w, key);
            classes.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
        }
        Checks.require(!classes.isEmpty(), "family", "at least one vector after the ends filter", description);
        List<Member> members = new ArrayList<>();
        for (List<Widths> cls : classes.values()) {
            Widths rep = cls.stream().min(Family::compare).orElseThrow();
            members.add(new Member(rep, cls.size()));
        }
        return new Family(description, members);
    }

    /** The lexicographically smaller of {@code w} and its reverse. */
    public static Widths canonical(Widths w) {
        Widths r = w.reversed();
        return compare(w, r) <= 0 ? w : r;
    }

    /** Lexicographic order of the entries (shorter first when one is a prefix). */
    public static int compare(Widths a, Widths b) {
        int n = Math.min(a.values().size(), b.values().size());
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(a.d(i), b.d(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.values().size(), b.values().size());
    }

    private static String sha256(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                sb.append(String.format(Locale.ROOT, "%02x", h[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
