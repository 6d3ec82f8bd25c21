package io.factcheck.canonical;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.factcheck.claim.ClaimView;
import io.factcheck.claim.Verdict;
import io.factcheck.review.ReviewView;

/** One statement that appeared in several articles: its appearances share one verdict. */
@Schema(name = "CanonicalClaim")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CanonicalClaimView(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "The statement: the first appearance's claim text") String statement,
        @Schema(description = "The shared verdict: the latest review of any appearance; absent while none is reviewed") Verdict verdict,
        @Schema(minimum = "0", maximum = "1") Double confidence,
        @Schema(description = "The review the verdict is, and the appearance it was written on") ClaimView.VerdictSource verdictSource,
        @Schema(required = true, description = "The earliest appearance: by article publication date, then by when "
                + "the claim was made") AppearanceView firstAppearance,
        @Schema(required = true, description = "Every appearance, earliest first") List<AppearanceView> appearances,
        @Schema(required = true, description = "The reviews of all appearances, newest first (at most 100): the "
                + "canonical claim's fact-check history; claimId says which appearance each was written on") List<ReviewView> reviews,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
