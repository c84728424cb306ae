/**
 * The picocli command line: {@link dlnkit.cli.Main} and one class per command. Options that several commands share
 * are declared once, as mixins: {@code --seed} ({@code SeedOption}), {@code --format} ({@code FormatOption}, one
 * {@code Format} enum), {@code --no-progress} ({@code ProgressOption}, drawing {@code Progress}, the terminal bar that
 * listens to a {@link dlnkit.progress.ProgressListener}), {@code --out} ({@code OutputDirectory}); widths vectors go
 * through {@code WidthsOptions.Converter}. The exit codes of every {@code --help} come from {@code ExitCodes}.
 * The result records that search and hessian print from ({@code DepthSearch}, {@code HessianTable}); the report's
 * summary rows, computed from the steps' result records ({@code ReportSummary}).
 */
package dlnkit.cli;
