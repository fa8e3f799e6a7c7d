package org.reportingportals.core.platform.boundary;

import com.ibm.icu.util.ULocale;
import jakarta.ws.rs.WebApplicationException;
import org.reportingportals.core.platform.entity.FieldError;
import org.reportingportals.core.platform.entity.ProblemType;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An error meant for the client, rendered by {@link ProblemExceptionMapper} as localised problem JSON. The
 * locale is known when a tenant was resolved; otherwise the mapper negotiates one from the request.
 */
public class ProblemException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient ProblemType type;
    private final transient Optional<ULocale> locale;
    private final transient Map<String, Object> arguments;
    private final transient List<FieldError> errors;

    public ProblemException(ProblemType type, Optional<ULocale> locale, Map<String, Object> arguments,
                            List<FieldError> errors) {
        super(type.uri(), null, type.status());
        this.type = type;
        this.locale = locale;
        this.arguments = Map.copyOf(arguments);
        this.errors = List.copyOf(errors);
    }

    public ProblemException(ProblemType type, ULocale locale) {
        this(type, Optional.of(locale), Map.of(), List.of());
    }

    public ProblemException(ProblemType type) {
        this(type, Optional.empty(), Map.of(), List.of());
    }

    public static ProblemException validation(ULocale locale, List<FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, Optional.of(locale), Map.of("count", errors.size()), errors);
    }

    /** Field errors on an API whose callers are staff: the language comes from Accept-Language. */
    public static ProblemException validation(List<FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, Optional.empty(), Map.of("count", errors.size()), errors);
    }

    public static ProblemException validation(FieldError error) {
        return validation(List.of(error));
    }

    public ProblemType type() {
        return type;
    }

    public Optional<ULocale> locale() {
        return locale;
    }

    public Map<String, Object> arguments() {
        return arguments;
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // a client error, not a fault: no stack trace to collect or leak
    }
}
