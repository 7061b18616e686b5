package org.skillscontest.platform.text;

import jakarta.validation.ConstraintValidatorContext;

/** The violation of a text constraint says which rule the text breaks. */
final class TextChecks {

    private TextChecks() {
    }

    static boolean holds(Text.Defect defect, ConstraintValidatorContext context) {
        if (defect == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // a constant message: never the value, which could carry expression-language syntax
        context.buildConstraintViolationWithTemplate(defect.message).addConstraintViolation();
        return false;
    }
}
