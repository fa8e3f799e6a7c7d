package org.reportingportals.core.assessment.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.reportingportals.core.assessment.entity.Action;
import org.reportingportals.core.assessment.entity.AgeBand;
import org.reportingportals.core.assessment.entity.Finding;
import org.reportingportals.core.assessment.entity.Outcome;
import org.reportingportals.core.platform.entity.FieldError;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads an assessment body, naming every unknown property and invalid value. */
public final class FindingReader {

    static final Set<String> KNOWN = Set.of("outcome", "hostingCountry", "ageBand", "selfGenerated", "actions", "notes",
            "applyToDuplicates");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    static final int MAX_NOTES = 4000;

    public record Read(Optional<Finding> finding, boolean applyToDuplicates, List<FieldError> errors) {
    }

    private FindingReader() {
    }

    public static Read read(JsonObject body) {
        List<FieldError> errors = new ArrayList<>();
        body.keySet().stream().filter(k -> !KNOWN.contains(k)).forEach(k -> errors.add(
                new FieldError(k, "field.unknown", "intake.error.field.unknown")));
        Optional<Outcome> outcome = text(body, "outcome").flatMap(Outcome::fromCode);
        if (outcome.isEmpty()) {
            errors.add(new FieldError("outcome", "outcome.invalid", "assessment.error.outcome"));
        }
        Optional<String> country = text(body, "hostingCountry").map(c -> c.toUpperCase(Locale.ROOT));
        if (country.isPresent() && !COUNTRIES.contains(country.get())) {
            errors.add(new FieldError("hostingCountry", "country.invalid", "assessment.error.country"));
        }
        Optional<AgeBand> ageBand = Optional.empty();
        if (text(body, "ageBand").isPresent()) {
            ageBand = AgeBand.fromCode(text(body, "ageBand").get());
            if (ageBand.isEmpty()) {
                errors.add(new FieldError("ageBand", "age-band.invalid", "assessment.error.age-band"));
            }
        }
        Optional<Boolean> selfGenerated = Optional.empty();
        JsonValue sg = body.get("selfGenerated");
        if (sg == JsonValue.TRUE || sg == JsonValue.FALSE) {
            selfGenerated = Optional.of(sg == JsonValue.TRUE);
        } else if (sg != null && sg != JsonValue.NULL) {
            errors.add(new FieldError("selfGenerated", "field.type", "intake.error.field.type"));
        }
        Set<Action> actions = EnumSet.noneOf(Action.class);
        JsonValue list = body.get("actions");
        if (list instanceof JsonArray array && !array.isEmpty()) {
            for (JsonValue item : array) {
                Optional<Action> action = item instanceof JsonString s ? Action.fromCode(s.getString()) : Optional.empty();
                action.ifPresentOrElse(actions::add, () -> errors.add(
                        new FieldError("actions", "actions.invalid", "assessment.error.actions")));
            }
        }
        if (actions.isEmpty() || actions.contains(Action.NONE) && actions.size() > 1) {
            errors.add(new FieldError("actions", "actions.invalid", "assessment.error.actions"));
        }
        // the analyst's text as written (indentation included); codes above are trimmed, free text never is
        Optional<String> notes = body.get("notes") instanceof JsonString given && !given.getString().isEmpty()
                ? Optional.of(given.getString()) : Optional.empty();
        if (notes.isPresent() && notes.get().length() > MAX_NOTES) {
            errors.add(new FieldError("notes", "notes.too-long", "assessment.error.notes.too-long", Map.of("max", MAX_NOTES)));
        }
        boolean apply = body.get("applyToDuplicates") == JsonValue.TRUE;
        if (!errors.isEmpty()) {
            return new Read(Optional.empty(), apply, errors.stream().distinct().toList());
        }
        return new Read(Optional.of(new Finding(outcome.get(), country, ageBand, selfGenerated, actions, notes)), apply,
                List.of());
    }

    private static Optional<String> text(JsonObject body, String name) {
        JsonValue value = body.get(name);
        return value instanceof JsonString s && !s.getString().isBlank() ? Optional.of(s.getString().strip()) : Optional.empty();
    }
}
