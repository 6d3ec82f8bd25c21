package io.factcheck.common.problem;

/** A conditional write's If-Match no longer names the current version. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
