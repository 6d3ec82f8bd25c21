package io.factcheck.claim;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    public Uni<List<Claim>> listByArticle(UUID articleId) {
        return list("articleId = ?1 order by anchor.start, id", articleId);
    }

    public Uni<List<Claim>> listByArticles(List<UUID> articleIds) {
        return list("articleId in ?1 order by articleId, anchor.start, id", articleIds);
    }
}
