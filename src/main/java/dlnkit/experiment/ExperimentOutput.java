package dlnkit.experiment;

import dlnkit.report.Csv;
import dlnkit.report.LineChart;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an experiment produced: a text report for standard output, CSV tables and charts by file stem
 * (e.g. {@code "e1"} becomes {@code e1.csv}), whether everything it checked held, and its findings as a record (the
 * text's summary lines are printed from it).
 *
 * @param text the report, ending with a newline
 * @param tables CSV tables by file stem, in order
 * @param charts charts by file stem, in order
 * @param checksHold false when a built-in check failed (reported in the text)
 * @param summary the experiment's findings (counts, fits, verdicts) with its seed
 * @param <S> the experiment's summary record
 */
public record ExperimentOutput<S extends Record>(String text, Map<String, Csv> tables, Map<String, LineChart> charts, boolean checksHold,
        S summary) {
    public ExperimentOutput {
        tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        charts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(charts));
        java.util.Objects.requireNonNull(summary, "summary");
    }
}
