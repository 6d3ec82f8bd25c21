package io.factcheck.apikey;

import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.factcheck.common.security.KeyHash;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The admin key from the environment ({@code CLAIMS_ADMIN_KEY}): accepted as an admin key, never stored. It exists
 * to issue the first keys; without it (and without issued keys) nobody can write, and the log says so at start.
 */
@ApplicationScoped
public class BootstrapAdminKey {

    /** The name a review records when this key wrote it. */
    public static final String NAME = "CLAIMS_ADMIN_KEY";
    private static final Logger LOG = Logger.getLogger(BootstrapAdminKey.class);
    private static final int MIN_LENGTH = 16;

    private final Optional<String> key;
    private final Pool pool;

    public BootstrapAdminKey(@ConfigProperty(name = "claims.admin-key") Optional<String> key, Pool pool) {
        this.key = key.map(String::trim).filter(k -> !k.isEmpty());
        this.pool = pool;
    }

    /** Constant time; false when no bootstrap key is configured. */
    public boolean matches(String secret) {
        return key.isPresent() && KeyHash.sameSecret(key.get(), secret);
    }

    void logMode(@Observes StartupEvent start) {
        if (key.isPresent()) {
            if (key.get().length() < MIN_LENGTH) {
                LOG.warnf("CLAIMS_ADMIN_KEY is shorter than %d characters: use a long random secret", MIN_LENGTH);
            }
            LOG.info("CLAIMS_ADMIN_KEY is set: it is accepted as an admin key "
                    + "(issue named keys with POST /api/v1/keys)");
            return;
        }
        pool.query("select count(*) from api_key where revoked_at is null").execute()
                .map(rows -> rows.iterator().next().getLong(0))
                .subscribe().with(active -> {
                    if (active == 0) {
                        LOG.warn("No CLAIMS_ADMIN_KEY: the service is read-only until it is restarted with "
                                + "CLAIMS_ADMIN_KEY set (no API key has been issued)");
                    } else {
                        LOG.infof("No CLAIMS_ADMIN_KEY: writes need one of the %d issued API keys", active);
                    }
                }, failure -> LOG.warn("No CLAIMS_ADMIN_KEY, and the API keys could not be counted", failure));
    }
}
