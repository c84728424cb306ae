package dlnkit.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dlnkit.model.Checks;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the JSON files dlnkit accepts as input (certificates, points) strictly: RFC 8259 only (no comments,
 * unquoted keys or single quotes, no trailing data), UTF-8 without a byte-order mark, at most
 * {@link #MAX_BYTES} bytes (checked from the file size before anything is read) and at most
 * {@link #MAX_NESTING} levels of nesting. Every refusal is an {@link IllegalArgumentException} whose message
 * names the input, what was expected and what was found.
 */
public final class StrictJson {
    /** The largest input file accepted: 64 MiB (a depth-1000 width-8 certificate is about 2 MiB). */
    public static final long MAX_BYTES = 64L << 20;
    /** The deepest nesting accepted; dlnkit's formats nest at most four levels. */
    public static final int MAX_NESTING = 32;

    private StrictJson() {
    }

    /** The JSON object in {@code file}; {@code what} names the input in messages (for example "certificate"). */
    public static JsonObject readObject(Path file, String what) throws IOException {
        Checks.require(Files.isRegularFile(file), what + " file", "an existing file", file);
        long size = Files.size(file);
        Checks.require(size <= MAX_BYTES, what + " file", "at most " + MAX_BYTES + " bytes", file + " (" + size + " bytes)");
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Checks.failure(what + " file", "UTF-8 text", file + " (not valid UTF-8)");
        }
        return parseObject(text, what);
    }

    /** The JSON object in {@code text}, parsed strictly. */
    public static JsonObject parseObject(String text, String what) {
        Checks.require(text.length() <= MAX_BYTES, what, "at most " + MAX_BYTES + " characters", text.length() + " characters");
        Checks.require(!text.startsWith("\uFEFF"), what, "JSON without a byte-order mark", "a byte-order mark");
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(MAX_NESTING);
        JsonElement element;
        try {
            element = JsonParser.parseReader(reader);
            Checks.require(reader.peek() == JsonToken.END_DOCUMENT, what, "one JSON value", "data after it at " + reader.getPath());
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw Checks.failure(what, "strict JSON (RFC 8259, at most " + MAX_NESTING + " levels of nesting)", brief(e));
        } catch (StackOverflowError e) {
            throw Checks.failure(what, "at most " + MAX_NESTING + " levels of nesting", "deeper nesting");
        }
        Checks.require(element.isJsonObject(), what, "a JSON object", element.isJsonNull() ? "null" : kind(element));
        return element.getAsJsonObject();
    }

    private static String kind(JsonElement e) {
        if (e.isJsonObject()) {
            return "an object";
        }
        if (e.isJsonArray()) {
            return "an array";
        }
        return e.getAsJsonPrimitive().isString() ? "a string" : "a number or boolean";
    }

    /** The parser's message without Gson's troubleshooting links. */
    private static String brief(Exception e) {
        Throwable cause = e.getCause() != null && e.getMessage() != null && e.getMessage().startsWith("com.google") ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int see = message.indexOf("\nSee ");
        if (see < 0) {
            see = message.indexOf(" See https://");
        }
        return (see >= 0 ? message.substring(0, see) : message).strip();
    }
}
