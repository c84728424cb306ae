package dlnkit.symbolic;

import dlnkit.model.Checks;
import java.time.Duration;
import java.util.Locale;

/**
 * The time budget of one symbolic computation: every Symja evaluation and every JAS Groebner basis
 * run through {@link Symja} receives only the time left. When it runs out, the computation stops
 * with a {@link SymbolicTimeoutException} whose message names the time limit and the documented
 * size limit of that computation.
 *
 * @param endNanos the {@link System#nanoTime()} value at which the budget ends
 * @param limit the whole budget, as given
 * @param sizeLimit the documented size limit of the computation, quoted in the timeout message
 */
public record Deadline(long endNanos, Duration limit, String sizeLimit) {
    /** The longest budget accepted: one hour. */
    public static final Duration MAX = Duration.ofHours(1);

    public Deadline {
        Checks.require(limit != null && !limit.isNegative() && !limit.isZero() && limit.compareTo(MAX) <= 0,
                "time limit", "a duration above 0 and at most " + MAX.toSeconds() + " s", limit);
        Checks.require(sizeLimit != null && !sizeLimit.isBlank(), "size limit", "a description", sizeLimit);
    }

    /** A budget of {@code limit} from now. */
    public static Deadline after(Duration limit, String sizeLimit) {
        Checks.require(limit != null && !limit.isNegative() && !limit.isZero() && limit.compareTo(MAX) <= 0,
                "time limit", "a duration above 0 and at most " + MAX.toSeconds() + " s", limit);
        return new Deadline(System.nanoTime() + limit.toNanos(), limit, sizeLimit);
    }

    /** Nanoseconds left; zero or negative once the budget is spent. */
    public long remainingNanos() {
        return endNanos - System.nanoTime();
    }

    /** The exception that reports this budget as spent while computing {@code step}. */
    public SymbolicTimeoutException expired(String step) {
        double seconds = limit.toMillis() / 1000.0;
        return new SymbolicTimeoutException(String.format(Locale.ROOT,
                "symbolic computation: expected to finish within the time limit of %s s (%s), "
                        + "got no result in time while computing %s; use smaller widths or raise --timeout",
                trim(seconds), sizeLimit, step));
    }

    private static String trim(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }
}
