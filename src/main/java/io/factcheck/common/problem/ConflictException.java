package io.factcheck.common.problem;

/** The request conflicts with the current state (a duplicate unique value, a concurrent update). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
