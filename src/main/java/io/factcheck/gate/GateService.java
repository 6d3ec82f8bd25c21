package io.factcheck.gate;

import java.util.UUID;

import io.factcheck.article.ArticleRepository;
import io.factcheck.common.http.EntityTag;
import io.factcheck.common.http.Tagged;
import io.factcheck.common.problem.ResourceNotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class GateService {

    private final ArticleRepository articles;
    private final GateRepository claims;

    public GateService(ArticleRepository articles, GateRepository claims) {
        this.articles = articles;
        this.claims = claims;
    }

    /** The ETag covers the claims' ids and versions: the policy is in the URL, so a CI poll revalidates for a 304. */
    @WithSession
    public Uni<Tagged<GateReport>> evaluate(UUID articleId, GatePolicy policy) {
        return articles.count("id", articleId)
                .invoke(found -> {
                    if (found == 0) {
                        throw new ResourceNotFoundException("article", articleId);
                    }
                })
                .chain(() -> claims.claimsOf(articleId))
                .map(rows -> new Tagged<>(policy.judge(articleId, rows), EntityTag.digest("gate", articleId,
                        rows.stream().map(row -> EntityTag.of(row.id(), row.version())).toList())));
    }
}
