package org.reportingportals.core.console.boundary;

import org.reportingportals.core.platform.boundary.JsonBodies;
import com.ibm.icu.util.ULocale;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.reportingportals.core.assessment.entity.Action;
import org.reportingportals.core.assessment.entity.AgeBand;
import org.reportingportals.core.assessment.entity.Outcome;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An assessment as typed into the console's form: turned into the API's JSON shape so the one
 * {@code FindingReader} validates both, and kept as typed to show again with the errors.
 *
 * @param target the URL (or review) the form was for
 */
record AssessmentForm(UUID target, String outcome, String hostingCountry, String ageBand, String selfGenerated,
                      List<String> actions, String notes, boolean applyToDuplicates) {

    static final Choices CHOICES = new Choices(
            Arrays.stream(Outcome.values()).map(Outcome::code).toList(),
            Arrays.stream(AgeBand.values()).map(AgeBand::code).toList(),
            Arrays.stream(Action.values()).map(Action::code).toList(),
            Arrays.stream(Locale.getISOCountries())
                    .map(c -> new Country(c, ULocale.getDisplayCountry("und-" + c, ULocale.ENGLISH)))
                    .sorted(Comparator.comparing(Country::name)).toList());

    JsonObject json() {
        JsonObjectBuilder body = JsonBodies.JSON.createObjectBuilder();
        text(outcome).ifPresent(v -> body.add("outcome", v));
        text(hostingCountry).ifPresent(v -> body.add("hostingCountry", v));
        text(ageBand).ifPresent(v -> body.add("ageBand", v));
        if ("yes".equals(selfGenerated) || "no".equals(selfGenerated)) {
            body.add("selfGenerated", "yes".equals(selfGenerated));
        }
        JsonArrayBuilder list = JsonBodies.JSON.createArrayBuilder();
        (actions == null ? List.<String>of() : actions).forEach(list::add);
        body.add("actions", list);
        text(notes).ifPresent(v -> body.add("notes", v));
        if (applyToDuplicates) {
            body.add("applyToDuplicates", true);
        }
        return body.build();
    }

    Typed typed(Map<String, String> errors) {
        return new Typed(Optional.of(target), text(outcome).orElse(""), text(hostingCountry).orElse(""),
                text(ageBand).orElse(""), text(selfGenerated).orElse(""), actions == null ? List.of() : List.copyOf(actions),
                text(notes).orElse(""), applyToDuplicates, Map.copyOf(errors));
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** What the form shows: the values typed for one target with their errors, or nothing typed yet. */
    public record Typed(Optional<UUID> target, String outcome, String hostingCountry, String ageBand,
                        String selfGenerated, List<String> actions, String notes, boolean applyToDuplicates,
                        Map<String, String> errors) {

        Typed(Map<String, String> errors) {
            this(Optional.empty(), "", "", "", "", List.of(), "", false, errors);
        }

        public boolean isFor(UUID id) {
            return target.isPresent() && target.get().equals(id);
        }

        public String value(UUID id, String field) {
            if (!isFor(id)) {
                return "";
            }
            return switch (field) {
                case "outcome" -> outcome;
                case "hostingCountry" -> hostingCountry;
                case "ageBand" -> ageBand;
                case "selfGenerated" -> selfGenerated;
                case "notes" -> notes;
                default -> "";
            };
        }

        public boolean checked(UUID id, String action) {
            return isFor(id) && actions.contains(action);
        }

        public boolean applyChecked(UUID id) {
            return isFor(id) && applyToDuplicates;
        }

        public Optional<String> error(UUID id, String field) {
            return isFor(id) ? Optional.ofNullable(errors.get(field)) : Optional.empty();
        }

        public boolean hasErrors(UUID id) {
            return isFor(id) && !errors.isEmpty();
        }
    }

    public record Choices(List<String> outcomes, List<String> ageBands, List<String> actions, List<Country> countries) {
    }

    public record Country(String code, String name) {
    }
}
