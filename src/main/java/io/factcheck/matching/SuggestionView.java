package io.factcheck.matching;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.factcheck.claim.ClaimView;
import io.factcheck.factcheck.FactCheckView;

/** A match the matcher stored for a new claim, waiting for an editor: confirm it with POST /claims/{id}/links. */
@Schema(name = "Suggestion")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SuggestionView(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "The new claim the suggestion is for") UUID claimId,
        @Schema(required = true, enumeration = { "claim", "factcheck" }) String kind,
        @Schema(description = "The suggested claim (kind claim), as GET /claims/{id} shows it now") ClaimView claim,
        @Schema(description = "The suggested external fact-check (kind factcheck)") FactCheckView factCheck,
        @Schema(required = true, minimum = "0", maximum = "1") double score,
        @Schema(required = true) String why,
        @Schema(required = true, enumeration = { "PENDING", "CONFIRMED", "REJECTED" },
                description = "PENDING until an editor links the claims (CONFIRMED) or rejects it") String status,
        @Schema(description = "The API key that confirmed or rejected it") String decidedBy,
        Instant decidedAt,
        @Schema(required = true) Instant createdAt) {
}
