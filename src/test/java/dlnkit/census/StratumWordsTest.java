package dlnkit.census;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dlnkit.model.Widths;
import dlnkit.variety.Orbit;
import dlnkit.variety.StrataEnumerator;
import dlnkit.variety.Stratum;
import dlnkit.variety.ZeroConditions;
import java.util.List;
import org.junit.jupiter.api.Test;

class StratumWordsTest {
    /**
     * For every stratum of a few widths: the zero arcs, read back by the --zero parser, hold on the orbit and are
     * minimal, and the arcs through M alone rebuild the stratum's zero pattern of C from the structured form (the
     * pattern Stratum computes from all pairs).
     */
    @Test
    void theWordsDescribeTheStratumCompletely() {
        int[] strata = {0};
        for (Widths w : List.of(Widths.of(2, 2, 2, 2, 2), Widths.of(1, 2, 2, 1, 1, 2), Widths.of(2, 1, 2, 2, 1, 1), Widths.of(3, 2, 1, 2))) {
            new StrataEnumerator(w, false).forEach(s -> {
                strata[0]++;
                check(s);
                return true;
            });
        }
        assertTrue(strata[0] > 100, "strata checked: " + strata[0]);
    }

    private static void check(Stratum s) {
        StratumWords words = StratumWords.of(s);
        Orbit o = s.orbit();
        int n = o.widths().depth();
        JsonObject json = JsonParser.parseString(words.json()).getAsJsonObject();
        if (!words.zeroArcs().isEmpty()) {
            assertTrue(o.liesIn(ZeroConditions.parse(words.zeroArcs(), n)), words.words());
        }
        for (JsonElement e : json.getAsJsonArray("zeroArcs")) {
            int top = e.getAsJsonArray().get(0).getAsInt();
            int bottom = e.getAsJsonArray().get(1).getAsInt();
            assertEquals(0, o.pathRank(top, bottom), words.words());
            assertTrue(top == bottom || (o.pathRank(top - 1, bottom) > 0 && o.pathRank(top, bottom + 1) > 0), words.words());
        }
        JsonArray rows = json.getAsJsonArray("rows");
        JsonArray cols = json.getAsJsonArray("columns");
        boolean[][] rebuilt = new boolean[rows.size()][cols.size()];
        for (JsonElement e : json.getAsJsonArray("mArcs")) {
            int k = e.getAsJsonArray().get(0).getAsInt();
            int j = e.getAsJsonArray().get(1).getAsInt();
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < cols.size(); c++) {
                    if (rows.get(r).getAsJsonArray().get(1).getAsInt() >= k - 1 && cols.get(c).getAsJsonArray().get(0).getAsInt() <= j) {
                        rebuilt[r][c] = true;
                    }
                }
            }
        }
        boolean[][] fromJson = new boolean[rows.size()][cols.size()];
        json.getAsJsonArray("cZeros").forEach(e -> fromJson[e.getAsJsonArray().get(0).getAsInt()][e.getAsJsonArray().get(1).getAsInt()] = true);
        boolean[][] zeros = s.zeros();
        for (int r = 0; r < zeros.length; r++) {
            assertArrayEquals(zeros[r], rebuilt[r], words.words());
            assertArrayEquals(zeros[r], fromJson[r], words.words());
        }
        int intervals = 0;
        for (JsonElement e : json.getAsJsonArray("orbit")) {
            JsonArray t = e.getAsJsonArray();
            assertEquals(o.multiplicity(t.get(0).getAsInt(), t.get(1).getAsInt()), t.get(2).getAsInt());
            intervals += t.get(2).getAsInt();
        }
        assertTrue(intervals > 0);
        assertEquals(o.toString(), words.orbit());
    }
}
