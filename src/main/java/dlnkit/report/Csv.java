package dlnkit.report;

import dlnkit.model.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV table (RFC 4180): a header and rows of the same length. Numbers are written with
 * {@link Double#toString} (round-trip exact, locale-free); {@code NaN} and infinities are written as an
 * empty field, so no overflowed number ever appears as data. Fields with a comma, quote or line break are
 * quoted.
 */
public final class Csv {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public Csv(String... header) {
        Checks.require(header.length >= 1, "CSV header", "at least one column", 0);
        this.header = List.of(header);
    }

    /** Appends a row; values are {@link Number}s, strings, booleans or enums. */
    public Csv row(Object... values) {
        Checks.require(values.length == header.size(), "CSV row", header.size() + " fields", values.length);
        List<String> r = new ArrayList<>(values.length);
        for (Object v : values) {
            r.add(field(v));
        }
        rows.add(r);
        return this;
    }

    public int size() {
        return rows.size();
    }

    public List<String> header() {
        return header;
    }

    static String field(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? Double.toString(d) : "";
        }
        if (v instanceof Float f) {
            return Float.isFinite(f) ? Float.toString(f) : "";
        }
        return v.toString();
    }

    static String quote(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        appendLine(sb, header);
        for (List<String> r : rows) {
            appendLine(sb, r);
        }
        return sb.toString();
    }

    private static void appendLine(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(fields.get(i)));
        }
        sb.append('\n');
    }

    public void write(Path file) {
        try {
            dlnkit.io.AtomicFiles.writeString(file, toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
