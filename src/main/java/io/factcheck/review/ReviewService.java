package io.factcheck.review;

import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.factcheck.claim.Claim;
import io.factcheck.claim.ClaimService;
import io.factcheck.claim.ClaimStatus;
import io.factcheck.claimevent.ClaimEventType;
import io.factcheck.claimevent.ClaimEvents;
import io.factcheck.common.Timestamps;
import io.factcheck.common.paging.Page;
import io.factcheck.common.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class);

    private final ReviewRepository reviews;
    private final ClaimService claims;
    private final ClaimEvents events;

    public ReviewService(ReviewRepository reviews, ClaimService claims, ClaimEvents events) {
        this.reviews = reviews;
        this.claims = claims;
        this.events = events;
    }

    @WithSession
    public Uni<Page<ReviewView>> history(UUID claimId, PageRequest page) {
        return claims.get(claimId)
                .chain(claim -> reviews.history(claimId, page))
                .map(rows -> page.page(rows, r -> r.createdAt, r -> r.id, ReviewView::of));
    }

    /** Appends a review (recording the API key that wrote it) and makes its verdict and confidence the claim's current ones, in one transaction. */
    @WithTransaction
    public Uni<Review> add(UUID claimId, ReviewRequest request, String reviewedBy) {
        return claims.get(claimId).chain(claim -> {
            Review review = new Review();
            review.claimId = claim.id;
            review.verdict = request.verdict();
            review.confidence = request.confidence();
            review.summary = request.summary().trim();
            review.correction = request.correction() == null || request.correction().isBlank() ? null
                    : request.correction().trim();
            review.evidence = new Review.EvidenceList(request.evidence() == null ? List.of() : List.copyOf(request.evidence()));
            review.reviewer = request.reviewer() == null || request.reviewer().isBlank() ? null
                    : request.reviewer().trim();
            review.reviewedBy = reviewedBy;
            review.createdAt = Timestamps.now();
            apply(claim, review);
            return publishedUrl(claim.id, request.publishedUrl()).invoke(url -> review.publishedUrl = url)
                    .chain(() -> reviews.persist(review)).call(() -> events.record(ClaimEventType.REVIEWED, claim));
        }).invoke(review -> LOG.infof("Review %s on claim %s: %s (%.2f)", review.id, review.claimId, review.verdict,
                review.confidence));
    }

    /**
     * The page the verdict is published on: the one given, else the claim's previous review's, since a re-review
     * updates the same fact-check page and must not leave its ClaimReview without a url.
     */
    private Uni<String> publishedUrl(UUID claimId, String given) {
        if (given != null && !given.isBlank()) {
            return Uni.createFrom().item(given.trim());
        }
        return reviews.latestPublishedUrl(claimId);
    }

    private static void apply(Claim claim, Review review) {
        claim.verdict = review.verdict;
        claim.confidence = review.confidence;
        claim.reviewedAt = review.createdAt;
        // the desk has looked again: a flag about changed checker evidence is answered
        claim.evidenceChangedAt = null;
        claim.evidenceAnnotation = null;
        if (claim.status != ClaimStatus.ORPHANED) {
            claim.status = ClaimStatus.REVIEWED;
        }
        claim.updatedAt = review.createdAt;
    }
}
