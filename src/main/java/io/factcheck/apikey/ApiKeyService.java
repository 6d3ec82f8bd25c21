package io.factcheck.apikey;

import java.util.UUID;

import org.jboss.logging.Logger;

import io.factcheck.common.Timestamps;
import io.factcheck.common.paging.Page;
import io.factcheck.common.paging.PageRequest;
import io.factcheck.common.problem.ConflictException;
import io.factcheck.common.problem.ResourceNotFoundException;
import io.factcheck.common.security.KeyHash;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ApiKeyService {

    private static final Logger LOG = Logger.getLogger(ApiKeyService.class);

    private final ApiKeyRepository keys;

    public ApiKeyService(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @WithSession
    public Uni<Page<ApiKeyView>> list(PageRequest page) {
        return keys.list(page).map(rows -> page.page(rows, k -> k.createdAt, k -> k.id, ApiKeyView::of));
    }

    /** Stores the new key's hash and returns its secret, which is not kept anywhere. */
    @WithTransaction
    public Uni<IssuedApiKey> issue(ApiKeyRequest request, String issuedBy) {
        String name = request.name().trim();
        if (name.equalsIgnoreCase(BootstrapAdminKey.NAME)) {
            return Uni.createFrom().failure(new ConflictException("The name " + name + " is reserved"));
        }
        return keys.activeNameTaken(name).chain(taken -> {
            if (taken) {
                throw new ConflictException("An active key is already named " + name);
            }
            String secret = KeyHash.newSecret();
            ApiKey key = new ApiKey();
            key.name = name;
            key.role = request.role();
            key.keyHash = KeyHash.sha256(secret);
            key.createdAt = Timestamps.now();
            return keys.persist(key).map(saved -> new IssuedApiKey(saved.id, saved.name, saved.role, saved.createdAt,
                    secret));
        }).invoke(issued -> LOG.infof("API key %s (%s, %s) issued by %s", issued.id(), issued.name(), issued.role(),
                issuedBy));
    }

    /** Revokes at once; revoking a revoked key changes nothing. */
    @WithTransaction
    public Uni<Void> revoke(UUID id, String revokedBy) {
        return keys.findById(id)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("API key", id))
                .invoke(key -> {
                    if (key.revokedAt == null) {
                        key.revokedAt = Timestamps.now();
                        LOG.infof("API key %s (%s) revoked by %s", key.id, key.name, revokedBy);
                    }
                })
                .replaceWithVoid();
    }
}
