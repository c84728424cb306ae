package dlnkit.census;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Test helper: the rows of a census database that must not depend on how it was run. */
public final class CensusRows {
    private CensusRows() {
    }

    /** The deterministic columns of every row (all but the time), in widths order, one string a row. */
    public static List<String> of(Path db) throws Exception {
        List<String> out = new ArrayList<>();
        try (CensusStore s = CensusStore.openReadOnly("db", db); Statement st = s.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT " + String.join(", ", CensusStore.DETERMINISTIC_COLUMNS)
                        + " FROM results ORDER BY widths")) {
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int c = 1; c <= CensusStore.DETERMINISTIC_COLUMNS.size(); c++) {
                    sb.append(rs.getString(c)).append('|');
                }
                out.add(sb.toString());
            }
        }
        return out;
    }
}
