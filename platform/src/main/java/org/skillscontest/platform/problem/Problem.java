package org.skillscontest.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem details body ({@code application/problem+json}), with field errors for input problems. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static String type(String slug) {
        return "urn:skillscontest:problem:" + slug;
    }
}
