package io.factcheck.common.problem;

/** A write that must be conditional came without If-Match (RFC 6585: 428). */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
