package io.factcheck.claimevent;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.factcheck.claim.ClaimStatus;
import io.factcheck.claim.Verdict;

/**
 * The {@code data:} of a claim event: the claim's state when the event is sent (as deleted, for claim.deleted); of an
 * article event, the article's id, version and new state.
 */
@Schema(name = "ClaimEvent", description = "The data of a server-sent claim event; the event's name is its type "
        + "(claim.created, claim.reviewed, claim.changed, claim.orphaned, claim.deleted, claim.matched, claim.flagged; "
        + "article.published, article.retracted) and its id a monotonic number")
public record ClaimEventData(
        @Schema(description = "Absent in article events") @JsonInclude(JsonInclude.Include.NON_NULL) UUID claimId,
        UUID articleId, Verdict verdict, Double confidence,
        @Schema(description = "Absent in article events") @JsonInclude(JsonInclude.Include.NON_NULL) ClaimStatus status,
        @Schema(description = "The claim's version; in article events, the article's") long version,
        @Schema(description = "Article events only: the article's new state (PUBLISHED, RETRACTED)")
        @JsonInclude(JsonInclude.Include.NON_NULL) String state) {
}
