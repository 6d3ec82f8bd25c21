package io.factcheck.claim;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import io.factcheck.common.http.Versioned;

/** A claim as clients see it: anchor, current verdict and confidence. */
@Schema(name = "Claim")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClaimView(UUID id, UUID articleId, String text, Anchor anchor, String claimant, String person,
        ClaimOrigin origin, ClaimStatus status,
        @Schema(description = "Current verdict: the latest review's, or the checker's; absent while there is none") Verdict verdict,
        @Schema(description = "How sure the verdict is, 0 to 1", minimum = "0", maximum = "1") Double confidence,
        @Schema(description = "For CHECKER claims: the checker's annotation (as POST /check answers it); absent on EDITOR claims",
                ref = "Annotation") JsonNode annotation,
        Instant reviewedAt,
        @Schema(description = "Present on a reviewed claim whose checker evidence changed after the review (the "
                + "knowledge changed): the claim keeps its review; the desk decides. The next review clears it")
        EvidenceChanged evidenceChanged,
        long version, Instant createdAt, Instant updatedAt,
        @Schema(description = "The canonical claim this claim is an appearance of (GET /canonical-claims/{id}); absent "
                + "while it is linked to no other claim as SAME_CLAIM") UUID canonicalClaimId,
        @Schema(description = "For an appearance of a canonical claim that has a review: the review its verdict and "
                + "confidence are, and the appearance it was written on; absent otherwise (the verdict is then the "
                + "claim's own latest review's, or the checker's)") VerdictSource verdictSource) implements Versioned {

    public static ClaimView of(Claim c) {
        return new ClaimView(c.id, c.articleId, c.text, c.anchor, c.claimant, c.person, c.origin, c.status, c.verdict,
                c.confidence, c.annotation, c.reviewedAt, EvidenceChanged.of(c.evidenceChangedAt, c.evidenceAnnotation),
                c.version, c.createdAt, c.updatedAt, c.canonicalClaimId,
                VerdictSource.of(c.verdictReviewId, c.verdictClaimId));
    }

    /** The flag on a reviewed claim whose checker evidence changed. */
    @Schema(name = "EvidenceChanged")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvidenceChanged(@Schema(description = "When a re-check found the change", required = true) Instant since,
            @Schema(description = "What the checker finds at the claim's span now (as POST /check answers it); "
                    + "absent when it finds nothing there any more", ref = "Annotation") JsonNode annotation) {

        public static EvidenceChanged of(Instant since, JsonNode annotation) {
            return since == null ? null : new EvidenceChanged(since, annotation);
        }
    }

    /** Which review a shared verdict came from: its id and the appearance (claim) it was written on. */
    @Schema(name = "VerdictSource")
    public record VerdictSource(@Schema(required = true) UUID reviewId, @Schema(required = true) UUID claimId) {

        public static VerdictSource of(UUID reviewId, UUID claimId) {
            return reviewId == null || claimId == null ? null : new VerdictSource(reviewId, claimId);
        }
    }
}
