/**
 * Progress reporting: {@link dlnkit.progress.ProgressListener}, the one callback long computations report to (the
 * command line draws it as a bar on standard error). Depends on nothing else in dlnkit.
 */
package dlnkit.progress;
