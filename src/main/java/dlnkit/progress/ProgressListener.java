package dlnkit.progress;

/**
 * Receives the progress of a long computation: {@code done} units of {@code total}, or of an unknown total
 * ({@link #UNKNOWN}) when the work is not known in advance. Called from the computing thread, now and then; an
 * implementation must be cheap and must not throw.
 */
@FunctionalInterface
public interface ProgressListener {
    /** The total of a computation whose amount of work is not known in advance. */
    long UNKNOWN = -1;

    /** Ignores every report. */
    ProgressListener NONE = (done, total) -> { };

    /** {@code done} units of {@code total} ({@link #UNKNOWN} when not known) are finished. */
    void update(long done, long total);

    /** As {@link #update(long, long)}, with a short note for the reader, e.g. {@code "1200 orbits evaluated"}. */
    default void update(long done, long total, String note) {
        update(done, total);
    }
}
