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
        @Schema(description = "For CHECKER claims: the checker's annotation (see POST /check)") JsonNode annotation,
        Instant reviewedAt,
        @Schema(description = "Present on a reviewed claim whose checker evidence changed after the review (the "
                + "knowledge changed): the claim keeps its review; the desk decides. The next review clears it")
        EvidenceChanged evidenceChanged,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {

    public static ClaimView of(Claim c) {
        return new ClaimView(c.id, c.articleId, c.text, c.anchor, c.claimant, c.person, c.origin, c.status, c.verdict,
                c.confidence, c.annotation, c.reviewedAt, EvidenceChanged.of(c.evidenceChangedAt, c.evidenceAnnotation),
                c.version, c.createdAt, c.updatedAt);
    }

    /** The flag on a reviewed claim whose checker evidence changed. */
    @Schema(name = "EvidenceChanged")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EvidenceChanged(@Schema(description = "When a re-check found the change") Instant since,
            @Schema(description = "What the checker finds at the claim's span now (see POST /check); null when it "
                    + "finds nothing there any more") JsonNode annotation) {

        public static EvidenceChanged of(Instant since, JsonNode annotation) {
            return since == null ? null : new EvidenceChanged(since, annotation);
        }
    }
}
