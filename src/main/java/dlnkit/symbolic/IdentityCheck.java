package dlnkit.symbolic;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of checking one identity by symbolic expansion: the difference of its two sides was
 * expanded by Symja, entry by entry, and each entry is the polynomial 0 (proved) or not (the
 * nonzero remainders are kept, abbreviated).
 *
 * @param name a short name, e.g. {@code conservation}
 * @param statement the identity, e.g. {@code W_{j+1}^T G_{j+1} - G_j W_j^T = 0 for j = 1..N-1}
 * @param widths the widths it was checked for
 * @param data what the data were ("symbolic X (2x2), Y (2x2)", or "none")
 * @param entries how many polynomial entries were expanded
 * @param sideTerms the number of terms of the two sides before cancellation (shows the check is not vacuous)
 * @param remainders the nonzero expanded entries (empty when proved), abbreviated
 * @param proved whether the claim holds: every entry is 0 (or, for a claim of non-vanishing, some entry is not)
 * @param millis wall time of the check
 */
public record IdentityCheck(String name, String statement, Widths widths, String data, int entries, long sideTerms,
        List<String> remainders, boolean proved, long millis) {
    public IdentityCheck {
        Checks.require(name != null && statement != null && widths != null && data != null, "identity check",
                "all fields", "null");
        remainders = List.copyOf(remainders);
    }

    /** One line, e.g. "conservation  PROVED  W_{j+1}^T G_{j+1} - G_j W_j^T = 0 ...". */
    public String summary() {
        return String.format(Locale.ROOT, "%-16s %s  %s  [%d entries, %d terms on the two sides, %.2f s]",
                name, proved ? "PROVED " : "FAILED ", statement, entries, sideTerms, millis / 1000.0);
    }
}
