package io.factcheck.matching;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** GET /claims/{id}/suggestions: the matches stored for the claim, best first. */
@Schema(name = "ClaimSuggestions")
public record ClaimSuggestions(@Schema(required = true) UUID claimId,
        @Schema(required = true) List<SuggestionView> items) {
}
