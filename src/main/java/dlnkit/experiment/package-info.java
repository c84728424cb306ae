/**
 * The descent experiments e1-e4: each runs gradient descent or gradient flow on seeded
 * problems and returns its text report, CSV tables, charts and a summary record of its findings (from which the
 * report's summary lines are printed) as an {@link dlnkit.experiment.ExperimentOutput};
 * the command line writes them. Depends on {@code descent}, {@code variety}, {@code numeric},
 * {@code model} and {@code report}.
 */
package dlnkit.experiment;
