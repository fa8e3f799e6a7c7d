package org.reportingportals.core.platform.boundary;

import com.ibm.icu.util.ULocale;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import org.reportingportals.core.platform.control.UnicodeText;
import org.reportingportals.core.platform.entity.FieldError;
import org.reportingportals.core.platform.entity.ProblemType;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a request body as exactly one JSON object, whole and unaltered, or refuses it without echoing what was
 * sent: 400 {@code malformed-request} for anything that is not one well-formed object within the limits below,
 * 422 {@code validation} naming each string field that carries a character {@link UnicodeText} refuses.
 */
public final class JsonBodies {

    /**
     * The JSON provider, looked up once. The static {@code jakarta.json.Json} methods look it up again with a
     * ServiceLoader on every call, which scans the application's jars under a lock: measured as requests
     * queueing behind one another under load (ops/bench, issue 10).
     */
    public static final JsonProvider JSON = JsonProvider.provider();

    /** Deepest nesting read; every body we take is three levels deep at most. */
    public static final int MAX_DEPTH = 32;
    /** Longest number literal read, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;

    /**
     * Parsson's own limits (org.eclipse.parsson.api.JsonConfig, Parsson 1.1.5 in Payara 6): a duplicate key
     * anywhere is refused (by default the last one wins, so a second {@code urls} would replace a refused first
     * one), nesting deeper than {@link #MAX_DEPTH} and number literals longer than {@link #MAX_NUMBER_LENGTH}
     * are refused while parsing, and no number is ever expanded to more than 1,000 digits. Keys spelled out
     * because Parsson's API jar is not on our compile path; the provider ignores keys it does not know.
     */
    private static final JsonParserFactory PARSERS = JSON.createParserFactory(Map.of(
            "org.eclipse.parsson.rejectDuplicateKeys", true,
            "org.eclipse.parsson.maxDepth", MAX_DEPTH + 1, // Parsson refuses a depth equal to its limit
            "org.eclipse.parsson.maxBigDecimalLength", MAX_NUMBER_LENGTH,
            "org.eclipse.parsson.maxBigIntegerScale", 1_000));

    private JsonBodies() {
    }

    public static JsonObject object(InputStream body, ULocale locale) {
        String text;
        try {
            byte[] bytes = body == null ? new byte[0] : body.readAllBytes(); // bounded by RequestLimits
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(ProblemType.MALFORMED, locale);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED, locale);
        }
        JsonObject object = parse(text).orElseThrow(() -> new ProblemException(ProblemType.MALFORMED, locale));
        List<FieldError> errors = new ArrayList<>();
        if (!check(object, "", errors)) {
            throw new ProblemException(ProblemType.MALFORMED, locale);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(locale, errors);
        }
        return object;
    }

    /** The one object the text holds, with nothing but white space after it. */
    static java.util.Optional<JsonObject> parse(String text) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                return java.util.Optional.empty();
            }
            JsonObject object = parser.getObject();
            // Parsson's reader stops after the first value; the parser answers whether anything follows
            return parser.hasNext() ? java.util.Optional.empty() : java.util.Optional.of(object);
        } catch (RuntimeException refused) {
            // Parsson's answers to input it will not read are a JsonParsingException (syntax), an
            // IllegalStateException (a duplicate key), an UnsupportedOperationException (a number too long), a
            // NumberFormatException (an exponent beyond an int) and a bare RuntimeException (too deep). The text is
            // already in memory, so nothing else can fail here: each of them is the body's fault.
            return java.util.Optional.empty();
        }
    }

    /**
     * Collects a field error for every string the platform would not keep as sent, named the way the API names
     * fields ({@code description}, {@code urls[0]}, {@code contact.email}); false for a key that carries such a
     * character (a key is structure, not a field that could be named).
     */
    private static boolean check(JsonValue value, String path, List<FieldError> errors) {
        switch (value.getValueType()) {
            case OBJECT -> {
                for (Map.Entry<String, JsonValue> member : value.asJsonObject().entrySet()) {
                    if (!UnicodeText.acceptable(member.getKey(), false)
                            || !check(member.getValue(), path.isEmpty() ? member.getKey() : path + "." + member.getKey(), errors)) {
                        return false;
                    }
                }
            }
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    if (!check(array.get(i), path + "[" + i + "]", errors)) {
                        return false;
                    }
                }
            }
            case STRING -> {
                if (!UnicodeText.acceptable(((JsonString) value).getString(), true)) {
                    errors.add(UnicodeText.refused(path));
                }
            }
            default -> {
                // numbers, true, false, null: nothing to alter
            }
        }
        return true;
    }
}
