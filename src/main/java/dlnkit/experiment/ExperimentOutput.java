package dlnkit.experiment;

import dlnkit.report.Csv;
import dlnkit.report.LineChart;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an experiment produced: a text report for standard output, CSV tables and charts by file stem
 * (e.g. {@code "e1"} becomes {@code e1.csv}), and whether everything it checked held.
 *
 * @param text the report, ending with a newline
 * @param tables CSV tables by file stem, in order
 * @param charts charts by file stem, in order
 * @param checksHold false when a built-in check failed (reported in the text)
 */
public record ExperimentOutput(String text, Map<String, Csv> tables, Map<String, LineChart> charts, boolean checksHold) {
    public ExperimentOutput {
        tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        charts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(charts));
    }
}
