package dlnkit.census;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dlnkit.variety.Orbit;
import dlnkit.variety.Stratum;
import java.util.ArrayList;
import java.util.List;

/**
 * A stratum of {@code A_H} in words and as structured data, for the census. On the cycle of arrows
 * {@code W_1, ..., W_N, M} (docs/math.md section 3) a stratum is described by
 * <ul>
 *   <li>its <b>zero arcs</b>: the minimal products {@code W_{j:i} = W_j ... W_i} that vanish on its orbit, written in
 *       the {@code --zero} grammar ({@code "W4W3, W2"}), and</li>
 *   <li>its <b>arcs through M</b>: the minimal {@code W_{k-1:1} M W_{N:j+1}} that the cyclic pair rule forces to vanish
 *       (pairs {@code {W_k, W_j}} with a nonzero inner arc) and that no zero arc already implies, written
 *       {@code "W2W1.M.W5"} (the empty product on either side is left out);</li>
 *   <li>its orbit as interval modules ({@code [a,b]xm}) and the zero pattern of {@code C = g_0^{-1} M g_N}.</li>
 * </ul>
 * The structured form is JSON: {@code {"depth", "orbit": [[a, b, m], ...], "zeroArcs": [[j, i], ...] (W_{j:i} = 0),
 * "mArcs": [[k, j], ...] (W_{k-1:1} M W_{N:j+1} = 0), "rows": [[a, b, copy], ...], "columns": [...],
 * "cZeros": [[r, c], ...]}}, where rows and columns are the normal-form bases at vertices 0 and N.
 */
public record StratumWords(String zeroArcs, String mArcs, String orbit, String cPattern, String json) {
    private static final Gson GSON = new Gson();

    /** One line: {@code zero arcs W4W3, W2; through M: W1.M.W5; orbit [0,1]x1 ...; C pattern 0* / **}. */
    public String words() {
        return "zero arcs " + (zeroArcs.isEmpty() ? "none" : zeroArcs) + "; through M " + (mArcs.isEmpty() ? "none" : mArcs)
                + "; orbit " + orbit + "; C zero pattern " + cPattern;
    }

    /** The arc pattern, the key the census report groups failures by. */
    public String pattern() {
        return (zeroArcs.isEmpty() ? "-" : zeroArcs) + " | " + (mArcs.isEmpty() ? "-" : mArcs);
    }

    /**
     * The stratum a stored {@link #json()} describes, rebuilt from its orbit alone (a stratum is determined by its
     * orbit) and checked: the rebuilt stratum's JSON must equal the stored one, so a diagram drawn from a census row
     * shows exactly the stratum the row records.
     */
    public static Stratum rebuild(dlnkit.model.Widths widths, String json) {
        com.google.gson.JsonObject o;
        try {
            o = GSON.fromJson(json, com.google.gson.JsonObject.class);
        } catch (RuntimeException e) {
            throw dlnkit.model.Checks.failure("stratum_json", "the JSON of a stratum (docs/census.md)", e.getMessage());
        }
        dlnkit.model.Checks.require(o != null && o.has("orbit") && o.get("orbit").isJsonArray(), "stratum_json",
                "an object with \"orbit\"", json);
        int n = widths.depth();
        int[][] m = new int[n + 1][n + 1];
        for (com.google.gson.JsonElement e : o.getAsJsonArray("orbit")) {
            com.google.gson.JsonArray abm = e.getAsJsonArray();
            int a = abm.get(0).getAsInt();
            int b = abm.get(1).getAsInt();
            dlnkit.model.Checks.require(a >= 0 && a <= b && b <= n, "stratum_json interval", "0 <= a <= b <= " + n, "[" + a + "," + b + "]");
            m[a][b] += abm.get(2).getAsInt();
        }
        Stratum s = Stratum.of(new dlnkit.variety.Orbit(widths, m)).orElseThrow(() -> dlnkit.model.Checks.failure("stratum_json",
                "the orbit of a stratum of A_H", "an orbit whose zero pattern of C is infeasible"));
        dlnkit.model.Checks.require(GSON.toJsonTree(GSON.fromJson(of(s).json(), com.google.gson.JsonObject.class)).equals(o),
                "stratum_json", "the stratum its orbit determines", json);
        return s;
    }

    public static StratumWords of(Stratum s) {
        Orbit o = s.orbit();
        int n = o.widths().depth();
        List<int[]> zero = new ArrayList<>();
        // minimal zero arcs W_{j:i}: zero, and neither W_{j-1:i} nor W_{j:i+1} is
        for (int i = 1; i <= n; i++) {
            for (int j = i; j <= n; j++) {
                if (zeroPath(o, j, i) && (j == i || (!zeroPath(o, j - 1, i) && !zeroPath(o, j, i + 1)))) {
                    zero.add(new int[] {j, i});
                }
            }
        }
        // forced arcs through M: pairs k < j with nonzero inner arc W_{j-1:k+1}, not implied by a zero W arc
        List<int[]> forced = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            for (int j = k + 1; j <= n; j++) {
                boolean inner = j == k + 1 || !zeroPath(o, j - 1, k + 1);
                boolean implied = (k >= 2 && zeroPath(o, k - 1, 1)) || (j <= n - 1 && zeroPath(o, n, j + 1));
                if (inner && !implied) {
                    forced.add(new int[] {k, j});
                }
            }
        }
        // arc (k, j) covers layers 1..k-1 and j+1..N; it contains (k', j') when k' <= k and j' >= j
        List<int[]> mArcs = new ArrayList<>();
        for (int[] a : forced) {
            boolean minimal = forced.stream().noneMatch(b -> b != a && b[0] <= a[0] && b[1] >= a[1]);
            if (minimal) {
                mArcs.add(a);
            }
        }
        JsonObject json = new JsonObject();
        json.addProperty("depth", n);
        JsonArray orbit = new JsonArray();
        for (int a = 0; a <= n; a++) {
            for (int b = a; b <= n; b++) {
                if (o.multiplicity(a, b) > 0) {
                    orbit.add(triple(a, b, o.multiplicity(a, b)));
                }
            }
        }
        json.add("orbit", orbit);
        json.add("zeroArcs", pairs(zero));
        json.add("mArcs", pairs(mArcs));
        json.add("rows", bases(o.basis(0)));
        json.add("columns", bases(o.basis(n)));
        JsonArray cz = new JsonArray();
        boolean[][] z = s.zeros();
        for (int r = 0; r < z.length; r++) {
            for (int c = 0; c < z[r].length; c++) {
                if (z[r][c]) {
                    JsonArray p = new JsonArray();
                    p.add(r);
                    p.add(c);
                    cz.add(p);
                }
            }
        }
        json.add("cZeros", cz);
        List<String> zeroWords = new ArrayList<>();
        zero.forEach(p -> zeroWords.add(product(p[0], p[1])));
        List<String> mWords = new ArrayList<>();
        for (int[] a : mArcs) {
            List<String> parts = new ArrayList<>();
            if (a[0] >= 2) {
                parts.add(product(a[0] - 1, 1));
            }
            parts.add("M");
            if (a[1] <= n - 1) {
                parts.add(product(n, a[1] + 1));
            }
            mWords.add(String.join(".", parts));
        }
        return new StratumWords(String.join(", ", zeroWords), String.join(", ", mWords), o.toString(), s.patternText(),
                GSON.toJson(json));
    }

    private static boolean zeroPath(Orbit o, int top, int bottom) {
        return o.pathRank(top, bottom) == 0;
    }

    /** {@code W_top ... W_bottom} as {@code "W4W3"}. */
    private static String product(int top, int bottom) {
        StringBuilder sb = new StringBuilder();
        for (int t = top; t >= bottom; t--) {
            sb.append('W').append(t);
        }
        return sb.toString();
    }

    private static JsonArray triple(int a, int b, int c) {
        JsonArray t = new JsonArray();
        t.add(a);
        t.add(b);
        t.add(c);
        return t;
    }

    private static JsonArray pairs(List<int[]> list) {
        JsonArray out = new JsonArray();
        for (int[] p : list) {
            JsonArray q = new JsonArray();
            q.add(p[0]);
            q.add(p[1]);
            out.add(q);
        }
        return out;
    }

    private static JsonArray bases(List<int[]> basis) {
        JsonArray out = new JsonArray();
        basis.forEach(b -> out.add(triple(b[0], b[1], b[2])));
        return out;
    }
}
