package org.reportingportals.core.intake.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.reportingportals.core.intake.entity.SubmissionForm;
import org.reportingportals.core.platform.entity.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the JSON body of a report into a {@link SubmissionForm}, naming every unknown property and every
 * value of the wrong type.
 */
public final class JsonSubmissions {

    public static final Set<String> KNOWN = Set.of("urls", "description", "whereFound", "contentHints",
            "childInDanger", "contact", "feedback", "locale", "reporter", "ageWhenMade", "threatened");
    private static final Set<String> KNOWN_CONTACT = Set.of("email");

    /** The form, or the list of field errors (never both empty). */
    public record Read(Optional<SubmissionForm> form, List<FieldError> errors) {
    }

    private JsonSubmissions() {
    }

    public static Read read(JsonObject body) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : body.keySet()) {
            if (!KNOWN.contains(name)) {
                errors.add(unknown(name));
            }
        }
        List<String> urls = stringList(body, "urls", errors);
        Optional<String> description = string(body, "description", "description", errors);
        Optional<String> whereFound = string(body, "whereFound", "whereFound", errors);
        List<String> contentHints = stringList(body, "contentHints", errors);
        boolean childInDanger = bool(body, "childInDanger", errors);
        Optional<String> feedback = string(body, "feedback", "feedback", errors);
        Optional<String> locale = string(body, "locale", "locale", errors);
        Optional<String> reporter = string(body, "reporter", "reporter", errors);
        Optional<String> ageWhenMade = string(body, "ageWhenMade", "ageWhenMade", errors);
        boolean threatened = bool(body, "threatened", errors);
        Optional<String> email = Optional.empty();
        JsonValue contact = body.get("contact");
        if (contact != null && contact.getValueType() != JsonValue.ValueType.NULL) {
            if (contact.getValueType() != JsonValue.ValueType.OBJECT) {
                errors.add(wrongType("contact"));
            } else {
                JsonObject contactObject = contact.asJsonObject();
                for (String name : contactObject.keySet()) {
                    if (!KNOWN_CONTACT.contains(name)) {
                        errors.add(unknown("contact." + name));
                    }
                }
                email = string(contactObject, "email", "contact.email", errors);
            }
        }
        if (!errors.isEmpty()) {
            return new Read(Optional.empty(), errors);
        }
        return new Read(Optional.of(new SubmissionForm(urls, description, whereFound, contentHints, childInDanger,
                email, feedback, locale, reporter, ageWhenMade, threatened)), List.of());
    }

    static FieldError unknown(String field) {
        return new FieldError(field, "field.unknown", "intake.error.field.unknown");
    }

    static FieldError wrongType(String field) {
        return new FieldError(field, "field.type", "intake.error.field.type");
    }

    private static Optional<String> string(JsonObject object, String name, String field, List<FieldError> errors) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            errors.add(wrongType(field));
            return Optional.empty();
        }
        return Optional.of(((JsonString) value).getString());
    }

    private static boolean bool(JsonObject object, String name, List<FieldError> errors) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value != JsonValue.FALSE) {
            errors.add(wrongType(name));
        }
        return false;
    }

    private static List<String> stringList(JsonObject object, String name, List<FieldError> errors) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            errors.add(wrongType(name));
            return List.of();
        }
        JsonArray array = value.asJsonArray();
        List<String> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            if (item.getValueType() != JsonValue.ValueType.STRING) {
                errors.add(wrongType(name + "[" + i + "]"));
            } else {
                result.add(((JsonString) item).getString());
            }
        }
        return result;
    }
}
