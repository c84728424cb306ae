package dlnkit.experiment;

/** Receives progress: {@code done} of {@code total} units. */
@FunctionalInterface
public interface ProgressSink {
    ProgressSink NONE = (done, total) -> { };

    void report(long done, long total);
}
