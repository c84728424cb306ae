package dlnkit.cli;

import dlnkit.progress.ProgressListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar with counts and an ETA on standard error, or nothing when disabled. It is a {@link ProgressListener}:
 * a computation reports to it directly, and it shows the units done (the bar's own total, set when it starts, is kept).
 */
final class Progress implements AutoCloseable, ProgressListener {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(String task, long total, boolean enabled) {
        if (!enabled) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        return new Progress(bar);
    }

    /**
     * A bar without a known total for a step that reports nothing while it runs (one large SVD, say): it shows
     * the task and the elapsed time, so a long run is never silent.
     */
    static Progress indeterminate(String task, boolean enabled) {
        return start(task, -1, enabled);
    }

    void stepTo(long n) {
        if (bar != null) {
            bar.stepTo(n);
        }
    }

    /** Moves to {@code n} and shows {@code message} beside the bar. */
    void stepTo(long n, String message) {
        if (bar != null) {
            bar.stepTo(n);
            bar.setExtraMessage(message);
        }
    }

    @Override
    public void update(long done, long total) {
        stepTo(done);
    }

    @Override
    public void update(long done, long total, String note) {
        stepTo(done, note);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
