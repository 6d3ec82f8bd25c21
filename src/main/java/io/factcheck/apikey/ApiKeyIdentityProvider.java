package io.factcheck.apikey;

import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.factcheck.common.security.KeyHash;
import io.factcheck.common.security.Roles;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a bearer key into an identity named after the key, with the key's role. Issued keys are looked up by their
 * SHA-256 on every authenticated request (no cache), so a revoked key stops working at once on every instance; the
 * same statement records when the key was last used.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final Pool pool;
    private final BootstrapAdminKey bootstrap;

    public ApiKeyIdentityProvider(Pool pool, BootstrapAdminKey bootstrap) {
        this.pool = pool;
        this.bootstrap = bootstrap;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String secret = request.getToken().getToken();
        if (bootstrap.matches(secret)) {
            return Uni.createFrom().item(identity(BootstrapAdminKey.NAME, Roles.ADMIN, request));
        }
        byte[] hash = KeyHash.sha256(secret);
        return pool.preparedQuery("update api_key set last_used_at = $2 where key_hash = $1 and revoked_at is null "
                + "returning key_hash, name, role")
                .execute(Tuple.of(Buffer.buffer(hash), OffsetDateTime.now(ZoneOffset.UTC)))
                .map(rows -> {
                    Row row = rows.iterator().hasNext() ? rows.iterator().next() : null;
                    // The index found the row by hash; compare again in constant time rather than trust equality there.
                    if (row == null || !MessageDigest.isEqual(hash, row.getBuffer("key_hash").getBytes())) {
                        throw new AuthenticationFailedException();
                    }
                    return identity(row.getString("name"), row.getString("role"), request);
                });
    }

    private static SecurityIdentity identity(String name, String role, TokenAuthenticationRequest request) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addRole(role)
                .addCredential(request.getToken())
                .build();
    }
}
