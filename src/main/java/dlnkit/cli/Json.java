package dlnkit.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object built in key order, printed with Gson; non-finite numbers become null. */
final class Json {
    private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting().create();
    private final Map<String, Object> fields = new LinkedHashMap<>();

    Json put(String key, Object value) {
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            value = null;
        }
        fields.put(key, value);
        return this;
    }

    @Override
    public String toString() {
        return GSON.toJson(fields);
    }
}
