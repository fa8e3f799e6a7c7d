package org.reportingportals.core.platform.boundary;

import com.ibm.icu.util.ULocale;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.entity.ProblemType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads a request body as one JSON object, or answers 400 without echoing what was sent. */
public final class JsonBodies {

    /**
     * The JSON provider, looked up once. The static {@code jakarta.json.Json} methods look it up again with a
     * ServiceLoader on every call, which scans the application's jars under a lock: measured as requests
     * queueing behind one another under load (ops/bench, issue 10).
     */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonBodies() {
    }

    public static JsonObject object(InputStream body, ULocale locale) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readAllBytes(); // bounded by RequestLimits
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new ProblemException(ProblemType.MALFORMED, locale);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED, locale);
        }
        try (JsonReader reader = JSON.createReader(
                new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ProblemException(ProblemType.MALFORMED, locale);
            }
            return value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ProblemException(ProblemType.MALFORMED, locale);
        }
    }
}
