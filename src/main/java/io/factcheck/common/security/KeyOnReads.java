package io.factcheck.common.security;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Authentication stays lazy, but a key that is sent is always checked: a bad key answers 401 on a read as on a write
 * (a client must not silently read as the public because its key was revoked). Without a key nothing happens here
 * (anonymous reads cost no statement), except that with claims.anonymous-reads=none a read needs one.
 */
public class KeyOnReads {

    private final CurrentIdentityAssociation identity;
    private final ReadAccess access;

    public KeyOnReads(CurrentIdentityAssociation identity, ReadAccess access) {
        this.identity = identity;
        this.access = access;
    }

    @ServerRequestFilter
    public Uni<Void> checkKey(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.isBlank()) {
            return identity.getDeferredIdentity().onFailure().transform(failure -> new AuthenticationFailedException())
                    .replaceWithVoid();
        }
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (read && !access.anonymousReadsAllowed()) {
            return Uni.createFrom().failure(new UnauthorizedException());
        }
        return Uni.createFrom().voidItem();
    }
}
