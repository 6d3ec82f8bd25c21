package io.factcheck.common.http;

import java.util.UUID;

/** A view of one optimistically locked row: its id and version make its entity tag. */
public interface Versioned {

    UUID id();

    long version();
}
