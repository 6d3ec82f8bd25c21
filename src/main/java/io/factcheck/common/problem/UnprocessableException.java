package io.factcheck.common.problem;

import java.util.List;

/** Well-formed input that cannot be applied: a quote that is not in the article, offsets past its end, … */
public class UnprocessableException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public UnprocessableException(String field, String message) {
        super(message);
        this.errors = List.of(new Problem.FieldError(field, message));
    }

    /** Several problems found at once (e.g. every malformed item of an import), so a client fixes them in one go. */
    public UnprocessableException(String message, List<Problem.FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
