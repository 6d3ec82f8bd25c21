package io.factcheck.apikey;

import io.factcheck.common.security.KeyHash;
import io.factcheck.common.security.Roles;
import io.factcheck.ratelimit.KeyRoles;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A key's role for its rate-limit budgets: the bootstrap key is an admin, an issued key has its stored role while it
 * is not revoked. A read-only lookup (unlike authentication, it does not record the key's use); the rate limiter caches
 * the answer for claims.ratelimit.key-role-ttl.
 */
@ApplicationScoped
public class ApiKeyRoles implements KeyRoles {

    private final Pool pool;
    private final BootstrapAdminKey bootstrap;

    public ApiKeyRoles(Pool pool, BootstrapAdminKey bootstrap) {
        this.pool = pool;
        this.bootstrap = bootstrap;
    }

    @Override
    public Uni<String> roleOf(String secret) {
        if (bootstrap.matches(secret)) {
            return Uni.createFrom().item(Roles.ADMIN);
        }
        return pool.preparedQuery("select role from api_key where key_hash = $1 and revoked_at is null")
                .execute(Tuple.of(Buffer.buffer(KeyHash.sha256(secret))))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getString("role") : null);
    }
}
