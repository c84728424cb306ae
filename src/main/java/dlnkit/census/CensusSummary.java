package dlnkit.census;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dlnkit.report.Latex;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The summary of a census database ({@code dlnkit census report}): counts by depth, failures by whether the ends are
 * equal ({@code d_0 = d_N}) and by the arc pattern of the failing stratum, the smallest failing vectors and the split
 * by evidence. Counts are of family vectors (rows weighted by their multiplicity: a row stands for a vector and its
 * reverse). Rendered as text, JSON or LaTeX from the same tables.
 *
 * @param meta the database's meta table
 * @param tables the tables, in order
 */
public record CensusSummary(Map<String, String> meta, List<Table> tables) {

    /** One table of the summary: a key (JSON), a title, the column names and the cells. */
    public record Table(String key, String title, List<String> header, List<List<String>> rows) {
    }

    /** Reads the summary; {@code patterns} and {@code smallest} bound the two long tables. */
    public static CensusSummary of(CensusStore store, int patterns, int smallest) throws SQLException {
        List<Table> tables = new ArrayList<>();
        tables.add(query(store, "progress", "Progress: classes and vectors planned (this database's share) and stored",
                List.of("planned classes", "planned vectors", "stored classes", "stored vectors"),
                "SELECT (SELECT COUNT(*) FROM members m WHERE " + share() + "), (SELECT COALESCE(SUM(multiplicity), 0) FROM members m WHERE "
                        + share() + "), COUNT(*), COALESCE(SUM(multiplicity), 0) FROM results"));
        tables.add(query(store, "byDepth", "Vectors by depth and verdict",
                List.of("depth", "vectors", "holds", "fails", "undecided", "A_H empty"),
                "SELECT depth, SUM(multiplicity), " + count("verdict = 'holds'") + ", " + count("verdict = 'fails'") + ", "
                        + count("verdict = 'undecided'") + ", " + count("ah_empty = 1") + " FROM results GROUP BY depth ORDER BY depth"));
        tables.add(query(store, "byEnds", "Failures by the ends: d_0 = d_N or not",
                List.of("depth", "ends", "vectors", "fail", "share failing"),
                "SELECT depth, CASE square_ends WHEN 1 THEN 'd_0 = d_N' ELSE 'd_0 != d_N' END, SUM(multiplicity), "
                        + count("verdict = 'fails'") + ", printf('%.3f', 1.0 * " + count("verdict = 'fails'")
                        + " / SUM(multiplicity)) FROM results GROUP BY depth, square_ends ORDER BY depth, square_ends DESC"));
        tables.add(query(store, "byEvidence", "Verdicts by evidence (probabilistic: exact ranks mod p at random points)",
                List.of("verdict", "evidence", "vectors", "largest error bound"),
                "SELECT verdict, evidence, SUM(multiplicity), printf('%.1e', MAX(error_bound)) FROM results "
                        + "GROUP BY verdict, evidence ORDER BY verdict, evidence"));
        tables.add(query(store, "byPattern", "Failures by the arc pattern of the failing stratum (zero arcs | arcs through M), "
                        + "the " + patterns + " most frequent",
                List.of("depth", "zero arcs | arcs through M", "vectors", "smallest example"),
                "SELECT depth, arc_pattern, SUM(multiplicity) AS n, MIN(widths) FROM results WHERE verdict = 'fails' "
                        + "GROUP BY depth, arc_pattern ORDER BY n DESC, depth, arc_pattern LIMIT " + patterns));
        tables.add(query(store, "patternCount", "Distinct arc patterns among failures", List.of("depth", "patterns", "failing vectors"),
                "SELECT depth, COUNT(DISTINCT arc_pattern), SUM(multiplicity) FROM results WHERE verdict = 'fails' GROUP BY depth ORDER BY depth"));
        tables.add(query(store, "smallestFailures", "The smallest failing vectors (by depth, then the sum of the widths)",
                List.of("widths", "depth", "T", "dim im delta", "evidence", "failing stratum"),
                "SELECT widths, depth, target, dim_im_delta, evidence, stratum FROM results WHERE verdict = 'fails' "
                        + "ORDER BY depth, width_sum, widths LIMIT " + smallest));
        tables.add(query(store, "undecided", "Undecided vectors (exact and float ranks, or the two exact routes, disagree)", List.of("widths", "dim", "float rank"),
                "SELECT widths, dim_delta_ah, float_rank FROM results WHERE verdict = 'undecided' ORDER BY depth, widths LIMIT 20"));
        return new CensusSummary(store.metaMap(), tables);
    }

    private static String share() {
        return "(SELECT value FROM meta WHERE key = 'shard') IN ('all', 'merged') "
                + "OR m.shard = CAST(substr((SELECT value FROM meta WHERE key = 'shard'), 1, "
                + "instr((SELECT value FROM meta WHERE key = 'shard'), '/') - 1) AS INTEGER)";
    }

    private static String count(String condition) {
        return "COALESCE(SUM(CASE WHEN " + condition + " THEN multiplicity ELSE 0 END), 0)";
    }

    private static Table query(CensusStore store, String key, String title, List<String> header, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement s = store.connection().prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= md.getColumnCount(); c++) {
                    String v = rs.getString(c);
                    row.add(v == null ? "-" : v);
                }
                rows.add(row);
            }
        }
        return new Table(key, title, header, rows);
    }

    public Table table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    private String headline() {
        return String.format(Locale.ROOT, "census of %s, seed %s, dlnkit %s, notion %s, shard %s", meta.get("family"), meta.get("seed"),
                meta.get("version"), meta.get("notion"), meta.get("shard"));
    }

    public String text() {
        StringBuilder sb = new StringBuilder(headline()).append('\n');
        sb.append("  (counts are of widths vectors; a stored row stands for a vector and its reverse)\n");
        for (Table t : tables) {
            if (t.rows().isEmpty() && (t.key().equals("undecided") || t.key().equals("byPattern") || t.key().equals("smallestFailures")
                    || t.key().equals("patternCount"))) {
                sb.append('\n').append(t.title()).append(": none\n");
                continue;
            }
            sb.append('\n').append(t.title()).append('\n');
            int[] width = new int[t.header().size()];
            for (int c = 0; c < width.length; c++) {
                width[c] = t.header().get(c).length();
                for (List<String> r : t.rows()) {
                    width[c] = Math.max(width[c], r.get(c).length());
                }
            }
            sb.append(line(t.header(), width)).append('\n');
            for (List<String> r : t.rows()) {
                sb.append(line(r, width)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder(" ");
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            boolean last = c == cells.size() - 1;
            sb.append("  ").append(last ? cell : String.format(Locale.ROOT, "%-" + width[c] + "s", cell));
        }
        return sb.toString().stripTrailing();
    }

    public String json() {
        JsonObject o = new JsonObject();
        JsonObject m = new JsonObject();
        meta.forEach(m::addProperty);
        o.add("meta", m);
        for (Table t : tables) {
            JsonArray rows = new JsonArray();
            for (List<String> r : t.rows()) {
                JsonObject row = new JsonObject();
                for (int c = 0; c < r.size(); c++) {
                    String v = r.get(c);
                    if (v.matches("-?\\d+")) {
                        row.addProperty(t.header().get(c), Long.parseLong(v));
                    } else {
                        row.addProperty(t.header().get(c), v);
                    }
                }
                rows.add(row);
            }
            o.add(t.key(), rows);
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o);
    }

    public String latex() {
        StringBuilder sb = new StringBuilder("% " + headline() + "\n");
        for (Table t : tables) {
            if (t.rows().isEmpty()) {
                continue;
            }
            List<String> header = t.header().stream().map(h -> Latex.escape(h)).toList();
            List<List<String>> rows = t.rows().stream().map(r -> r.stream().map(Latex::escape).toList()).toList();
            String columns = "l".repeat(header.size());
            sb.append(Latex.table(Latex.escape(t.title()) + ".", "tab:census-" + t.key(), columns, header, rows,
                    Latex.escape("Census of " + meta.get("family") + ", seed " + meta.get("seed") + ".")));
        }
        return sb.toString();
    }
}
