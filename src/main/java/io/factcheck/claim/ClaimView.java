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
        Instant reviewedAt, long version, Instant createdAt, Instant updatedAt) implements Versioned {

    public static ClaimView of(Claim c) {
        return new ClaimView(c.id, c.articleId, c.text, c.anchor, c.claimant, c.person, c.origin, c.status, c.verdict,
                c.confidence, c.annotation, c.reviewedAt, c.version, c.createdAt, c.updatedAt);
    }
}
