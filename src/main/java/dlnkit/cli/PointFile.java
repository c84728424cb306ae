package dlnkit.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dlnkit.model.Checks;
import dlnkit.model.Data;
import dlnkit.model.Matrix;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A point and data read from JSON: {@code {"widths": [2,2,2], "point": [W_1, ..., W_N], "x": X, "y": Y}}, each matrix
 * a list of rows of numbers. {@link #integral()} tells whether every entry is an integer (then exact checks apply).
 *
 * @param widths the widths
 * @param point the layers as decimals (exact as written)
 * @param x the inputs
 * @param y the targets
 */
record PointFile(Widths widths, List<BigDecimal[][]> point, BigDecimal[][] x, BigDecimal[][] y) {

    static PointFile read(Path file) throws IOException {
        JsonObject o = dlnkit.io.StrictJson.readObject(file, "--point");
        try {
            List<Integer> w = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("widths")) {
                w.add(e.getAsInt());
            }
            Widths widths = new Widths(w);
            List<BigDecimal[][]> layers = new ArrayList<>();
            for (JsonElement layer : o.getAsJsonArray("point")) {
                layers.add(matrix(layer.getAsJsonArray()));
            }
            PointFile p = new PointFile(widths, layers, matrix(o.getAsJsonArray("x")), matrix(o.getAsJsonArray("y")));
            p.network();
            p.data().requireFits(widths);
            return p;
        } catch (NullPointerException | IllegalStateException | NumberFormatException | UnsupportedOperationException
                | ClassCastException | IndexOutOfBoundsException e) {
            throw Checks.failure("--point " + file, "fields widths, point (N matrices), x, y with numeric entries",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static BigDecimal[][] matrix(JsonArray rows) {
        BigDecimal[][] m = new BigDecimal[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            JsonArray r = rows.get(i).getAsJsonArray();
            m[i] = new BigDecimal[r.size()];
            for (int j = 0; j < r.size(); j++) {
                m[i][j] = r.get(j).getAsBigDecimal();
            }
        }
        return m;
    }

    boolean integral() {
        List<BigDecimal[][]> all = new ArrayList<>(point);
        all.add(x);
        all.add(y);
        for (BigDecimal[][] m : all) {
            for (BigDecimal[] row : m) {
                for (BigDecimal v : row) {
                    if (v.stripTrailingZeros().scale() > 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    Network network() {
        List<Matrix> layers = new ArrayList<>();
        for (BigDecimal[][] m : point) {
            layers.add(toMatrix(m));
        }
        return new Network(widths, layers);
    }

    Data data() {
        return new Data(toMatrix(x), toMatrix(y));
    }

    static Matrix toMatrix(BigDecimal[][] m) {
        double[][] d = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            d[i] = new double[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                d[i][j] = m[i][j].doubleValue();
            }
        }
        return Matrix.of(d);
    }

    static BigInteger[][] toInteger(BigDecimal[][] m) {
        BigInteger[][] out = new BigInteger[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = new BigInteger[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                out[i][j] = m[i][j].toBigIntegerExact();
            }
        }
        return out;
    }
}
