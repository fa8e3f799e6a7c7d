package org.reportingportals.core.platform.entity;

import java.util.Map;
import java.util.Objects;

/**
 * One problem with one input field, before localisation.
 *
 * @param field      the field's name as the client sent it, with an index for list items ({@code urls[2]})
 * @param code       stable machine-readable code, e.g. {@code url.scheme}
 * @param messageKey catalog key of the human message
 * @param arguments  named ICU arguments of the message
 */
public record FieldError(String field, String code, String messageKey, Map<String, Object> arguments) {
    public FieldError {
        Objects.requireNonNull(field);
        Objects.requireNonNull(code);
        Objects.requireNonNull(messageKey);
        arguments = Map.copyOf(arguments);
    }

    public FieldError(String field, String code, String messageKey) {
        this(field, code, messageKey, Map.of());
    }
}
