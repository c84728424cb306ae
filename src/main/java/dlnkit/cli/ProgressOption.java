package dlnkit.cli;

import picocli.CommandLine.Option;

/** {@code --no-progress}, mixed into every command that draws a progress bar on standard error. */
final class ProgressOption {
    @Option(names = "--no-progress", description = "Do not draw the progress bar on standard error.")
    boolean noProgress;

    /** A bar for {@code task}, drawn unless {@code --no-progress} was given or the work is too small to show. */
    Progress start(String task, long total, boolean worthShowing) {
        return Progress.start(task, total, !noProgress && worthShowing);
    }

    /** A bar without a known total ({@link Progress#indeterminate}), drawn on the same terms. */
    Progress indeterminate(String task, boolean worthShowing) {
        return Progress.indeterminate(task, !noProgress && worthShowing);
    }
}
