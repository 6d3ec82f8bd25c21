package io.factcheck.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.factcheck.claim.Verdict;

@Schema(name = "Review")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewView(UUID id, UUID claimId, Verdict verdict, double confidence, String summary, String correction,
        List<Evidence> evidence,
        @Schema(description = "Display name of the reviewer, as the client sent it (the ClaimReview author)")
        String reviewer,
        @Schema(description = "The name of the API key that wrote the review, set by the service; null without a key",
                nullable = true) String reviewedBy,
        @Schema(description = "The fact-check page on the newsroom's site (the ClaimReview url); absent when none was given")
        String publishedUrl,
        Instant createdAt) {

    /** As the public sees it: the key that wrote it is the desk's business. */
    ReviewView published() {
        return new ReviewView(id, claimId, verdict, confidence, summary, correction, evidence, reviewer, null,
                publishedUrl, createdAt);
    }

    static ReviewView of(Review r) {
        return new ReviewView(r.id, r.claimId, r.verdict, r.confidence, r.summary, r.correction,
                r.evidence == null || r.evidence.items() == null ? List.of() : r.evidence.items(), r.reviewer,
                r.reviewedBy, r.publishedUrl, r.createdAt);
    }
}
