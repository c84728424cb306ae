package dlnkit.model;

/**
 * The one place that turns bad input into an {@link IllegalArgumentException} with the house message
 * form {@code "<what>: expected <condition>, got <value>"}. The command line prints that message as
 * one line and exits with code 2.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * Throws when {@code condition} is false.
     *
     * @param condition the requirement that must hold
     * @param what the argument or quantity checked, e.g. {@code "widths"}
     * @param expected what was expected, e.g. {@code "at least 2 entries"}
     * @param got the offending value, printed with {@link String#valueOf(Object)}
     */
    public static void require(boolean condition, String what, String expected, Object got) {
        if (!condition) {
            throw failure(what, expected, got);
        }
    }

    /** The exception {@link #require} throws, for callers that must build it themselves. */
    public static IllegalArgumentException failure(String what, String expected, Object got) {
        return new IllegalArgumentException(what + ": expected " + expected + ", got " + got);
    }
}
