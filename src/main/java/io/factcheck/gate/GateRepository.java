package io.factcheck.gate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.factcheck.article.Article;
import io.factcheck.claim.ClaimStatus;
import io.factcheck.claim.Verdict;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The gate's one query: the article joined to every claim of it, in text order, as {@link GateClaim} rows. */
@ApplicationScoped
@WithSession
public class GateRepository implements PanacheRepositoryBase<Article, UUID> {

    // A left join from the article, so that one statement tells an unknown article (no row) from one without claims
    // (one row of nulls); only the gate's columns are read, never bodies or annotations.
    private static final String CLAIMS_OF_ARTICLE = "select c.id, c.version, c.verdict, c.confidence, c.status, "
            + "c.anchor.exact, c.anchor.start, c.anchor.end from Article a left join Claim c on c.articleId = a.id "
            + "where a.id = ?1 order by c.anchor.start, c.id";

    /** The article's claims in text order; empty when there is no such article. */
    public Uni<Optional<List<GateClaim>>> claimsOf(UUID articleId) {
        return getSession().chain(session -> session.createSelectionQuery(CLAIMS_OF_ARTICLE, Object[].class)
                .setParameter(1, articleId).getResultList())
                .map(rows -> rows.isEmpty() ? Optional.empty()
                        : Optional.of(rows.stream().filter(row -> row[0] != null).map(GateRepository::claim).toList()));
    }

    private static GateClaim claim(Object[] row) {
        return new GateClaim((UUID) row[0], (Long) row[1], (Verdict) row[2], (Double) row[3], (ClaimStatus) row[4],
                (String) row[5], (Integer) row[6], (Integer) row[7]);
    }
}
