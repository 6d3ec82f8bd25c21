package io.factcheck.claimreview;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.factcheck.article.ArticleRepository;
import io.factcheck.canonical.AppearanceView;
import io.factcheck.canonical.CanonicalClaimReads;
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

    private final CanonicalClaimReads canonical;

    public ClaimReviewService(ClaimRepository claims, ArticleRepository articles, ReviewRepository reviews,
            CanonicalClaimReads canonical, @ConfigProperty(name = "claims.claimreview.author") String serviceName) {
        this.claims = claims;
        this.articles = articles;
        this.reviews = reviews;
        this.canonical = canonical;
        this.serviceName = serviceName;
    }

    /** The review a claim's verdict is: a canonical claim's shared one, else the claim's own latest. */
    private Uni<Map<UUID, Review>> latest(List<Claim> of) {
        List<UUID> shared = of.stream().filter(c -> c.verdictReviewId != null).map(c -> c.verdictReviewId).toList();
        List<UUID> own = of.stream().filter(c -> c.verdictReviewId == null).map(c -> c.id).toList();
        Uni<List<Review>> sharedReviews = shared.isEmpty() ? Uni.createFrom().item(List.of())
                : reviews.list("id in ?1", shared);
        return sharedReviews.chain(found -> reviews.latestOf(own).map(ownLatest -> {
            Map<UUID, Review> byId = found.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
            Map<UUID, Review> byClaim = ownLatest.stream().collect(Collectors.toMap(r -> r.claimId, Function.identity()));
            Map<UUID, Review> result = new java.util.HashMap<>();
            for (Claim c : of) {
                Review r = c.verdictReviewId != null ? byId.get(c.verdictReviewId) : byClaim.get(c.id);
                if (r != null) {
                    result.put(c.id, r);
                }
            }
            return result;
        }));
    }

    private Uni<Map<UUID, List<AppearanceView>>> appearances(List<Claim> of) {
        return canonical.appearances(of.stream().filter(c -> c.canonicalClaimId != null)
                .map(c -> c.canonicalClaimId).distinct().toList());
    }

    /** Any claim, reviewed or not (an unreviewed one is rated "Unverified"). */
    @WithSession
    public Uni<Tagged<ClaimReview>> ofClaim(UUID claimId, URI base) {
        return claims.findById(claimId)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("claim", claimId))
                .chain(claim -> articles.findById(claim.articleId)
                        .chain(article -> latest(List.of(claim)).chain(latest -> appearances(List.of(claim))
                                .map(appearances -> new Tagged<>(
                                ClaimReview.of(claim, article, latest.get(claim.id), base, serviceName,
                                        (claim.canonicalClaimId == null ? null : appearances.get(claim.canonicalClaimId))),
                                EntityTag.digest("claimreview", base, EntityTag.of(claim.id, claim.version),
                                        EntityTag.of(article.id, article.version),
                                        EntityTag.of(canonicalTag((claim.canonicalClaimId == null ? null : appearances.get(claim.canonicalClaimId))), 0L)))))));
    }

    /** The article's reviewed claims in text order; orphaned ones are left out (the article no longer says them). */
    @WithSession
    public Uni<Tagged<ClaimReviewGraph>> ofArticle(UUID articleId, URI base) {
        return articles.findById(articleId)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("article", articleId))
                .chain(article -> claims.listByArticle(articleId).chain(all -> {
                    List<Claim> reviewed = all.stream()
                            .filter(c -> c.reviewedAt != null && c.status != ClaimStatus.ORPHANED).toList();
                    return latest(reviewed).chain(byClaim -> appearances(reviewed).map(appearances -> {
                        List<ClaimReview> graph = reviewed.stream()
                                .map(c -> ClaimReview.of(c, article, byClaim.get(c.id), base, serviceName,
                                        c.canonicalClaimId == null ? null : appearances.get(c.canonicalClaimId)).inGraph())
                                .toList();
                        return new Tagged<>(new ClaimReviewGraph(ClaimReview.CONTEXT, graph),
                                EntityTag.digest("claimreviews", base, EntityTag.of(article.id, article.version),
                                        reviewed.stream().map(c -> EntityTag.of(c.id, c.version)).toList(),
                                        appearances.values().stream().map(a -> EntityTag.of(canonicalTag(a), 0L)).toList()));
                    }));
                }));
    }

    /** Appearances come and go (another article links or unlinks): the tag covers which there are. */
    private static UUID canonicalTag(List<AppearanceView> appearances) {
        if (appearances == null) {
            return new UUID(0, 0);
        }
        return UUID.nameUUIDFromBytes(appearances.stream().map(a -> a.claimId().toString())
                .collect(Collectors.joining(",")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
