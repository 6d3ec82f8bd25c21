package io.factcheck.claim;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.factcheck.article.ArticleRepository;
import io.factcheck.article.ArticleState;
import io.factcheck.claimevent.ClaimEventType;
import io.factcheck.claimevent.ClaimEvents;
import io.factcheck.common.Timestamps;
import io.factcheck.common.security.Audience;
import io.factcheck.common.http.IfMatch;
import io.factcheck.common.paging.Page;
import io.factcheck.common.paging.PageRequest;
import io.factcheck.common.problem.ResourceNotFoundException;
import io.factcheck.common.problem.UnprocessableException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class ClaimService {

    private static final Logger LOG = Logger.getLogger(ClaimService.class);

    private final ClaimRepository claims;
    private final ClaimReads reads;
    private final ArticleRepository articles;
    private final ClaimEvents events;
    private final int maxClaimsPerArticle;

    public ClaimService(ClaimRepository claims, ClaimReads reads, ArticleRepository articles, ClaimEvents events,
            @ConfigProperty(name = "claims.limits.claims-per-article") int maxClaimsPerArticle) {
        this.claims = claims;
        this.reads = reads;
        this.articles = articles;
        this.events = events;
        this.maxClaimsPerArticle = maxClaimsPerArticle;
    }

    @WithSession
    public Uni<Claim> get(UUID id) {
        return claims.findById(id).onItem().ifNull().failWith(() -> new ResourceNotFoundException("claim", id));
    }

    /** The claim as clients see it (read without a session: see {@link ClaimReads}). */
    public Uni<ClaimView> view(UUID id, Audience audience) {
        return reads.byId(id, audience).onItem().ifNull().failWith(() -> new ResourceNotFoundException("claim", id));
    }

    public Uni<Page<ClaimView>> search(ClaimQuery query, PageRequest page, Audience audience) {
        return reads.search(query, page, audience).map(rows -> page.page(rows, ClaimView::createdAt, ClaimView::id, v -> v));
    }

    /** The article's claims in text order that the audience may see; 404 when it may not see the article. */
    public Uni<List<ClaimView>> listByArticle(UUID articleId, Audience audience) {
        return articles.findById(articleId)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("article", articleId))
                .invoke(article -> {
                    if (!audience.seesAll() && article.state != ArticleState.PUBLISHED) {
                        throw new ResourceNotFoundException("article", articleId);
                    }
                })
                .chain(article -> reads.ofArticle(articleId, audience));
    }

    /** Adds an editor claim; an article holds at most claims.limits.claims-per-article claims (of both origins). */
    @WithTransaction
    public Uni<Claim> create(ClaimRequest request) {
        // The row lock serialises claim creation per article, so concurrent creates cannot overshoot the limit.
        return articles.findById(request.articleId(), LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new UnprocessableException("articleId", "no article with this id"))
                .call(article -> claims.count("articleId", article.id).invoke(count -> {
                    if (count >= maxClaimsPerArticle) {
                        throw new UnprocessableException("articleId", "the article already has " + count
                                + " claims; at most " + maxClaimsPerArticle + " are allowed per article");
                    }
                }))
                .chain(article -> {
                    Anchor anchor = AnchorResolver.resolve(article.body, request.anchor());
                    Claim claim = Claim.newIn(article, anchor, ClaimOrigin.EDITOR);
                    claim.text = blankToNull(request.text()) == null ? anchor.exact() : request.text();
                    claim.claimant = blankToNull(request.claimant());
                    claim.person = blankToNull(request.person());
                    return claims.persist(claim);
                })
                .call(claim -> events.record(ClaimEventType.CREATED, claim))
                .invoke(claim -> LOG.infof("Claim %s created in article %s at %d..%d", claim.id, claim.articleId,
                        claim.anchor.start(), claim.anchor.end()));
    }

    @WithTransaction
    public Uni<Claim> patch(UUID id, ClaimPatch patch) {
        return get(id).chain(claim -> {
            Uni<Claim> anchored = Uni.createFrom().item(claim);
            if (patch.anchor() != null) {
                anchored = articles.findById(claim.articleId).map(article -> {
                    claim.anchor = AnchorResolver.resolve(article.body, patch.anchor());
                    claim.status = claim.anchoredStatus();
                    return claim;
                });
            }
            return anchored.map(c -> {
                if (patch.text() != null) {
                    c.text = patch.text();
                }
                if (patch.claimant() != null) {
                    c.claimant = blankToNull(patch.claimant());
                }
                if (patch.person() != null) {
                    c.person = blankToNull(patch.person());
                }
                c.updatedAt = Timestamps.now();
                return c;
            });
        }).call(claim -> events.record(ClaimEventType.CHANGED, claim));
    }

    @WithTransaction
    public Uni<Void> delete(UUID id) {
        return get(id).call(claim -> events.record(ClaimEventType.DELETED, claim)).chain(claims::delete)
                .invoke(() -> LOG.infof("Claim %s deleted", id));
    }

    /** {@link #patch(UUID, ClaimPatch)} if the claim is still at a version If-Match names; same transaction. */
    @WithTransaction
    public Uni<Claim> patch(UUID id, ClaimPatch patch, IfMatch ifMatch) {
        return get(id).invoke(claim -> ifMatch.check("claim", claim.id, claim.version)).chain(() -> patch(id, patch));
    }

    /** {@link #delete(UUID)} if the claim is still at a version If-Match names; same transaction. */
    @WithTransaction
    public Uni<Void> delete(UUID id, IfMatch ifMatch) {
        return get(id).invoke(claim -> ifMatch.check("claim", claim.id, claim.version)).chain(() -> delete(id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
