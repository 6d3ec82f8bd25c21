package io.factcheck.common.problem;

import java.util.UUID;

/** An id in the path names nothing. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String kind, UUID id) {
        super("No " + kind + " with id " + id);
    }
}
