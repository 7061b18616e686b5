package org.skillscontest.platform.text;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A code of the contract ({@link Text#CODE}): a competition, event, round, module, federation or series,
 * in a body or a path. Null is valid.
 */
@Documented
@Pattern(regexp = Text.CODE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Code {

    String message() default "must be a code: 1 to 64 letters, digits and hyphens";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
