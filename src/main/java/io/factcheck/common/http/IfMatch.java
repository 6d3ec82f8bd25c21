package io.factcheck.common.http;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.factcheck.common.problem.InvalidParameterException;
import io.factcheck.common.problem.PreconditionFailedException;
import io.factcheck.common.problem.PreconditionRequiredException;

/**
 * A write's {@code If-Match} precondition. Services check it against the row they loaded inside the write's
 * transaction, so the comparison and the write see the same version (optimistic locking catches a write in between).
 */
public final class IfMatch {

    /** No If-Match header: the write is unconditional (still protected from lost updates by optimistic locking). */
    public static final IfMatch NONE = new IfMatch(false, List.of());

    private final boolean any;
    private final List<EntityTag> tags;

    private IfMatch(boolean any, List<EntityTag> tags) {
        this.any = any;
        this.tags = tags;
    }

    /** A malformed header is a 400: ignoring it would turn a conditional write into an unconditional one. */
    public static IfMatch parse(String header) {
        if (header == null) {
            return NONE;
        }
        if (header.trim().equals("*")) {
            return new IfMatch(true, List.of());
        }
        try {
            return new IfMatch(false, EntityTag.parseList(header));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("If-Match",
                    "must be * or the quoted ETag of the resource, e.g. \"0196…\": " + e.getMessage());
        }
    }

    /**
     * For writes that must not happen blindly (publish, retract: a desk must have seen what it publishes): a missing
     * header is a 428.
     */
    public static IfMatch required(String header, String kind) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException("This write needs If-Match: send the ETag of GET /" + kind
                    + "s/{id} (or *), so that what you act on is what you last read");
        }
        return parse(header);
    }

    /** Throws 412 unless the row's current strong tag is one of the header's (weak tags never match, RFC 9110). */
    public void check(String kind, UUID id, long currentVersion) {
        if (this == NONE || any) {
            return;
        }
        EntityTag current = EntityTag.of(id, currentVersion);
        if (tags.stream().noneMatch(current::stronglyMatches)) {
            throw new PreconditionFailedException("The " + kind + " has changed: If-Match was "
                    + tags.stream().map(EntityTag::toString).collect(Collectors.joining(", "))
                    + " but its current ETag is " + current + " (version " + currentVersion
                    + "); read it again, then retry");
        }
    }
}
