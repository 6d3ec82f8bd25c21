package io.factcheck.apikey;

import java.util.List;
import java.util.UUID;

import io.factcheck.common.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    /** Newest first, keyset-paged (limit + 1 rows). */
    public Uni<List<ApiKey>> list(PageRequest page) {
        if (!page.hasCursor()) {
            return find("order by createdAt desc, id desc").range(0, page.limit()).list();
        }
        return find("createdAt < :afterCreatedAt or (createdAt = :afterCreatedAt and id < :afterId) "
                + "order by createdAt desc, id desc",
                Parameters.with("afterCreatedAt", page.afterCreatedAt()).and("afterId", page.afterId()))
                .range(0, page.limit()).list();
    }

    public Uni<Boolean> activeNameTaken(String name) {
        return count("lower(name) = lower(?1) and revokedAt is null", name).map(n -> n > 0);
    }
}
