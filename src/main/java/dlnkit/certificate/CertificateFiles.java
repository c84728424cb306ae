package dlnkit.certificate;

import dlnkit.image.OrbitTangent;
import dlnkit.image.UpperBound;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dlnkit.exact.ModP;
import dlnkit.io.AtomicFiles;
import dlnkit.io.StrictJson;
import dlnkit.model.Checks;
import dlnkit.model.Widths;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The certificate file format (JSON), written and read here:
 *
 * <pre>
 * {
 *   "format": "dlnkit-dominance-certificate-1",
 *   "claim": "...",                      (text for the reader)
 *   "widths": [2, 2, ...],
 *   "zero": "W16W15W14, W12W11W10, ...",  (the conditions defining V)
 *   "prime": "2305843009213693951",        (the prime the rank is checked modulo)
 *   "point": [ [[1, 0], [2, -1]], ... ],   (W_1..W_N, integer entries, row by row)
 *   "directions": [[s, i, j], ...],        (T group directions: xi = E_ij at vertex s)
 *   "orbit": "[0,3]x1 ...",               (information only)
 *   "seed": 1
 * }
 * </pre>
 */
public final class CertificateFiles {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private CertificateFiles() {
    }

    public static String toJson(Certificate c) {
        JsonObject o = new JsonObject();
        o.addProperty("format", Certificate.FORMAT);
        o.addProperty("claim", "delta restricted to V = {" + c.zero() + "} is dominant: dim closure(delta(V)) = T = "
                + c.widths().targetDimension() + ". Check: the point lies in V exactly, and the T x T integer matrix "
                + "of d delta(W) along the listed group directions is nonsingular mod prime.");
        o.add("widths", widthsArray(c.widths()));
        o.addProperty("zero", c.zero());
        o.addProperty("prime", Long.toString(ModP.P));
        JsonArray point = new JsonArray();
        c.point().forEach(layer -> point.add(matrix(layer)));
        o.add("point", point);
        o.add("directions", directionsArray(c.directions()));
        o.addProperty("orbit", c.orbit());
        o.addProperty("seed", c.seed());
        return GSON.toJson(o);
    }

    public static void write(Certificate c, Path file) throws IOException {
        writeText(toJson(c), file);
    }

    public static void write(HessianCertificate c, Path file) throws IOException {
        writeText(toJson(c), file);
    }

    private static void writeText(String text, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFiles.writeString(file, text + System.lineSeparator());
    }

    /**
     * The failure certificate format: {@code "format": "dlnkit-hessian-certificate-1"}, {@code "widths"},
     * {@code "m"} (the data {@code M = X Y^T}, integer rows), {@code "point"} (the layers), {@code "inner"}
     * (unit directions {@code [s, i, j]}, {@code 1 <= s <= N-1}), {@code "ends"} (objects {@code {"xi0", "xiN"}}),
     * {@code "stratum"}, {@code "seed"}, and, when {@code dim closure(im delta) < T}, {@code "upperBound"}: an object
     * {@code {"value": U, "deficits": [u_1, ..., u_{N-1}], "formula": "..."}} (the formula is information only; the
     * verifier recomputes the value and the deficits from the widths).
     */
    public static String toJson(HessianCertificate c) {
        JsonObject o = new JsonObject();
        o.addProperty("format", HessianCertificate.FORMAT);
        if (c.upperBound().isPresent()) {
            long u = c.upperBound().get().value();
            o.addProperty("claim", "the main conjecture fails for widths " + c.widths() + ": dim closure(delta(A_H)) >= U = " + u
                    + " >= dim closure(im delta) for data with X Y^T = M. Check: M has full rank; the point lies in A_H "
                    + "(gradient and Hessian vanish exactly); U recomputed from the widths (" + UpperBound.FORMULA
                    + ") is an upper bound on dim closure(im delta); d delta along the listed directions has rank U mod prime.");
        } else {
            o.addProperty("claim", "the main conjecture fails for widths " + c.widths() + ": dim closure(delta(A_H)) = T = "
                    + c.widths().targetDimension() + " for data with X Y^T = M. Check: M has full rank; the point lies in A_H "
                    + "(gradient and Hessian vanish exactly); d delta along the listed directions has rank T mod prime.");
        }
        o.add("widths", widthsArray(c.widths()));
        o.addProperty("prime", Long.toString(ModP.P));
        o.add("m", matrix(c.m()));
        JsonArray point = new JsonArray();
        c.point().forEach(layer -> point.add(matrix(layer)));
        o.add("point", point);
        o.add("inner", directionsArray(c.inner()));
        JsonArray ends = new JsonArray();
        for (HessianCertificate.EndDirection e : c.ends()) {
            JsonObject eo = new JsonObject();
            eo.add("xi0", matrix(e.xi0()));
            eo.add("xiN", matrix(e.xiN()));
            ends.add(eo);
        }
        o.add("ends", ends);
        o.addProperty("stratum", c.stratum());
        o.addProperty("seed", c.seed());
        c.upperBound().ifPresent(b -> {
            JsonObject bo = new JsonObject();
            bo.addProperty("value", b.value());
            JsonArray deficits = new JsonArray();
            b.deficits().forEach(deficits::add);
            bo.add("deficits", deficits);
            bo.addProperty("formula", UpperBound.FORMULA + ", T = sum_{t=1}^{N-1} d_t (d_t + 1) / 2 (proofs-notes/10-upper-bounds.md)");
            o.add("upperBound", bo);
        });
        return GSON.toJson(o);
    }

    private static JsonArray widthsArray(Widths widths) {
        JsonArray out = new JsonArray();
        widths.values().forEach(out::add);
        return out;
    }

    /** Directions as {@code [[s, i, j], ...]}. */
    private static JsonArray directionsArray(List<OrbitTangent.Direction> directions) {
        JsonArray out = new JsonArray();
        for (OrbitTangent.Direction d : directions) {
            JsonArray a = new JsonArray();
            a.add(d.vertex());
            a.add(d.i());
            a.add(d.j());
            out.add(a);
        }
        return out;
    }

    private static JsonArray matrix(List<List<BigInteger>> rows) {
        JsonArray out = new JsonArray();
        for (List<BigInteger> row : rows) {
            JsonArray r = new JsonArray();
            row.forEach(r::add);
            out.add(r);
        }
        return out;
    }

    private static List<List<BigInteger>> matrix(JsonArray rows) {
        List<List<BigInteger>> out = new ArrayList<>();
        for (JsonElement row : rows) {
            List<BigInteger> r = new ArrayList<>();
            for (JsonElement v : row.getAsJsonArray()) {
                r.add(v.getAsBigInteger());
            }
            out.add(r);
        }
        return out;
    }

    /**
     * The text of a certificate file: refused before reading when it is not a regular file or larger than
     * {@link StrictJson#MAX_BYTES}, and when it is not UTF-8.
     */
    public static String readText(Path file) throws IOException {
        return StrictJson.readObject(file, "certificate").toString();
    }

    /** The format named in a certificate file's JSON. */
    public static String formatOf(String json) {
        JsonObject o = StrictJson.parseObject(json, "certificate");
        return fields(() -> o.has("format") ? o.get("format").getAsString() : "", "\"format\" a string");
    }

    public static HessianCertificate parseHessian(String json) {
        Checks.require(HessianCertificate.FORMAT.equals(formatOf(json)), "certificate format", HessianCertificate.FORMAT,
                formatOf(json));
        JsonObject o = StrictJson.parseObject(json, "certificate");
        return fields(() -> {
            Widths widths = readWidths(o);
            List<List<List<BigInteger>>> point = readPoint(o);
            List<OrbitTangent.Direction> inner = readDirections(o, "inner");
            List<HessianCertificate.EndDirection> ends = new ArrayList<>();
            for (JsonElement e : field(o, "ends")) {
                JsonObject eo = e.getAsJsonObject();
                ends.add(new HessianCertificate.EndDirection(matrix(eo.getAsJsonArray("xi0")), matrix(eo.getAsJsonArray("xiN"))));
            }
            Optional<HessianCertificate.BoundData> bound = Optional.empty();
            if (o.has("upperBound")) {
                JsonObject bo = o.getAsJsonObject("upperBound");
                List<Integer> deficits = new ArrayList<>();
                // integers only: getAsBigInteger rejects 1.5, intValueExact and longValueExact reject overflow
                for (JsonElement e : bo.getAsJsonArray("deficits")) {
                    deficits.add(e.getAsBigInteger().intValueExact());
                }
                bound = Optional.of(new HessianCertificate.BoundData(bo.get("value").getAsBigInteger().longValueExact(), deficits));
            }
            return new HessianCertificate(widths, matrix(field(o, "m")), point, inner, ends,
                    o.has("stratum") ? o.get("stratum").getAsString() : "", o.has("seed") ? o.get("seed").getAsLong() : 0, bound);
        }, "well-formed fields (widths, m, point, inner, ends, upperBound)");
    }

    /** Reads a certificate; malformed content is an {@link IllegalArgumentException} naming the field. */
    public static Certificate read(Path file) throws IOException {
        return parse(readText(file));
    }

    public static Certificate parse(String json) {
        JsonObject o = StrictJson.parseObject(json, "certificate");
        String format = formatOf(json);
        Checks.require(Certificate.FORMAT.equals(format), "certificate format", Certificate.FORMAT, format);
        return fields(() -> {
            Checks.require(!o.has("prime") || Long.toString(ModP.P).equals(o.get("prime").getAsString()), "certificate prime",
                    Long.toString(ModP.P), o.get("prime"));
            Widths widths = readWidths(o);
            List<List<List<BigInteger>>> point = readPoint(o);
            List<OrbitTangent.Direction> dirs = readDirections(o, "directions");
            String zero = o.has("zero") ? o.get("zero").getAsString() : "";
            String orbit = o.has("orbit") ? o.get("orbit").getAsString() : "";
            long seed = o.has("seed") ? o.get("seed").getAsLong() : 0;
            return new Certificate(widths, zero, point, dirs, orbit, seed);
        }, "well-formed fields (widths, point, directions)");
    }

    /** Runs a reader of fields; a field of the wrong JSON type becomes a message naming what was expected. */
    private static <T> T fields(java.util.function.Supplier<T> reader, String expected) {
        try {
            return reader.get();
        } catch (NumberFormatException e) {
            throw Checks.failure("certificate", expected + " with integer entries", e.getMessage());
        } catch (IllegalStateException | UnsupportedOperationException | ClassCastException | NullPointerException
                | IndexOutOfBoundsException | ArithmeticException e) {
            throw Checks.failure("certificate", expected, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static Widths readWidths(JsonObject o) {
        List<Integer> w = new ArrayList<>();
        for (JsonElement e : field(o, "widths")) {
            w.add(e.getAsInt());
        }
        return new Widths(w);
    }

    private static List<List<List<BigInteger>>> readPoint(JsonObject o) {
        List<List<List<BigInteger>>> point = new ArrayList<>();
        for (JsonElement layer : field(o, "point")) {
            point.add(matrix(layer.getAsJsonArray()));
        }
        return point;
    }

    /** Directions {@code [[s, i, j], ...]} from the named field. */
    private static List<OrbitTangent.Direction> readDirections(JsonObject o, String name) {
        List<OrbitTangent.Direction> dirs = new ArrayList<>();
        for (JsonElement e : field(o, name)) {
            JsonArray a = e.getAsJsonArray();
            Checks.require(a.size() == 3, "certificate direction", "[vertex, i, j]", a);
            dirs.add(new OrbitTangent.Direction(a.get(0).getAsInt(), a.get(1).getAsInt(), a.get(2).getAsInt()));
        }
        return dirs;
    }

    private static JsonArray field(JsonObject o, String name) {
        Checks.require(o.has(name) && o.get(name).isJsonArray(), "certificate field \"" + name + "\"", "an array",
                o.get(name));
        return o.getAsJsonArray(name);
    }
}
