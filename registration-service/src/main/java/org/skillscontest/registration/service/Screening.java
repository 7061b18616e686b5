package org.skillscontest.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillscontest.platform.problem.FieldError;
import org.skillscontest.platform.time.ChinaTime;
import org.skillscontest.registration.domain.EntryRequest;
import org.skillscontest.registration.domain.CreditCode;
import org.skillscontest.registration.domain.IdNumber;

/**
 * The input checks of an intake, row by row (Bean Validation, the ID number's check digit and date,
 * gender against the ID number, the credit code's check character), and the same person twice in
 * one batch. Needs no database.
 */
@ApplicationScoped
public class Screening {

    private final Validator validator;
    private final Clock clock;

    public Screening(Validator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    /** The rows that may go on to eligibility; each refused row gets its outcome in {@code outcomes}. */
    List<Candidate> screen(List<EntryRequest> requests, Outcome[] outcomes) {
        List<Candidate> candidates = new ArrayList<>(requests.size());
        Map<String, Integer> firstRowOfPerson = new HashMap<>();
        LocalDate today = ChinaTime.today(clock);
        for (int i = 0; i < requests.size(); i++) {
            EntryRequest request = requests.get(i);
            IdNumber.Result id = request == null || request.idNumber() == null ? null : IdNumber.parse(request.idNumber(), today);
            List<FieldError> errors = inputErrors(request, id);
            if (!errors.isEmpty()) {
                outcomes[i] = Outcome.rejected(i, Outcome.Kind.INVALID, errors);
                continue;
            }
            Integer first = firstRowOfPerson.putIfAbsent(id.idNumber().value(), i);
            if (first != null) {
                outcomes[i] = Outcome.rejected(i, Outcome.Kind.DUPLICATE, List.of(new FieldError("idNumber", "duplicate-in-batch",
                        "the same person is in row " + first + " of this batch")));
                continue;
            }
            candidates.add(new Candidate(i, request, id.idNumber()));
        }
        return candidates;
    }

    /** Bean Validation of the row, then the ID number (parsed once by the caller), gender and credit code. */
    private List<FieldError> inputErrors(EntryRequest request, IdNumber.Result id) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            return List.of(new FieldError("body", "missing", "the row is empty"));
        }
        for (ConstraintViolation<EntryRequest> v : validator.validate(request)) {
            errors.add(new FieldError(v.getPropertyPath().toString(),
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()
                            .replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(), v.getMessage()));
        }
        if (id != null) {
            if (id.defect() != null) {
                errors.add(new FieldError("idNumber", id.defect().code, id.defect().message));
            } else if (request.gender() != null && request.gender() != id.idNumber().gender()) {
                errors.add(new FieldError("gender", "gender-mismatch", "does not agree with the ID number"));
            }
        }
        if (request.employer() != null && request.employer().creditCode() != null) {
            CreditCode.Defect credit = CreditCode.defectOf(request.employer().creditCode());
            if (credit != null) {
                errors.add(new FieldError("employer.creditCode", credit.code, credit.message));
            }
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }
}
