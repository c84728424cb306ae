/**
 * The picocli command line: {@link dlnkit.cli.Main} and one class per command; the result records that search and
 * hessian print from ({@code DepthSearch}, {@code HessianTable}); the report's summary rows, computed from the steps'
 * result records ({@code ReportSummary}).
 */
package dlnkit.cli;
