package io.factcheck.common.security;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.UUID;

import io.factcheck.common.problem.ResourceNotFoundException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The audience of the current read. A request without Authorization is the public (no statement, no key lookup:
 * anonymous reads cost what they did); one with a key is authenticated (lazily, once per request; {@link KeyOnReads}
 * has already answered 401 for a bad one) and reads for the desk. With claims.anonymous-reads=none the public sees
 * nothing: every read needs a key.
 */
@ApplicationScoped
public class ReadAccess {

    /** claims.anonymous-reads: published (the default) or none. */
    public enum AnonymousReads {
        PUBLISHED, NONE
    }

    private final CurrentIdentityAssociation identity;
    private final AnonymousReads anonymousReads;

    public ReadAccess(CurrentIdentityAssociation identity,
            @ConfigProperty(name = "claims.anonymous-reads", defaultValue = "published") String anonymousReads) {
        this.identity = identity;
        this.anonymousReads = switch (anonymousReads.trim().toLowerCase()) {
            case "published" -> AnonymousReads.PUBLISHED;
            case "none" -> AnonymousReads.NONE;
            default -> throw new IllegalArgumentException(
                    "claims.anonymous-reads (CLAIMS_ANONYMOUS_READS) must be published or none, not " + anonymousReads);
        };
    }

    public boolean anonymousReadsAllowed() {
        return anonymousReads == AnonymousReads.PUBLISHED;
    }

    /**
     * For the desk's own records (review history, matching suggestions and links): the public gets a 404, as if there
     * were no such thing, rather than a 403 that would confirm it exists.
     */
    public Uni<Void> deskOnly(String kind, UUID id) {
        return audience().invoke(audience -> {
            if (!audience.seesAll()) {
                throw new ResourceNotFoundException(kind, id);
            }
        }).replaceWithVoid();
    }

    /** The current request's audience; an anonymous request fails with 401 when anonymous reads are off. */
    public Uni<Audience> audience() {
        return identity.getDeferredIdentity().map(caller -> {
            if (!caller.isAnonymous()) {
                return Audience.DESK;
            }
            if (!anonymousReadsAllowed()) {
                throw new UnauthorizedException();
            }
            return Audience.PUBLIC;
        });
    }
}
