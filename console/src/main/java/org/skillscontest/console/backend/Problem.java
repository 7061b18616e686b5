package org.skillscontest.console.backend;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A service's RFC 9457 answer to a request it refused: what went wrong, and for input errors the
 * field each error names ({@code errors[].field}, e.g. {@code entries[3].idNumber}).
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public record FieldError(String field, String code, String message) {
    }

    /** The first message per field, for showing beside the form's inputs. */
    public Map<String, String> byField() {
        return errors.stream().filter(e -> e.field() != null)
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** One line for people: the detail, else the title. */
    public String summary() {
        return detail != null && !detail.isBlank() ? detail : title != null ? title : "HTTP " + status;
    }
}
