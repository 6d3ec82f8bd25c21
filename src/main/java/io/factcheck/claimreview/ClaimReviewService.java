package io.factcheck.claimreview;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.factcheck.article.ArticleRepository;
import io.factcheck.claim.Claim;
import io.factcheck.claim.ClaimRepository;
import io.factcheck.claim.ClaimStatus;
import io.factcheck.common.http.EntityTag;
import io.factcheck.common.http.Tagged;
import io.factcheck.common.problem.ResourceNotFoundException;
import io.factcheck.review.Review;
import io.factcheck.review.ReviewRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Claims as schema.org ClaimReviews: one claim, or every reviewed claim of an article. Read-only. */
@ApplicationScoped
public class ClaimReviewService {

    private final ClaimRepository claims;
    private final ArticleRepository articles;
    private final ReviewRepository reviews;
    private final String serviceName;

    public ClaimReviewService(ClaimRepository claims, ArticleRepository articles, ReviewRepository reviews,
            @ConfigProperty(name = "claims.claimreview.author") String serviceName) {
        this.claims = claims;
        this.articles = articles;
        this.reviews = reviews;
        this.serviceName = serviceName;
    }

    /** Any claim, reviewed or not (an unreviewed one is rated "Unverified"). */
    @WithSession
    public Uni<Tagged<ClaimReview>> ofClaim(UUID claimId, URI base) {
        return claims.findById(claimId)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("claim", claimId))
                .chain(claim -> articles.findById(claim.articleId)
                        .chain(article -> reviews.latestOf(List.of(claimId)).map(latest -> new Tagged<>(
                                ClaimReview.of(claim, article, latest.isEmpty() ? null : latest.get(0), base, serviceName),
                                EntityTag.digest("claimreview", base, EntityTag.of(claim.id, claim.version),
                                        EntityTag.of(article.id, article.version))))));
    }

    /** The article's reviewed claims in text order; orphaned ones are left out (the article no longer says them). */
    @WithSession
    public Uni<Tagged<ClaimReviewGraph>> ofArticle(UUID articleId, URI base) {
        return articles.findById(articleId)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("article", articleId))
                .chain(article -> claims.listByArticle(articleId).chain(all -> {
                    List<Claim> reviewed = all.stream()
                            .filter(c -> c.reviewedAt != null && c.status != ClaimStatus.ORPHANED).toList();
                    return reviews.latestOf(reviewed.stream().map(c -> c.id).toList()).map(latest -> {
                        Map<UUID, Review> byClaim = latest.stream()
                                .collect(Collectors.toMap(r -> r.claimId, Function.identity()));
                        List<ClaimReview> graph = reviewed.stream()
                                .map(c -> ClaimReview.of(c, article, byClaim.get(c.id), base, serviceName).inGraph())
                                .toList();
                        return new Tagged<>(new ClaimReviewGraph(ClaimReview.CONTEXT, graph),
                                EntityTag.digest("claimreviews", base, EntityTag.of(article.id, article.version),
                                        reviewed.stream().map(c -> EntityTag.of(c.id, c.version)).toList()));
                    });
                }));
    }
}
