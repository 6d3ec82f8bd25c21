package io.factcheck.gate;

import java.util.List;
import java.util.UUID;

import io.factcheck.claim.Claim;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The gate's one query: every claim of the article, in text order, as {@link GateClaim} rows. */
@ApplicationScoped
@WithSession
public class GateRepository implements PanacheRepositoryBase<Claim, UUID> {

    public Uni<List<GateClaim>> claimsOf(UUID articleId) {
        return find("articleId = ?1 order by anchor.start, id", articleId).project(GateClaim.class).list();
    }
}
